"use server";

import { getTranslations } from "next-intl/server";
import { getMailer } from "@/lib/mail";
import { composeNewsletter, UNSUBSCRIBE_PLACEHOLDER } from "@/lib/newsletter/compose";
import { listId } from "@/lib/newsletter/links";
import { siteUrl } from "@/lib/site";
import { testNewsletterSchema } from "@/lib/validation/newsletter-send";
import { editorAction } from "../editor-action";

/** The newsletter in one language, to the editor's own address, marked as a test. */
export const sendTestNewsletter = editorAction({ schema: testNewsletterSchema, role: "editor" }, async ({ issueId, locale }, user) => {
  const t = await getTranslations("DashboardNewsletter");
  const content = await composeNewsletter(issueId, locale);
  if (!content) return { ok: false, message: t("notPublished") };
  const placeholder = `${siteUrl()}/${locale}`;
  await getMailer().send({
    key: `test-${issueId}-${locale}-${Date.now()}`,
    to: user.email,
    subject: `[${t("testTag")}] ${content.subject}`,
    html: content.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, placeholder),
    text: content.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, placeholder),
    headers: { "List-Id": listId(), "Content-Language": locale },
  });
  return { ok: true, message: t("testSent", { email: user.email }) };
});
