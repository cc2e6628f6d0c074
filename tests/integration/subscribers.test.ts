import { randomBytes, randomUUID } from "node:crypto";
import { eq, like } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/dashboard/subscribers.csv/route";
import { getDb } from "@/db/client";
import { issues, newsletterDeliveries, newsletterSends, subscribers, subscriptionTokens } from "@/db/schema";
import { deleteSubscriber } from "@/lib/actions/subscribers/delete-subscriber";
import { importSubscribers } from "@/lib/actions/subscribers/import-subscribers";
import { listSubscribers } from "@/lib/actions/subscribers/list-subscribers";
import { parseCsv } from "@/lib/csv";
import { asUser } from "../support/as-user";
import { demoUser } from "./support/users";

// Every address here is under one domain of this run, so other files' subscribers never interfere.
const run = randomUUID().slice(0, 8);
const domain = `subs-${run}.test`;
const address = (name: string) => `${name}@${domain}`;
type Status = "pending" | "confirmed" | "unsubscribed";

const sendIds: number[] = [];
afterAll(async () => {
  await getDb()
    .delete(subscribers)
    .where(like(subscribers.email, `%@${domain}`));
  for (const id of sendIds) await getDb().delete(newsletterSends).where(eq(newsletterSends.id, id));
});

async function addSubscriber(name: string, locale: "en" | "be" | "ru" = "en", status: Status = "confirmed", consentSource = "form") {
  const [row] = await getDb()
    .insert(subscribers)
    .values({ email: address(name), locale, status, consentSource, unsubscribeKey: randomBytes(32).toString("base64url") })
    .returning();
  return row!;
}

async function subscriber(name: string) {
  const [row] = await getDb()
    .select()
    .from(subscribers)
    .where(eq(subscribers.email, address(name)));
  return row;
}

async function list(input: Record<string, unknown>, role: "editor" | "author" = "editor") {
  return asUser(await demoUser(role), () => listSubscribers({ q: domain, ...input }));
}

async function counts() {
  const result = await list({});
  if (!result.ok) throw new Error(result.message);
  return result.data.counts;
}

async function importText(
  text: string | Uint8Array<ArrayBuffer>,
  options: { consentSource?: string; locale?: string; role?: "editor" | "author" } = {},
) {
  const file = new File([text], "list.csv", { type: "text/csv" });
  const user = await demoUser(options.role ?? "editor");
  return asUser(user, () => importSubscribers({ file, consentSource: options.consentSource ?? "sign-up sheet, May fair" }), options.locale);
}

describe("the subscribers list", () => {
  it("counts subscribers per language and status", async () => {
    const before = await counts();
    await addSubscriber("count-en", "en", "confirmed");
    await addSubscriber("count-be", "be", "pending");
    await addSubscriber("count-ru", "ru", "unsubscribed");
    expect(await counts()).toEqual({
      en: { ...before.en, confirmed: before.en.confirmed + 1 },
      be: { ...before.be, pending: before.be.pending + 1 },
      ru: { ...before.ru, unsubscribed: before.ru.unsubscribed + 1 },
    });
  });

  it("finds addresses by any part, reading % and _ literally", async () => {
    await addSubscriber("under_score");
    await addSubscriber("underxscore");
    const result = await list({ q: `r_s` });
    expect(result.ok && result.data?.items.map((row) => row.email)).toEqual([address("under_score")]);
    const percent = await list({ q: "%" });
    expect(percent.ok && percent.data?.total).toBe(0);
  });

  it("filters by status and language", async () => {
    await addSubscriber("filter-a", "be", "confirmed");
    await addSubscriber("filter-b", "be", "unsubscribed");
    await addSubscriber("filter-c", "ru", "confirmed");
    const result = await list({ q: `filter-`, status: "confirmed", locale: "be" });
    expect(result.ok && result.data?.items.map((row) => row.email)).toEqual([address("filter-a")]);
    const anyStatus = await list({ q: `filter-`, status: "", locale: "be" });
    expect(anyStatus.ok && anyStatus.data?.total).toBe(2);
  });

  it("pages through the list 25 at a time, newest first", async () => {
    for (let i = 0; i < 30; i++) await addSubscriber(`page-${String(i).padStart(2, "0")}`);
    const first = await list({ q: "page-", page: 1 });
    const second = await list({ q: "page-", page: 2 });
    if (!first.ok || !second.ok) throw new Error("list refused");
    expect(first.data).toMatchObject({ total: 30, totalPages: 2, page: 1 });
    expect(first.data!.items).toHaveLength(25);
    expect(first.data!.items[0]!.email).toBe(address("page-29"));
    expect(second.data!.items.map((row) => row.email)).toEqual([4, 3, 2, 1, 0].map((i) => address(`page-0${i}`)));
  });

  it("never shows a subscriber's unsubscribe key", async () => {
    const row = await addSubscriber("secret");
    const result = await list({ q: "secret" });
    expect(JSON.stringify(result)).not.toContain(row.unsubscribeKey);
  });

  it("refuses an author", async () => {
    expect(await list({}, "author")).toMatchObject({ ok: false, message: "You do not have permission to do this." });
  });
});

describe("importing subscribers from a CSV file", () => {
  it("adds each valid row as a confirmed subscriber, with where and when consent was given", async () => {
    const result = await importText(`email,language,consent_at\n${address("imp-1")},en,2024-03-01\n${address("IMP-2")} ,be,\n`);
    expect(result).toMatchObject({ ok: true, message: "2 subscribers imported, 0 rows skipped.", data: { imported: 2, skipped: 0 } });
    const [one, two] = [await subscriber("imp-1"), await subscriber("imp-2")];
    expect(one).toMatchObject({ status: "confirmed", locale: "en", consentSource: "import: sign-up sheet, May fair" });
    expect(one!.consentAt?.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(two).toMatchObject({ status: "confirmed", locale: "be" });
    expect(Date.now() - two!.consentAt!.getTime()).toBeLessThan(60_000);
    expect(two!.confirmedAt).not.toBeNull();
    expect(one!.unsubscribeKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(one!.unsubscribeKey).not.toBe(two!.unsubscribeKey);
  });

  it("understands languages by code or by name", async () => {
    const rows = [
      ["name-1", "English"],
      ["name-2", "Беларуская"],
      ["name-3", "русский"],
      ["name-4", "BE"],
      ["name-5", "Belarusian"],
    ];
    const result = await importText(`email,language\n${rows.map(([name, language]) => `${address(name!)},${language}`).join("\n")}`);
    expect(result).toMatchObject({ ok: true, data: { imported: 5 } });
    expect((await Promise.all(rows.map(([name]) => subscriber(name!)))).map((row) => row?.locale)).toEqual(["en", "be", "ru", "be", "be"]);
  });

  it("skips bad rows and says why, line by line", async () => {
    const file = [
      "email,language,consent_at",
      "not-an-address,en,",
      `${address("bad-lang")},de,`,
      `${address("bad-date")},en,2024-02-30`,
      `${address("future")},en,2999-01-01`,
      `${address("twice")},en,`,
      `${address("TWICE")},ru,`,
      `${address("good")},ru,2024-01-01T10:00:00+03:00`,
    ].join("\n");
    const result = await importText(file);
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toEqual({
      imported: 2,
      skipped: 5,
      details: [
        { line: 2, value: "not-an-address", reason: "not a valid email address" },
        { line: 3, value: address("bad-lang"), reason: "unknown language “de”" },
        { line: 4, value: address("bad-date"), reason: "consent date “2024-02-30” is not a valid date, or is in the future" },
        { line: 5, value: address("future"), reason: "consent date “2999-01-01” is not a valid date, or is in the future" },
        { line: 7, value: address("twice"), reason: "repeats line 6" },
      ],
    });
    expect(await subscriber("bad-lang")).toBeUndefined();
    expect((await subscriber("twice"))?.locale).toBe("en");
    expect((await subscriber("good"))?.consentAt?.toISOString()).toBe("2024-01-01T07:00:00.000Z");
  });

  it("gives its reasons in the editor's language", async () => {
    const result = await importText(`email;language\n${address("be-lang")};xx\n`, { locale: "be" });
    expect(result).toMatchObject({
      ok: true,
      message: "Імпартавана адрасоў: 0. Прапушчана радкоў: 1.",
      data: { details: [{ line: 2, reason: "невядомая мова «xx»" }] },
    });
  });

  it("leaves addresses already on the list as they are, so an unsubscribed reader stays unsubscribed", async () => {
    const gone = await addSubscriber("gone", "ru", "unsubscribed", "form");
    const result = await importText(`email,language\n${address("gone")},en\n${address("fresh")},en\n`);
    expect(result).toMatchObject({
      ok: true,
      data: { imported: 1, skipped: 1, details: [{ line: 2, reason: "already on the list (unsubscribed); left unchanged" }] },
    });
    expect(await subscriber("gone")).toEqual(gone);
  });

  it("reads a byte order mark, semicolons, quoted fields and CRLF line ends", async () => {
    const text = `\uFEFF"Email";"Language";"Note"\r\n"${address("bom-1")}";"be";"a; b"\r\n${address("bom-2")};ru;"two\r\nlines"\r\nbroken;en;x\r\n`;
    const result = await importText(text);
    expect(result).toMatchObject({ ok: true, data: { imported: 2, skipped: 1, details: [{ line: 5, value: "broken" }] } });
    expect((await subscriber("bom-1"))?.locale).toBe("be");
    expect((await subscriber("bom-2"))?.locale).toBe("ru");
  });

  it("reads a file without a header row as address, language and consent date", async () => {
    const result = await importText(`${address("bare-1")},ru,2023-05-06\n${address("bare-2")},en\n`);
    expect(result).toMatchObject({ ok: true, data: { imported: 2 } });
    expect((await subscriber("bare-1"))?.consentAt?.toISOString()).toBe("2023-05-06T00:00:00.000Z");
  });

  it("refuses a file over 1 MB and stores nothing", async () => {
    const big = `email,language\n${address("big")},en\n`.padEnd(1_000_001, " ");
    const result = await importText(big);
    expect(result).toMatchObject({ ok: false, errors: { file: ["The file is larger than 1 MB. Split it into smaller files."] } });
    expect(await subscriber("big")).toBeUndefined();
  });

  it("refuses more than 20,000 rows and stores nothing", async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `${address(`many-${i}`)},en`);
    const result = await importText(`email,language\n${rows.join("\n")}`, { locale: "ru" });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^В файле больше 20\s000 строк\. Разделите его на несколько файлов\.$/),
    });
    expect(await subscriber("many-0")).toBeUndefined();
  });

  it("refuses a file that is not UTF-8, or that names no email and language columns", async () => {
    const cp1251 = new Uint8Array([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xe0, 0xe1, 0xe2]);
    expect(await importText(cp1251)).toMatchObject({
      ok: false,
      message: "The file is not in UTF-8. Save it as “CSV UTF-8” and try again.",
    });
    expect(await importText("name,city\nAnna,Minsk\n")).toMatchObject({
      ok: false,
      message: expect.stringContaining("needs an email column"),
    });
    expect(await importText("email\n")).toMatchObject({ ok: false, message: "The file has no rows to import." });
  });

  it("requires the file and the source of consent", async () => {
    const result = await importText(`${address("no-source")},en\n`, { consentSource: "  " });
    expect(result).toMatchObject({ ok: false, errors: { consentSource: ["This field is required."] } });
    expect(await importText("")).toMatchObject({ ok: false, errors: { file: ["This field is required."] } });
    expect(await subscriber("no-source")).toBeUndefined();
  });

  it("refuses an author and stores nothing", async () => {
    const result = await importText(`${address("by-author")},en\n`, { role: "author" });
    expect(result).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await subscriber("by-author")).toBeUndefined();
  });
});

async function download(query: string, user: { id: number } | null) {
  return asUser(user, async () => {
    const response = await exportCsv(new Request(`http://localhost:3000/api/dashboard/subscribers.csv${query}`));
    // The BOM is part of the contract (Excel needs it), so decode without dropping it.
    return { response, body: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()) };
  });
}

describe("exporting subscribers as CSV", () => {
  it("gives an editor the selected subscribers in RFC 4180 form, with formulas defused", async () => {
    await addSubscriber(`csv${run}-formula`, "be", "confirmed", '=HYPERLINK("http://evil.test","x")');
    await addSubscriber(`csv${run}-plus`, "ru", "pending", "+cmd|' /C calc'!A0");
    await addSubscriber(`csv${run}-plain`, "en", "unsubscribed", "form, on the site");
    const { response, body } = await download(`?q=csv${run}`, await demoUser("editor"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="subscribers-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = body.split("\r\n");
    expect(lines[0]).toBe("\uFEFFemail,language,status,consent_source,consent_at,confirmed_at,unsubscribed_at,created_at");
    expect(lines[1]).toBe(
      `${address(`csv${run}-formula`)},be,confirmed,"'=HYPERLINK(""http://evil.test"",""x"")",,,,${lines[1]!.split(",").at(-1)}`,
    );
    expect(lines[2]).toContain(`,ru,pending,'+cmd|' /C calc'!A0,`);
    expect(parseCsv(body)[3]!.cells.slice(0, 4)).toEqual([address(`csv${run}-plain`), "en", "unsubscribed", "form, on the site"]);
    expect(parseCsv(body)[3]!.cells[7]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
  });

  it("exports only the status and language asked for", async () => {
    const { body } = await download(`?q=${encodeURIComponent(domain)}&status=pending&locale=ru`, await demoUser("admin"));
    expect(
      parseCsv(body)
        .slice(1)
        .map((record) => record.cells[0]),
    ).toEqual([address(`csv${run}-plus`)]);
  });

  it("refuses an author and a visitor, and an unknown status", async () => {
    expect((await download("", await demoUser("author"))).response.status).toBe(403);
    expect((await download("", null)).response.status).toBe(403);
    expect((await download("?status=everyone", await demoUser("editor"))).response.status).toBe(400);
  });
});

describe("deleting a subscriber on request", () => {
  it("erases the subscriber with their confirmation tokens and delivery records", async () => {
    const row = await addSubscriber("erase-me");
    const [issue] = await getDb().select({ id: issues.id }).from(issues).limit(1);
    const [send] = await getDb().insert(newsletterSends).values({ issueId: issue!.id }).returning();
    sendIds.push(send!.id);
    await getDb()
      .insert(subscriptionTokens)
      .values({ subscriberId: row.id, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000) });
    await getDb().insert(newsletterDeliveries).values({ sendId: send!.id, subscriberId: row.id, locale: "en" });

    const result = await asUser(await demoUser("editor"), () => deleteSubscriber({ subscriberId: row.id }));
    expect(result).toMatchObject({ ok: true, message: `${address("erase-me")} and its delivery history have been deleted.` });
    expect(await subscriber("erase-me")).toBeUndefined();
    expect(await getDb().select().from(subscriptionTokens).where(eq(subscriptionTokens.subscriberId, row.id))).toEqual([]);
    expect(await getDb().select().from(newsletterDeliveries).where(eq(newsletterDeliveries.subscriberId, row.id))).toEqual([]);
  });

  it("says so when the subscriber is already gone", async () => {
    const result = await asUser(await demoUser("editor"), () => deleteSubscriber({ subscriberId: 2_000_000_000 }));
    expect(result).toMatchObject({ ok: false, message: "This item no longer exists." });
  });

  it("refuses an author and keeps the subscriber", async () => {
    const row = await addSubscriber("kept");
    const result = await asUser(await demoUser("author"), () => deleteSubscriber({ subscriberId: row.id }));
    expect(result).toMatchObject({ ok: false, message: "You do not have permission to do this." });
    expect(await subscriber("kept")).toEqual(row);
  });
});
