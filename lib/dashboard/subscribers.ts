import "server-only";
import crypto from "node:crypto";
import { and, asc, count, desc, eq, gt, ilike, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { subscribers, subscriberStatus, type Subscriber } from "@/db/schema";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { SubscriberFilter, SubscriberListFilter } from "@/lib/validation/subscribers";

export type SubscriberStatus = Subscriber["status"];
export const SUBSCRIBERS_PAGE_SIZE = 25;
const BATCH = 1000;

export interface DeskSubscriber {
  id: number;
  email: string;
  locale: Locale;
  status: SubscriberStatus;
  consentSource: string;
  consentAt: string | null;
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
}

/** How many addresses each language has in each status (zeros included). */
export type SubscriberCounts = Record<Locale, Record<SubscriberStatus, number>>;

/** A row the import has checked: a new, confirmed subscriber. */
export interface ImportedSubscriber {
  email: string;
  locale: Locale;
  consentAt: Date;
}

// Never the unsubscribe key: it is the subscriber's secret, and the dashboard has no use for it.
const columns = {
  id: subscribers.id,
  email: subscribers.email,
  locale: subscribers.locale,
  status: subscribers.status,
  consentSource: subscribers.consentSource,
  consentAt: subscribers.consentAt,
  createdAt: subscribers.createdAt,
  confirmedAt: subscribers.confirmedAt,
  unsubscribedAt: subscribers.unsubscribedAt,
};

type Row = Pick<Subscriber, keyof typeof columns>;

function toDeskSubscriber(row: Row): DeskSubscriber {
  return {
    ...row,
    consentAt: row.consentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    unsubscribedAt: row.unsubscribedAt?.toISOString() ?? null,
  };
}

function matching(filter: SubscriberFilter) {
  return and(
    // Addresses are stored lowercased; the search term is a literal, not a pattern.
    filter.q ? ilike(subscribers.email, `%${filter.q.replace(/[\\%_]/g, "\\$&")}%`) : undefined,
    filter.status ? eq(subscribers.status, filter.status) : undefined,
    filter.locale ? eq(subscribers.locale, filter.locale) : undefined,
  );
}

export async function listDeskSubscribers(filter: SubscriberListFilter) {
  const where = matching(filter);
  const [[total], rows, counts] = await Promise.all([
    getDb().select({ value: count() }).from(subscribers).where(where),
    getDb()
      .select(columns)
      .from(subscribers)
      .where(where)
      .orderBy(desc(subscribers.createdAt), desc(subscribers.id))
      .limit(SUBSCRIBERS_PAGE_SIZE)
      .offset((filter.page - 1) * SUBSCRIBERS_PAGE_SIZE),
    countSubscribers(),
  ]);
  const matches = total?.value ?? 0;
  return {
    items: rows.map(toDeskSubscriber),
    total: matches,
    page: filter.page,
    totalPages: Math.max(1, Math.ceil(matches / SUBSCRIBERS_PAGE_SIZE)),
    counts,
  };
}

export async function countSubscribers(): Promise<SubscriberCounts> {
  const rows = await getDb()
    .select({ locale: subscribers.locale, status: subscribers.status, value: count() })
    .from(subscribers)
    .groupBy(subscribers.locale, subscribers.status);
  const counts = Object.fromEntries(
    routing.locales.map((locale) => [locale, Object.fromEntries(subscriberStatus.enumValues.map((status) => [status, 0]))]),
  ) as SubscriberCounts;
  for (const row of rows) counts[row.locale][row.status] = row.value;
  return counts;
}

/** The matching subscribers in batches, oldest first, so a long list never sits in memory whole. */
export async function* exportSubscribers(filter: SubscriberFilter): AsyncGenerator<DeskSubscriber[]> {
  let after = 0;
  for (;;) {
    const rows = await getDb()
      .select(columns)
      .from(subscribers)
      .where(and(matching(filter), gt(subscribers.id, after)))
      .orderBy(asc(subscribers.id))
      .limit(BATCH);
    if (rows.length > 0) yield rows.map(toDeskSubscriber);
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.id;
  }
}

/** The statuses of those of `emails` that are already on the list. */
export async function existingSubscribers(emails: string[]): Promise<Map<string, SubscriberStatus>> {
  const found = new Map<string, SubscriberStatus>();
  for (let i = 0; i < emails.length; i += BATCH) {
    const rows = await getDb()
      .select({ email: subscribers.email, status: subscribers.status })
      .from(subscribers)
      .where(inArray(subscribers.email, emails.slice(i, i + BATCH)));
    for (const row of rows) found.set(row.email, row.status);
  }
  return found;
}

/**
 * Adds confirmed subscribers, all or none. An address someone added meanwhile is left as it is
 * (the unique index decides); the returned set holds the addresses actually added.
 */
export async function insertImportedSubscribers(rows: ImportedSubscriber[], consentSource: string): Promise<Set<string>> {
  const now = new Date();
  return getDb().transaction(async (tx) => {
    const added = new Set<string>();
    for (let i = 0; i < rows.length; i += BATCH) {
      const values = rows.slice(i, i + BATCH).map((row) => ({
        ...row,
        status: "confirmed" as const,
        consentSource,
        unsubscribeKey: crypto.randomBytes(32).toString("base64url"),
        confirmedAt: now,
      }));
      const inserted = await tx.insert(subscribers).values(values).onConflictDoNothing().returning({ email: subscribers.email });
      for (const row of inserted) added.add(row.email);
    }
    return added;
  });
}

/** Erases a subscriber; their confirmation tokens and delivery records go with them (cascade). */
export async function deleteSubscriber(id: number): Promise<{ email: string } | null> {
  const [row] = await getDb().delete(subscribers).where(eq(subscribers.id, id)).returning({ email: subscribers.email });
  return row ?? null;
}
