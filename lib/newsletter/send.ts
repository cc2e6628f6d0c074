import { and, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { issues, newsletterDeliveries, newsletterSends, subscribers } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";

export type QueueResult = { kind: "queued"; sendId: number; added: number } | { kind: "notPublished" };

/**
 * Queues the issue's newsletter for every confirmed subscriber who has not had it yet, in their
 * language. Safe to repeat: the (send, subscriber) pair is unique, so nobody is queued twice.
 */
export async function queueNewsletter(issueId: number, userId: number | null): Promise<QueueResult> {
  return getDb().transaction(async (tx) => {
    const [issue] = await tx.select({ status: issues.status }).from(issues).where(eq(issues.id, issueId));
    if (issue?.status !== "published") return { kind: "notPublished" };
    await tx.insert(newsletterSends).values({ issueId, createdById: userId }).onConflictDoNothing();
    const [send] = await tx.select({ id: newsletterSends.id }).from(newsletterSends).where(eq(newsletterSends.issueId, issueId));
    const added = await tx.execute<{ id: number }>(sql`
      insert into newsletter_deliveries (send_id, subscriber_id, locale)
      select ${send!.id}, s.id, s.locale from subscribers s where s.status = 'confirmed'
      on conflict (send_id, subscriber_id) do nothing
      returning id`);
    await tx
      .update(newsletterSends)
      .set({ status: added.length > 0 ? "sending" : sql`${newsletterSends.status}`, finishedAt: null })
      .where(eq(newsletterSends.id, send!.id));
    return { kind: "queued", sendId: send!.id, added: added.length };
  });
}

export interface SendProgress {
  sendId: number | null;
  status: "none" | "queued" | "sending" | "done";
  counts: Record<"pending" | "sending" | "sent" | "failed", number>;
}

export async function newsletterProgress(issueId: number): Promise<SendProgress> {
  const db = getDb();
  const [send] = await db
    .select({ id: newsletterSends.id, status: newsletterSends.status })
    .from(newsletterSends)
    .where(eq(newsletterSends.issueId, issueId));
  const counts = { pending: 0, sending: 0, sent: 0, failed: 0 };
  if (!send) return { sendId: null, status: "none", counts };
  const rows = await db
    .select({ status: newsletterDeliveries.status, n: count() })
    .from(newsletterDeliveries)
    .where(eq(newsletterDeliveries.sendId, send.id))
    .groupBy(newsletterDeliveries.status);
  for (const row of rows) counts[row.status] = row.n;
  return { sendId: send.id, status: send.status, counts };
}

/** Confirmed subscribers per language: who a send would reach. */
export async function audienceByLocale(): Promise<Record<Locale, number>> {
  const rows = await getDb()
    .select({ locale: subscribers.locale, n: count() })
    .from(subscribers)
    .where(and(eq(subscribers.status, "confirmed")))
    .groupBy(subscribers.locale);
  const audience = { en: 0, be: 0, ru: 0 };
  for (const row of rows) audience[row.locale] = row.n;
  return audience;
}
