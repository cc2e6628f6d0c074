"use server";

import { authorStore } from "@/lib/dashboard/taxonomy/authors";
import { createTerm } from "@/lib/dashboard/taxonomy/terms";
import { createAuthorSchema } from "@/lib/validation/taxonomy";
import { editorAction } from "../editor-action";
import { saveResult } from "./results";

export const createAuthor = editorAction({ schema: createAuthorSchema, role: "editor" }, async (input) =>
  saveResult("authors", await createTerm(authorStore, input), input.slug),
);
