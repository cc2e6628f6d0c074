"use server";

import { listDeskIssues } from "@/lib/dashboard/issue-list";
import { listIssuesSchema } from "@/lib/validation/issues";
import { editorAction } from "../editor-action";

/** The dashboard's issue list, for react-query: a read, behind the same checks as every action. */
export const listIssues = editorAction({ schema: listIssuesSchema, role: "author" }, async (filter) => {
  return { ok: true, data: await listDeskIssues(filter) };
});
