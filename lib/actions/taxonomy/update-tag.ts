"use server";

import { tagStore } from "@/lib/dashboard/taxonomy/tags";
import { updateTerm } from "@/lib/dashboard/taxonomy/terms";
import { updateTagSchema } from "@/lib/validation/taxonomy";
import { editorAction } from "../editor-action";
import { saveResult } from "./results";

/** Refused, with the newer version in `conflict`, when someone saved since the form was opened. */
export const updateTag = editorAction({ schema: updateTagSchema, role: "editor" }, async (input) =>
  saveResult("tags", await updateTerm(tagStore, input), input.slug),
);
