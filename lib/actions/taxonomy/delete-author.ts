"use server";

import { getLocale } from "next-intl/server";
import { authorStore } from "@/lib/dashboard/taxonomy/authors";
import { deleteTerm } from "@/lib/dashboard/taxonomy/terms";
import type { Locale } from "@/lib/i18n/routing";
import { termIdSchema } from "@/lib/validation/taxonomy";
import { editorAction } from "../editor-action";
import { deleteResult } from "./results";

/** Refused while any article uses it, naming a few of them. */
export const deleteAuthor = editorAction({ schema: termIdSchema, role: "editor" }, async ({ id }) =>
  deleteResult("authors", await deleteTerm(authorStore, id, (await getLocale()) as Locale)),
);
