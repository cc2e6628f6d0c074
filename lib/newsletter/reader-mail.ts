import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import type { OutgoingMail } from "@/lib/mail";
import { localeNames, type Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site";
import { confirmSubscriptionUrl, manageSubscriptionUrl } from "./links";

// The two mails the subscribe form sends, always in the subscriber's language (not the page's).

export async function confirmationMail(to: { email: string; locale: Locale; token: string; tokenId: number }): Promise<OutgoingMail> {
  const t = await getTranslations({ locale: to.locale, namespace: "NewsletterEmail" });
  const url = confirmSubscriptionUrl(to.locale, to.token);
  const intro = t("confirmIntro", { email: to.email, language: localeNames[to.locale] });
  return {
    to: to.email,
    key: `confirm-${to.tokenId}`,
    subject: t("confirmSubject"),
    text: plainText(t("confirmHeading"), intro, `${t("confirmAction")}: ${url}`, t("confirmExpiry"), `-- \n${t("signature")}`),
    html: layout({
      locale: to.locale,
      heading: t("confirmHeading"),
      body: intro,
      action: { href: url, label: t("confirmAction"), hint: t("linkHint") },
      note: t("confirmExpiry"),
      signature: t("signature"),
    }),
  };
}

export async function alreadySubscribedMail(to: {
  subscriberId: number;
  email: string;
  locale: Locale;
  unsubscribeKey: string;
}): Promise<OutgoingMail> {
  const t = await getTranslations({ locale: to.locale, namespace: "NewsletterEmail" });
  const url = manageSubscriptionUrl(to.locale, to.unsubscribeKey);
  const body = t("alreadyBody", { email: to.email, language: localeNames[to.locale] });
  return {
    to: to.email,
    key: `already-subscribed-${to.subscriberId}-${randomUUID()}`,
    subject: t("alreadySubject"),
    text: plainText(body, `${t("alreadyManage")}: ${url}`, t("alreadyIgnore"), `-- \n${t("signature")}`),
    html: layout({
      locale: to.locale,
      heading: t("alreadySubject"),
      body,
      action: { href: url, label: t("alreadyManage") },
      note: t("alreadyIgnore"),
      signature: t("signature"),
    }),
  };
}

type Layout = {
  locale: Locale;
  heading: string;
  body: string;
  /** The button; with a hint, its address is also printed for mail clients that hide buttons. */
  action: { href: string; label: string; hint?: string };
  note: string;
  signature: string;
};

function layout({ locale, heading, body, action, note, signature }: Layout): string {
  const small = "margin:0 0 12px;font-size:14px;color:#57534e";
  const href = escapeHtml(action.href);
  const hint = action.hint ? `<p style="${small}">${escapeHtml(action.hint)}<br><span style="word-break:break-all">${href}</span></p>` : "";
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>
<body style="margin:0;padding:24px;background:#fafaf9;color:#1c1917;font-family:Georgia,serif;font-size:17px;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#fff;border:1px solid #d6d3d1;padding:24px">
<h1 style="margin:0 0 16px;font-size:24px">${escapeHtml(heading)}</h1>
<p style="margin:0 0 16px">${escapeHtml(body)}</p>
<p style="margin:24px 0"><a href="${href}" style="display:inline-block;background:#1c1917;color:#fff;padding:12px 20px;text-decoration:none;font-family:Arial,sans-serif;font-weight:bold">${escapeHtml(action.label)}</a></p>
${hint}
<p style="${small}">${escapeHtml(note)}</p>
<p style="margin:24px 0 0;font-size:14px"><a href="${escapeHtml(siteUrl())}/${locale}" style="color:#991b1b">${escapeHtml(signature)}</a></p>
</div></body></html>`;
}

function plainText(...paragraphs: string[]): string {
  return `${paragraphs.join("\n\n")}\n`;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
