"use server";

import { listDeskSubscribers } from "@/lib/dashboard/subscribers";
import { listSubscribersSchema } from "@/lib/validation/subscribers";
import { editorAction } from "../editor-action";

/** The subscribers page's list and counts, for react-query: a read, behind the same checks as every action. */
export const listSubscribers = editorAction({ schema: listSubscribersSchema, role: "editor" }, async (filter) => {
  return { ok: true, data: await listDeskSubscribers(filter) };
});
