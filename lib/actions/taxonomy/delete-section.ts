"use server";

import { getLocale } from "next-intl/server";
import { sectionStore } from "@/lib/dashboard/taxonomy/sections";
import { deleteTerm } from "@/lib/dashboard/taxonomy/terms";
import type { Locale } from "@/lib/i18n/routing";
import { termIdSchema } from "@/lib/validation/taxonomy";
import { editorAction } from "../editor-action";
import { deleteResult } from "./results";

/** Refused while any article uses it, naming a few of them. */
export const deleteSection = editorAction({ schema: termIdSchema, role: "editor" }, async ({ id }) =>
  deleteResult("sections", await deleteTerm(sectionStore, id, (await getLocale()) as Locale)),
);
