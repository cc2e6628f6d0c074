import { randomBytes } from "node:crypto";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { issues, newsletterDeliveries, newsletterSends, subscribers } from "@/db/schema";
import { composeNewsletter } from "@/lib/newsletter/compose";
import { queueNewsletter, newsletterProgress } from "@/lib/newsletter/send";
import { processDueDeliveries } from "@/lib/newsletter/worker";
import { smtpMailer } from "@/lib/mail/smtp";
import { latestDemoIssue } from "./support/demo";
import { recipients, startSmtpSink, type SmtpSink } from "./support/smtp-sink";

let sink: SmtpSink;
let issueId: number;

async function addSubscriber(email: string, locale: "en" | "be" | "ru", status: "pending" | "confirmed" | "unsubscribed") {
  await getDb()
    .insert(subscribers)
    .values({ email, locale, status, consentSource: "test", unsubscribeKey: randomBytes(24).toString("base64url") });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  const [issue] = await getDb().select({ id: issues.id }).from(issues).where(eq(issues.weekStart, latestDemoIssue.weekStart));
  issueId = issue!.id;
  await addSubscriber("anna@send.test", "en", "confirmed");
  await addSubscriber("ales@send.test", "be", "confirmed");
  await addSubscriber("olga@send.test", "ru", "confirmed");
  await addSubscriber("pending@send.test", "en", "pending");
  await addSubscriber("gone@send.test", "ru", "unsubscribed");
});

afterAll(async () => {
  await sink.close();
  await getDb().delete(newsletterSends).where(eq(newsletterSends.issueId, issueId));
  await getDb().delete(subscribers).where(like(subscribers.email, "%@send.test"));
});

describe("composing an issue's newsletter", () => {
  it("lists the issue's sections, titles, trends, leads and links in the language, as HTML and text", async () => {
    const en = await composeNewsletter(issueId, "en");
    const be = await composeNewsletter(issueId, "be");
    const first = latestDemoIssue.articles[0]!;
    expect(en!.subject).toMatch(/^Focus Weekly, issue \d+: February 2\s–\s8, 2026$/);
    expect(en!.html).toContain(first.translations.en.title.replace(/&/g, "&amp;"));
    expect(en!.text).toContain(first.translations.en.lead);
    expect(en!.html).toContain("/en/articles/");
    expect(be!.subject).toMatch(/^Фокус тыдня, нумар/);
    expect(be!.html).toContain(first.translations.be!.title.replace(/&/g, "&amp;"));
    expect(be!.text).toMatch(/Сітуацыя (палепшылася|не змянілася|пагоршылася)/);
  });

  it("refuses an issue that is not published", async () => {
    const [draft] = await getDb().insert(issues).values({ number: 7201, weekStart: "2032-01-05" }).returning();
    expect(await composeNewsletter(draft!.id, "en")).toBeNull();
    expect(await queueNewsletter(draft!.id, null)).toEqual({ kind: "notPublished" });
    await getDb().delete(issues).where(eq(issues.id, draft!.id));
  });
});

describe("sending an issue", () => {
  it("reaches each confirmed subscriber exactly once, in their language, with unsubscribe headers", async () => {
    const queued = await queueNewsletter(issueId, null);
    expect(queued).toMatchObject({ kind: "queued", added: 3 });
    expect(await queueNewsletter(issueId, null)).toMatchObject({ kind: "queued", added: 0 });

    const mailer = smtpMailer(sink.url);
    while ((await processDueDeliveries({ mailer, ratePerSecond: 1000 })) > 0);
    expect(recipients(sink.messages).sort()).toEqual(["ales@send.test", "anna@send.test", "olga@send.test"]);

    const byRecipient = new Map(sink.messages.map((m) => [recipients([m])[0], m]));
    expect(byRecipient.get("ales@send.test")!.subject).toMatch(/^Фокус тыдня/);
    expect(byRecipient.get("olga@send.test")!.subject).toMatch(/^Фокус недели/);
    const anna = byRecipient.get("anna@send.test")!;
    const [annaRow] = await getDb()
      .select({ key: subscribers.unsubscribeKey })
      .from(subscribers)
      .where(eq(subscribers.email, "anna@send.test"));
    const header = (name: string) => (anna.headerLines.find((line) => line.key === name)?.line ?? "").replace(/\r\n\s+/g, " ");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toMatch(new RegExp(`^List-Unsubscribe: <http://[^>]+/api/newsletter/unsubscribe/${annaRow!.key}>$`));
    expect(header("list-id")).toMatch(/^List-Id: .*<weekly\.[^>]+>$/i);
    expect(anna.html).toContain(`/en/newsletter/unsubscribe/${annaRow!.key}`);
    expect(anna.text).toContain(`/en/newsletter/unsubscribe/${annaRow!.key}`);

    expect(await newsletterProgress(issueId)).toMatchObject({ status: "done", counts: { sent: 3, pending: 0, sending: 0, failed: 0 } });
  });

  it("retries a failed delivery later and gives up after the last attempt", async () => {
    await addSubscriber("late@send.test", "en", "confirmed");
    await queueNewsletter(issueId, null);
    const broken = smtpMailer("smtp://127.0.0.1:1");
    expect(await processDueDeliveries({ mailer: broken, ratePerSecond: 1000, maxAttempts: 2 })).toBe(0);
    const [row] = await getDb().select().from(newsletterDeliveries).where(eq(newsletterDeliveries.status, "pending"));
    expect(row).toMatchObject({ attempts: 1 });
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(row!.lastError).toBeTruthy();

    await getDb().update(newsletterDeliveries).set({ nextAttemptAt: new Date() }).where(eq(newsletterDeliveries.id, row!.id));
    await processDueDeliveries({ mailer: broken, ratePerSecond: 1000, maxAttempts: 2 });
    const [after] = await getDb()
      .select({ status: newsletterDeliveries.status })
      .from(newsletterDeliveries)
      .where(eq(newsletterDeliveries.id, row!.id));
    expect(after!.status).toBe("failed");
  });
});
