import "server-only";
import { and, eq, isNotNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { subscribers } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";

export interface ManagedSubscription {
  email: string;
  locale: Locale;
  status: "pending" | "confirmed" | "unsubscribed";
  /** Only an address that was confirmed once may come back without a new confirmation. */
  canResubscribe: boolean;
}

/** The subscription behind an unsubscribe link. Keys are compared exactly; an unknown key is null. */
export async function getSubscriptionByKey(key: string): Promise<ManagedSubscription | null> {
  const [row] = await getDb()
    .select({ email: subscribers.email, locale: subscribers.locale, status: subscribers.status, confirmedAt: subscribers.confirmedAt })
    .from(subscribers)
    .where(eq(subscribers.unsubscribeKey, key));
  if (!row) return null;
  return {
    email: row.email,
    locale: row.locale,
    status: row.status,
    canResubscribe: row.status !== "confirmed" && row.confirmedAt !== null,
  };
}

/** Unsubscribes (idempotently: the first time is the one recorded). Returns the subscriber's language, or null for an unknown key. */
export async function unsubscribeByKey(key: string, now = new Date()): Promise<Locale | null> {
  const db = getDb();
  await db
    .update(subscribers)
    .set({ status: "unsubscribed", unsubscribedAt: now, updatedAt: now })
    .where(and(eq(subscribers.unsubscribeKey, key), ne(subscribers.status, "unsubscribed")));
  const [row] = await db.select({ locale: subscribers.locale }).from(subscribers).where(eq(subscribers.unsubscribeKey, key));
  return row?.locale ?? null;
}

export async function changeSubscriptionLanguage(key: string, locale: Locale, now = new Date()): Promise<boolean> {
  const rows = await getDb()
    .update(subscribers)
    .set({ locale, updatedAt: now })
    .where(eq(subscribers.unsubscribeKey, key))
    .returning({ id: subscribers.id });
  return rows.length > 0;
}

/** Back to confirmed, with the consent recorded anew; only for an address that had confirmed before. */
export async function resubscribeByKey(key: string, locale: Locale, now = new Date()): Promise<boolean> {
  const rows = await getDb()
    .update(subscribers)
    .set({ status: "confirmed", locale, consentSource: "resubscribe page", consentAt: now, unsubscribedAt: null, updatedAt: now })
    .where(and(eq(subscribers.unsubscribeKey, key), ne(subscribers.status, "confirmed"), isNotNull(subscribers.confirmedAt)))
    .returning({ id: subscribers.id });
  return rows.length > 0;
}
