import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { newsletterDeliveries, newsletterSends } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { getMailer, type Mailer } from "@/lib/mail";
import { composeNewsletter, UNSUBSCRIBE_PLACEHOLDER, type NewsletterContent } from "./compose";
import { listId, manageSubscriptionUrl, oneClickUnsubscribeUrl } from "./links";

export interface WorkerOptions {
  batchSize?: number;
  /** Messages per second at most (NEWSLETTER_RATE). */
  ratePerSecond?: number;
  /** How long a claimed delivery stays claimed; a worker that died releases it after this. */
  leaseSeconds?: number;
  maxAttempts?: number;
  mailer?: Mailer;
}

type Claimed = {
  id: number;
  sendId: number;
  subscriberId: number;
  locale: Locale;
  attempts: number;
  email: string;
  unsubscribeKey: string;
  issueId: number;
};

/**
 * Claims due deliveries and sends them. A delivery becomes "sent" in the same moment the mail
 * server receives the end of the message (SendOptions.beforeCommit), so a worker killed at any
 * point leaves each delivery either delivered and recorded, or neither — and an unrecorded one is
 * claimed again once its lease runs out. Returns how many were sent.
 */
export async function processDueDeliveries(options: WorkerOptions = {}): Promise<number> {
  const {
    batchSize = 20,
    ratePerSecond = Number(process.env.NEWSLETTER_RATE ?? 20),
    leaseSeconds = Number(process.env.NEWSLETTER_LEASE_SECONDS ?? 120),
    maxAttempts = 5,
  } = options;
  const mailer = options.mailer ?? getMailer();
  const claimed = await claim(batchSize, leaseSeconds);
  const contents = new Map<string, NewsletterContent | null>();
  let sent = 0;
  for (const delivery of claimed) {
    const started = Date.now();
    const contentKey = `${delivery.issueId}:${delivery.locale}`;
    if (!contents.has(contentKey)) contents.set(contentKey, await composeNewsletter(delivery.issueId, delivery.locale));
    const content = contents.get(contentKey);
    try {
      if (!content) throw new Error("The issue is no longer published");
      await mailer.send(personalize(content, delivery), { beforeCommit: () => markSent(delivery) });
      sent++;
    } catch (error) {
      await markFailedAttempt(delivery, error, maxAttempts);
    }
    await pace(started, ratePerSecond);
  }
  await finishCompletedSends(claimed.map((d) => d.sendId));
  return sent;
}

async function claim(batchSize: number, leaseSeconds: number): Promise<Claimed[]> {
  const rows = await getDb().execute<Claimed>(sql`
    with due as (
      select id from newsletter_deliveries
      where (status = 'pending' and next_attempt_at <= now()) or (status = 'sending' and locked_until < now())
      order by id limit ${batchSize} for update skip locked
    )
    update newsletter_deliveries d
    set status = 'sending', attempts = d.attempts + 1, locked_until = now() + make_interval(secs => ${leaseSeconds})
    from due, subscribers s, newsletter_sends n
    where d.id = due.id and s.id = d.subscriber_id and n.id = d.send_id
    returning d.id, d.send_id as "sendId", d.subscriber_id as "subscriberId", d.locale, d.attempts, s.email, s.unsubscribe_key as "unsubscribeKey", n.issue_id as "issueId"`);
  return [...rows];
}

function personalize(content: NewsletterContent, delivery: Claimed) {
  const manage = manageSubscriptionUrl(delivery.locale, delivery.unsubscribeKey);
  return {
    key: `newsletter-${delivery.sendId}-${delivery.subscriberId}`,
    to: delivery.email,
    subject: content.subject,
    html: content.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, manage.replace(/&/g, "&amp;")),
    text: content.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, manage),
    headers: {
      "List-Unsubscribe": `<${oneClickUnsubscribeUrl(delivery.unsubscribeKey)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": listId(),
      "Content-Language": delivery.locale,
    },
  };
}

/**
 * The attempt number is the claim's fencing token: if this worker was too slow and another one
 * claimed the delivery meanwhile, nothing is updated and the send is abandoned before its end.
 */
async function markSent(delivery: Claimed): Promise<void> {
  const updated = await getDb()
    .update(newsletterDeliveries)
    .set({ status: "sent", sentAt: new Date(), lockedUntil: null, lastError: null })
    .where(
      and(
        eq(newsletterDeliveries.id, delivery.id),
        eq(newsletterDeliveries.status, "sending"),
        eq(newsletterDeliveries.attempts, delivery.attempts),
      ),
    )
    .returning({ id: newsletterDeliveries.id });
  if (updated.length === 0) throw new Error("Another worker took over this delivery");
}

/** Backoff 1, 2, 4, 8 minutes; after the last attempt the delivery is marked failed. */
async function markFailedAttempt(delivery: Claimed, error: unknown, maxAttempts: number): Promise<void> {
  const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
  const failed = delivery.attempts >= maxAttempts;
  await getDb()
    .update(newsletterDeliveries)
    .set({
      status: failed ? "failed" : "pending",
      lastError: message,
      lockedUntil: null,
      nextAttemptAt: new Date(Date.now() + 60_000 * 2 ** (delivery.attempts - 1)),
    })
    .where(
      and(
        eq(newsletterDeliveries.id, delivery.id),
        eq(newsletterDeliveries.status, "sending"),
        eq(newsletterDeliveries.attempts, delivery.attempts),
      ),
    );
}

async function finishCompletedSends(sendIds: number[]): Promise<void> {
  if (sendIds.length === 0) return;
  await getDb()
    .update(newsletterSends)
    .set({ status: "done", finishedAt: new Date() })
    .where(
      and(
        inArray(newsletterSends.id, [...new Set(sendIds)]),
        sql`not exists (select 1 from newsletter_deliveries nd where nd.send_id = newsletter_sends.id and nd.status in ('pending', 'sending'))`,
      ),
    );
}

async function pace(startedAt: number, ratePerSecond: number): Promise<void> {
  const wait = 1000 / ratePerSecond - (Date.now() - startedAt);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
