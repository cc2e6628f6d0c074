import { randomBytes } from "node:crypto";
import { eq, like } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/newsletter/unsubscribe/[key]/route";
import { getDb } from "@/db/client";
import { subscribers, subscriptionTokens } from "@/db/schema";
import { changeNewsletterLanguage } from "@/lib/actions/newsletter/change-language";
import { confirmNewsletterSubscription } from "@/lib/actions/newsletter/confirm-subscription";
import { resubscribeToNewsletter } from "@/lib/actions/newsletter/resubscribe";
import { subscribeToNewsletter } from "@/lib/actions/newsletter/subscribe";
import { unsubscribeFromNewsletter } from "@/lib/actions/newsletter/unsubscribe";
import { purgeExpiredSubscriptions } from "@/lib/newsletter/purge";
import { hashToken } from "@/lib/newsletter/secrets";
import { inspectToken, requestSubscription } from "@/lib/newsletter/subscriptions";
import { asUser } from "../support/as-user";
import { databaseFingerprint } from "./support/fingerprint";
import { recipients, startSmtpSink, type SmtpSink } from "./support/smtp-sink";

const DOMAIN = "reader-newsletter.test";
const run = randomBytes(3).toString("hex");
let sink: SmtpSink;
let ipCounter = 0;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});

afterAll(async () => {
  await getDb()
    .delete(subscribers)
    .where(like(subscribers.email, `%@${DOMAIN}`));
  delete process.env.SMTP_URL;
  await sink.close();
});

/** A fresh address and a fresh client IP, so tests never share a rate-limit window. */
function reader(name: string) {
  ipCounter += 1;
  return { email: `${name}-${run}@${DOMAIN}`, ip: `198.51.${ipCounter >> 8}.${ipCounter & 255}` };
}

function subscribe(input: Record<string, unknown>, options: { ip: string; pageLocale?: string }) {
  return asUser(null, () => subscribeToNewsletter(input), options.pageLocale ?? "en", options.ip);
}

function mailTo(email: string): ParsedMail[] {
  return sink.messages.filter((message) => recipients([message]).includes(email));
}

function confirmLinkIn(mail: ParsedMail): URL {
  const match = /https?:\/\/\S+\/newsletter\/confirm\/[A-Za-z0-9_-]+/.exec(mail.text ?? "");
  if (!match) throw new Error("No confirmation link in the mail");
  return new URL(match[0]);
}

async function subscriberRow(email: string) {
  const [row] = await getDb().select().from(subscribers).where(eq(subscribers.email, email));
  return row;
}

/** Subscribes and confirms through the real flow; returns the subscriber's unsubscribe key. */
async function confirmedReader(name: string, locale = "en") {
  const { email, ip } = reader(name);
  await subscribe({ email, locale }, { ip });
  const token = confirmLinkIn(mailTo(email).at(-1)!).pathname.split("/").at(-1)!;
  await asUser(null, () => confirmNewsletterSubscription({ token }), locale);
  return { email, ip, key: (await subscriberRow(email))!.unsubscribeKey };
}

function routeContext(key: string) {
  return { params: Promise.resolve({ key }) };
}

describe("subscribing and confirming", () => {
  it("sends a confirmation in the chosen language whose link confirms the subscription", async () => {
    const { email, ip } = reader("belarusian");
    const result = await subscribe({ email: `  ${email.toUpperCase()} `, locale: "be" }, { ip });
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/^Thank you! Check your inbox/) });

    const [mail, ...more] = mailTo(email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe("Пацвердзіце падпіску на «Фокус тыдня»");
    expect(mail!.text).toContain("Мова рассылкі: Беларуская.");
    const link = confirmLinkIn(mail!);
    expect(link.pathname).toMatch(/^\/be\/newsletter\/confirm\/[A-Za-z0-9_-]{43}$/);
    expect(mail!.html).toContain(link.href);

    const token = link.pathname.split("/").at(-1)!;
    const pending = (await subscriberRow(email))!;
    expect(pending).toMatchObject({ status: "pending", locale: "be", consentSource: "form", confirmedAt: null });
    const [stored] = await getDb().select().from(subscriptionTokens).where(eq(subscriptionTokens.subscriberId, pending.id));
    expect(stored!.tokenHash).toBe(hashToken(token));
    expect(stored!.tokenHash).not.toContain(token);

    const confirmed = await asUser(null, () => confirmNewsletterSubscription({ token }), "be");
    expect(confirmed).toEqual({ ok: true, message: "Вы паспяхова падпісаліся" });
    const row = (await subscriberRow(email))!;
    expect(row.status).toBe("confirmed");
    expect(row.confirmedAt).toBeInstanceOf(Date);
    expect(row.consentAt).toBeInstanceOf(Date);
    expect(row.unsubscribeKey).toMatch(/^[A-Za-z0-9_-]{43,}$/);
  });

  it("lets a link be looked at, as the page and mail scanners do, without using it", async () => {
    const { email, ip } = reader("scanned");
    await subscribe({ email, locale: "ru" }, { ip });
    const token = confirmLinkIn(mailTo(email)[0]!).pathname.split("/").at(-1)!;
    expect(await inspectToken(token)).toBe("valid");
    expect(await inspectToken(token)).toBe("valid");
    expect((await subscriberRow(email))!.status).toBe("pending");
  });

  it("gives the same answer for a new, a pending, a confirmed and an unsubscribed address", async () => {
    const { email, ip, key } = await confirmedReader("same-answer", "en");
    const fresh = reader("same-answer-new");
    const answers = [
      await subscribe({ email: fresh.email, locale: "ru" }, { ip: fresh.ip, pageLocale: "ru" }),
      await subscribe({ email: fresh.email, locale: "ru" }, { ip: fresh.ip, pageLocale: "ru" }),
      await subscribe({ email, locale: "ru" }, { ip, pageLocale: "ru" }),
    ];
    await asUser(null, () => unsubscribeFromNewsletter({ key }));
    answers.push(await subscribe({ email, locale: "ru" }, { ip, pageLocale: "ru" }));
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(new Set([JSON.stringify(answers[0])]));
    expect(answers[0]).toMatchObject({ ok: true, message: expect.stringMatching(/^Спасибо! Проверьте почтовый ящик/) });
  });

  it("leaves a confirmed address as it is and tells its inbox, in its own language, that it is subscribed", async () => {
    const { email, ip } = await confirmedReader("already", "be");
    const before = (await subscriberRow(email))!;
    await subscribe({ email, locale: "en" }, { ip });
    expect(await subscriberRow(email)).toEqual(before);
    const notice = mailTo(email).at(-1)!;
    expect(notice.subject).toBe("Вы ўжо падпісаныя на «Фокус тыдня»");
    expect(notice.text).not.toContain("/newsletter/confirm/");
    expect(notice.text).toContain(`/be/newsletter/unsubscribe/${before.unsubscribeKey}`);
  });
});

describe("refusing robots and bad input", () => {
  it("answers a filled honeypot as usual but stores and sends nothing", async () => {
    const { email, ip } = reader("honeypot");
    const before = await databaseFingerprint();
    const sent = sink.messages.length;
    const result = await subscribe({ email, locale: "en", website: "http://spam.example" }, { ip });
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/^Thank you! Check your inbox/) });
    expect(await databaseFingerprint()).toEqual(before);
    expect(sink.messages.length).toBe(sent);
  });

  it("refuses the sixth request from one IP within ten minutes, in the page's language, and sends nothing for it", async () => {
    const { ip } = reader("limit");
    for (let i = 0; i < 5; i += 1) {
      expect((await subscribe({ email: `limit-${i}-${run}@${DOMAIN}`, locale: "en" }, { ip })).ok).toBe(true);
    }
    const sixth = `limit-6-${run}@${DOMAIN}`;
    const refused = await subscribe({ email: sixth, locale: "en" }, { ip, pageLocale: "ru" });
    expect(refused).toEqual({ ok: false, message: "Слишком много запросов. Попробуйте позже." });
    expect(await subscriberRow(sixth)).toBeUndefined();
    expect(mailTo(sixth)).toHaveLength(0);

    const other = reader("limit-other-ip");
    expect((await subscribe({ email: sixth, locale: "en" }, { ip: other.ip })).ok).toBe(true);
  });

  it("sends at most three mails an hour to one address, however many IPs ask, with the usual answer", async () => {
    const { email } = reader("flooded");
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await subscribe({ email, locale: "en" }, { ip: reader("flooder").ip }));
    expect(answers.every((answer) => answer.ok && answer.message?.startsWith("Thank you! Check your inbox"))).toBe(true);
    expect(mailTo(email)).toHaveLength(3);
  });

  const invalidEmail = "Увядзіце правільны адрас электроннай пошты.";
  it.each([
    ["a malformed address", { email: "not-an-address", locale: "en" }, { email: [invalidEmail] }],
    ["an address without a domain", { email: "reader@", locale: "en" }, { email: [invalidEmail] }],
    ["a 300-character address", { email: `${"a".repeat(288)}@${DOMAIN}`, locale: "en" }, { email: ["Занадта доўга."] }],
    ["a CR/LF header injection", { email: `x@${DOMAIN}\r\nBcc: victim@example.org`, locale: "en" }, { email: [invalidEmail] }],
    ["a bare LF header injection", { email: `x@${DOMAIN}\nBcc: victim@example.org`, locale: "en" }, { email: [invalidEmail] }],
    ["a trailing line break", { email: `x@${DOMAIN}\r\n`, locale: "en" }, { email: [invalidEmail] }],
    ["a NUL character", { email: `x\u0000y@${DOMAIN}`, locale: "en" }, { email: [invalidEmail] }],
    ["an unknown language", { email: `x@${DOMAIN}`, locale: "de" }, { locale: ["Выберыце адзін з варыянтаў."] }],
    ["no address at all", { locale: "en" }, { email: ["Гэтае поле абавязковае."] }],
  ])("refuses %s with a field error, storing and sending nothing", async (_name, input, errors) => {
    const { ip } = reader("bad-input");
    const before = await databaseFingerprint();
    const sent = sink.messages.length;
    const result = await subscribe(input, { ip, pageLocale: "be" });
    expect(result).toEqual({ ok: false, message: "Праверце пазначаныя палі.", errors });
    expect(await databaseFingerprint()).toEqual(before);
    expect(sink.messages.length).toBe(sent);
  });
});

describe("confirmation links that must not work", () => {
  async function pendingToken(name: string, now?: Date) {
    const { email } = reader(name);
    const request = await requestSubscription(email, "en", now);
    if (request.kind !== "confirm") throw new Error("Expected a new request");
    return { email, token: request.token };
  }

  it("refuses a link used before and changes nothing", async () => {
    const { email, token } = await pendingToken("reused");
    expect((await asUser(null, () => confirmNewsletterSubscription({ token }))).ok).toBe(true);
    const { unsubscribeKey: key } = (await subscriberRow(email))!;
    await asUser(null, () => unsubscribeFromNewsletter({ key }));
    const before = await databaseFingerprint();
    const again = await asUser(null, () => confirmNewsletterSubscription({ token }), "ru");
    expect(again).toEqual({ ok: false, message: expect.stringMatching(/^Ссылка для подтверждения срабатывает только один раз/) });
    expect(await databaseFingerprint()).toEqual(before);
    expect((await subscriberRow(email))!.status).toBe("unsubscribed");
  });

  it("refuses an expired link and changes nothing", async () => {
    const { email, token } = await pendingToken("expired", new Date(Date.now() - 4 * 24 * 3600_000));
    expect(await inspectToken(token)).toBe("expired");
    const before = await databaseFingerprint();
    const result = await asUser(null, () => confirmNewsletterSubscription({ token }));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^The confirmation link has expired/) });
    expect(await databaseFingerprint()).toEqual(before);
    expect((await subscriberRow(email))!.status).toBe("pending");
  });

  it.each([
    ["a well-formed token nobody was given", randomBytes(32).toString("base64url")],
    ["a stored hash used as the token", "0".repeat(64)],
    ["a malformed token", "../../etc/passwd"],
  ])("refuses %s and changes nothing", async (_name, token) => {
    await pendingToken("forged-neighbour");
    const before = await databaseFingerprint();
    const result = await asUser(null, () => confirmNewsletterSubscription({ token }));
    expect(result.ok).toBe(false);
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("unsubscribing and managing a subscription", () => {
  it("unsubscribes on a one-click POST with no session, and only shows the page on a GET", async () => {
    const { email, key } = await confirmedReader("one-click", "ru");
    const url = `http://localhost:3000/api/newsletter/unsubscribe/${key}`;

    const get = await GET(new Request(url), routeContext(key));
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toMatch(new RegExp(`/ru/newsletter/unsubscribe/${key}$`));
    expect((await subscriberRow(email))!.status).toBe("confirmed");

    const post = await POST(
      new Request(url, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      routeContext(key),
    );
    expect(post.status).toBe(200);
    expect(post.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await post.text()).toBe("Вы отписались от рассылки «Фокус недели».\n");
    const row = (await subscriberRow(email))!;
    expect(row.status).toBe("unsubscribed");
    expect(row.unsubscribedAt).toBeInstanceOf(Date);
  });

  it("answers 404 to a one-click POST with an unknown key or a key differing only in case", async () => {
    const { email, key } = await confirmedReader("case", "en");
    const swappedCase = key.replace(/[a-z]/gi, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));
    for (const wrong of [randomBytes(32).toString("base64url"), swappedCase, "short"]) {
      const response = await POST(new Request(`http://localhost/api/newsletter/unsubscribe/x`, { method: "POST" }), routeContext(wrong));
      expect(response.status, wrong).toBe(404);
    }
    expect((await subscriberRow(email))!.status).toBe("confirmed");
  });

  it("changes the language of the newsletter, and refuses an unknown key", async () => {
    const { email, key } = await confirmedReader("language", "en");
    const result = await asUser(null, () => changeNewsletterLanguage({ key, locale: "be" }), "be");
    expect(result).toEqual({ ok: true, message: "Захавана. Мова рассылкі: Беларуская." });
    expect((await subscriberRow(email))!.locale).toBe("be");

    const unknown = await asUser(null, () => changeNewsletterLanguage({ key: randomBytes(32).toString("base64url"), locale: "ru" }));
    expect(unknown).toEqual({ ok: false, message: "This link is not valid." });
    const badLocale = await asUser(null, () => changeNewsletterLanguage({ key, locale: "xx" }));
    expect(badLocale).toMatchObject({ ok: false, errors: { locale: ["Choose one of the options."] } });
    expect((await subscriberRow(email))!.locale).toBe("be");
  });

  it("resubscribes an address that had confirmed, recording where the consent came from", async () => {
    const { email, key } = await confirmedReader("resubscribe", "en");
    await asUser(null, () => unsubscribeFromNewsletter({ key }));
    const unsubscribed = (await subscriberRow(email))!;
    const result = await asUser(null, () => resubscribeToNewsletter({ key, locale: "ru" }), "ru");
    expect(result).toEqual({ ok: true, message: "Вы снова подписаны на рассылку." });
    const row = (await subscriberRow(email))!;
    expect(row).toMatchObject({ status: "confirmed", locale: "ru", consentSource: "resubscribe page", unsubscribedAt: null });
    expect(row.consentAt!.getTime()).toBeGreaterThanOrEqual(unsubscribed.consentAt!.getTime());
  });

  it("refuses to resubscribe an address that never confirmed", async () => {
    const { email, ip } = reader("never-confirmed");
    await subscribe({ email, locale: "en" }, { ip });
    const { unsubscribeKey: key } = (await subscriberRow(email))!;
    const result = await asUser(null, () => resubscribeToNewsletter({ key, locale: "en" }));
    expect(result.ok).toBe(false);
    expect((await subscriberRow(email))!.status).toBe("pending");
  });
});

describe("purging unconfirmed requests", () => {
  it("removes pending addresses whose links expired, and keeps live requests and confirmed subscribers", async () => {
    const old = new Date(Date.now() - 4 * 24 * 3600_000);
    const { email: confirmed } = await confirmedReader("kept", "en");
    const stale = reader("stale");
    await requestSubscription(stale.email, "en", old);
    const live = reader("live");
    await requestSubscription(live.email, "en");
    // Old, but still holding an open link (as after a request refreshed by a later one).
    const open = reader("old-but-open");
    await requestSubscription(open.email, "en", old);
    const openId = (await subscriberRow(open.email))!.id;
    await getDb()
      .update(subscriptionTokens)
      .set({ expiresAt: new Date(Date.now() + 3600_000) })
      .where(eq(subscriptionTokens.subscriberId, openId));
    await getDb()
      .update(subscriptionTokens)
      .set({ expiresAt: old })
      .where(eq(subscriptionTokens.subscriberId, (await subscriberRow(confirmed))!.id));

    const purged = await purgeExpiredSubscriptions();
    expect(purged.subscribers).toBeGreaterThanOrEqual(1);
    expect(await subscriberRow(stale.email)).toBeUndefined();
    expect((await subscriberRow(live.email))!.status).toBe("pending");
    expect((await subscriberRow(open.email))!.status).toBe("pending");
    expect((await subscriberRow(confirmed))!.status).toBe("confirmed");
  });

  it("runs on every subscribe request", async () => {
    const stale = reader("stale-on-subscribe");
    await requestSubscription(stale.email, "en", new Date(Date.now() - 4 * 24 * 3600_000));
    const next = reader("next-reader");
    await subscribe({ email: next.email, locale: "en" }, { ip: next.ip });
    expect(await subscriberRow(stale.email)).toBeUndefined();
  });
});
