import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site";

/** RFC 8058 one-click target (POST unsubscribes; a GET, as mail scanners send, only redirects to the page). */
export function oneClickUnsubscribeUrl(key: string): string {
  return `${siteUrl()}/api/newsletter/unsubscribe/${encodeURIComponent(key)}`;
}

/** The page behind the visible unsubscribe link: a button to unsubscribe, change language or resubscribe. */
export function manageSubscriptionUrl(locale: Locale, key: string): string {
  return `${siteUrl()}/${locale}/newsletter/unsubscribe/${encodeURIComponent(key)}`;
}

export function confirmSubscriptionUrl(locale: Locale, token: string): string {
  return `${siteUrl()}/${locale}/newsletter/confirm/${encodeURIComponent(token)}`;
}

/** List-Id (RFC 2919): a stable name for this list, under the site's host name. */
export function listId(): string {
  return `Focus Weekly <weekly.${new URL(siteUrl()).hostname}>`;
}
