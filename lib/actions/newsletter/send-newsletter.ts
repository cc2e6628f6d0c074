"use server";

import { getTranslations } from "next-intl/server";
import { newsletterProgress, queueNewsletter } from "@/lib/newsletter/send";
import { newsletterIssueSchema } from "@/lib/validation/newsletter-send";
import { editorAction } from "../editor-action";

/** Queues the issue for every confirmed subscriber not yet reached; the worker sends in the background. */
export const sendNewsletter = editorAction({ schema: newsletterIssueSchema, role: "editor" }, async ({ issueId }, user) => {
  const t = await getTranslations("DashboardNewsletter");
  const result = await queueNewsletter(issueId, user.id);
  if (result.kind === "notPublished") return { ok: false, message: t("notPublished") };
  return { ok: true, message: result.added > 0 ? t("queued", { count: result.added }) : t("nobodyNew") };
});

export const getNewsletterProgress = editorAction({ schema: newsletterIssueSchema, role: "editor" }, async ({ issueId }) => {
  return { ok: true, data: await newsletterProgress(issueId) };
});
