"use server";

import { sectionStore } from "@/lib/dashboard/taxonomy/sections";
import { createTerm } from "@/lib/dashboard/taxonomy/terms";
import { createSectionSchema } from "@/lib/validation/taxonomy";
import { editorAction } from "../editor-action";
import { saveResult } from "./results";

export const createSection = editorAction({ schema: createSectionSchema, role: "editor" }, async (input) =>
  saveResult("sections", await createTerm(sectionStore, input), input.slug),
);
