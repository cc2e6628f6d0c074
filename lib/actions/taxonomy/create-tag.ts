"use server";

import { tagStore } from "@/lib/dashboard/taxonomy/tags";
import { createTerm } from "@/lib/dashboard/taxonomy/terms";
import { createTagSchema } from "@/lib/validation/taxonomy";
import { editorAction } from "../editor-action";
import { saveResult } from "./results";

export const createTag = editorAction({ schema: createTagSchema, role: "editor" }, async (input) =>
  saveResult("tags", await createTerm(tagStore, input), input.slug),
);
