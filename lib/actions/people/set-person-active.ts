"use server";

import { getTranslations } from "next-intl/server";
import { setActive } from "@/lib/dashboard/people";
import { personTargetSchema } from "@/lib/validation/people";
import { editorAction } from "../editor-action";
import { refusal } from "./refusal";

/** Signs the person out everywhere and refuses their password until they are reactivated. */
export const deactivatePerson = editorAction({ schema: personTargetSchema, role: "admin" }, async (target, admin) => {
  const t = await getTranslations("DashboardPeople");
  const result = await setActive(admin.id, target, false);
  if (!result.ok) return refusal(result.reason);
  return { ok: true, message: t("deactivated", { name: result.name }) };
});

export const reactivatePerson = editorAction({ schema: personTargetSchema, role: "admin" }, async (target, admin) => {
  const t = await getTranslations("DashboardPeople");
  const result = await setActive(admin.id, target, true);
  if (!result.ok) return refusal(result.reason);
  return { ok: true, message: t("reactivated", { name: result.name }) };
});
