"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { cacheTags } from "@/lib/cache/tags";
import { invalidate } from "@/lib/cache/invalidate";
import { createIssueForWeek } from "@/lib/dashboard/issues";
import { formatWeekRange } from "@/lib/dates/week";
import { createIssueSchema } from "@/lib/validation/issues";
import { editorAction } from "../editor-action";

export const createIssue = editorAction({ schema: createIssueSchema, role: "editor" }, async ({ date }) => {
  const [t, locale] = await Promise.all([getTranslations("DashboardIssues"), getLocale()]);
  const result = await createIssueForWeek(date);
  const range = formatWeekRange(locale, result.weekStart);
  if (!result.ok) return { ok: false, message: t("duplicateWeek", { range }), errors: { date: [t("duplicateWeek", { range })] } };
  invalidate([cacheTags.issues]);
  return { ok: true, message: t("created", { number: result.number, range }) };
});
