"use server";

import { authorStore } from "@/lib/dashboard/taxonomy/authors";
import { updateTerm } from "@/lib/dashboard/taxonomy/terms";
import { updateAuthorSchema } from "@/lib/validation/taxonomy";
import { editorAction } from "../editor-action";
import { saveResult } from "./results";

/** Refused, with the newer version in `conflict`, when someone saved since the form was opened. */
export const updateAuthor = editorAction({ schema: updateAuthorSchema, role: "editor" }, async (input) =>
  saveResult("authors", await updateTerm(authorStore, input), input.slug),
);
