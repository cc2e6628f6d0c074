"use server";

import { getTranslations } from "next-intl/server";
import { invalidate } from "@/lib/cache/invalidate";
import {
  publishIssue as publish,
  scheduleIssue as schedule,
  unpublishIssue as unpublish,
  unscheduleIssue as unschedule,
} from "@/lib/dashboard/issues";
import { issueIdSchema, scheduleIssueSchema } from "@/lib/validation/issues";
import { editorAction } from "../editor-action";

/** Publishes the issue; only the articles an editor has published (approved) appear with it. */
export const publishIssue = editorAction({ schema: issueIdSchema, role: "editor" }, async ({ issueId }) => {
  const [t, ta] = await Promise.all([getTranslations("DashboardIssues"), getTranslations("Actions")]);
  const tags = await publish(issueId);
  if (!tags) return { ok: false, message: ta("notFound") };
  invalidate(tags);
  return { ok: true, message: t("publishedShort") };
});

export const unpublishIssue = editorAction({ schema: issueIdSchema, role: "editor" }, async ({ issueId }) => {
  const [t, ta] = await Promise.all([getTranslations("DashboardIssues"), getTranslations("Actions")]);
  const tags = await unpublish(issueId);
  if (!tags) return { ok: false, message: ta("notFound") };
  invalidate(tags);
  return { ok: true, message: t("unpublishedShort") };
});

/** Scheduling and unscheduling only change unpublished issues, so no public page changes. */
export const scheduleIssue = editorAction({ schema: scheduleIssueSchema, role: "editor" }, async ({ issueId, publishAt }) => {
  const [t, ta] = await Promise.all([getTranslations("DashboardIssues"), getTranslations("Actions")]);
  const at = new Date(publishAt);
  if (at.getTime() <= Date.now()) return { ok: false, message: t("scheduleInPast"), errors: { publishAt: [t("scheduleInPast")] } };
  const outcome = await schedule(issueId, at);
  if (outcome === "notFound") return { ok: false, message: ta("notFound") };
  if (outcome === "published") return { ok: false, message: t("schedulePublished") };
  return { ok: true, message: t("scheduledShort") };
});

export const unscheduleIssue = editorAction({ schema: issueIdSchema, role: "editor" }, async ({ issueId }) => {
  const [t, ta] = await Promise.all([getTranslations("DashboardIssues"), getTranslations("Actions")]);
  const outcome = await unschedule(issueId);
  if (outcome === "notFound") return { ok: false, message: ta("notFound") };
  if (outcome === "published") return { ok: false, message: t("unschedulePublished") };
  return { ok: true, message: t("unscheduledShort") };
});
