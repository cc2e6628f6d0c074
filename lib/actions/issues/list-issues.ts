"use server";

import { getLocale } from "next-intl/server";
import { listDeskIssues } from "@/lib/dashboard/issue-list";
import type { Locale } from "@/lib/i18n/routing";
import { listIssuesSchema } from "@/lib/validation/issues";
import { editorAction } from "../editor-action";

/** The dashboard's issue list, for react-query: a read, behind the same checks as every action. */
export const listIssues = editorAction({ schema: listIssuesSchema, role: "author" }, async (filter) => {
  return { ok: true, data: await listDeskIssues(filter, (await getLocale()) as Locale) };
});
