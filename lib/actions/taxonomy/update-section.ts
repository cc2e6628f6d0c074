"use server";

import { sectionStore } from "@/lib/dashboard/taxonomy/sections";
import { updateTerm } from "@/lib/dashboard/taxonomy/terms";
import { updateSectionSchema } from "@/lib/validation/taxonomy";
import { editorAction } from "../editor-action";
import { saveResult } from "./results";

/** Refused, with the newer version in `conflict`, when someone saved since the form was opened. */
export const updateSection = editorAction({ schema: updateSectionSchema, role: "editor" }, async (input) =>
  saveResult("sections", await updateTerm(sectionStore, input), input.slug),
);
