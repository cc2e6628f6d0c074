"use server";

import { getTranslations } from "next-intl/server";
import { changeRole } from "@/lib/dashboard/people";
import { changeRoleSchema } from "@/lib/validation/people";
import { editorAction } from "../editor-action";
import { refusal } from "./refusal";

export const changePersonRole = editorAction({ schema: changeRoleSchema, role: "admin" }, async ({ role, ...target }, admin) => {
  const [t, roles] = await Promise.all([getTranslations("DashboardPeople"), getTranslations("Dashboard")]);
  const result = await changeRole(admin.id, target, role);
  if (!result.ok) return refusal(result.reason);
  return { ok: true, message: t("roleChanged", { name: result.name, role: roles(`role_${role}`) }) };
});
