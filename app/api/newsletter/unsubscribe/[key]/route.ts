import { getTranslations } from "next-intl/server";
import { getSubscriptionByKey, unsubscribeByKey } from "@/lib/newsletter/manage";
import { manageSubscriptionUrl } from "@/lib/newsletter/links";
import { siteUrl } from "@/lib/site";
import { isPlausibleSecret } from "@/lib/validation/newsletter";

type Context = { params: Promise<{ key: string }> };

/**
 * RFC 8058 one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" here, with no
 * session and no page. Any POST counts; the key in the path is the only credential.
 */
export async function POST(_request: Request, { params }: Context) {
  const { key } = await params;
  const locale = isPlausibleSecret(key) ? await unsubscribeByKey(key) : null;
  if (!locale) return plainText("Unknown unsubscribe link.\n", 404, "en");
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  return plainText(`${t("unsubscribed")}\n`, 200, locale);
}

/** A GET changes nothing (mail scanners follow links): it shows the page with the button. */
export async function GET(_request: Request, { params }: Context) {
  const { key } = await params;
  if (!isPlausibleSecret(key)) return plainText("Unknown unsubscribe link.\n", 404, "en");
  const subscription = await getSubscriptionByKey(key);
  // Unknown: let the locale negotiation pick the language of the not-found page.
  const location = subscription
    ? manageSubscriptionUrl(subscription.locale, key)
    : `${siteUrl()}/newsletter/unsubscribe/${encodeURIComponent(key)}`;
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

function plainText(body: string, status: number, language: string): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": language, "Cache-Control": "no-store" },
  });
}
