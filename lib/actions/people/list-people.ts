"use server";

import { getLocale } from "next-intl/server";
import { listDeskPeople } from "@/lib/dashboard/people";
import { listPeopleSchema } from "@/lib/validation/people";
import { editorAction } from "../editor-action";

/** The people list, for react-query: admins only, like every people action. */
export const listPeople = editorAction({ schema: listPeopleSchema, role: "admin" }, async () => {
  return { ok: true, data: await listDeskPeople(await getLocale()) };
});
