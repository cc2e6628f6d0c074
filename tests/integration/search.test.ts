import { describe, expect, it } from "vitest";
import { searchArticles } from "@/lib/content/search";
import { demoTextByTitle, demoTitlesWith, everyHit, plain } from "./support/search";

describe("searching in English", () => {
  it.each([
    ["sanctions", "sanctioned"],
    ["exercises", "exercise"],
    ["prisoners", "prisoner"],
  ])("finds %j in articles that only say %j (stemming)", async (query, form) => {
    const expected = demoTitlesWith("en", form, query);
    expect(expected.length).toBeGreaterThan(0);
    const { titles } = await everyHit("en", query);
    expect(titles).toEqual(expect.arrayContaining(expected));
  });

  it("finds a quoted phrase only where its words stand together, in that order", async () => {
    const phrase = await everyHit("en", '"Union State"');
    expect(phrase.total).toBeGreaterThan(0);
    for (const title of phrase.titles) expect(demoTextByTitle("en", title).toLowerCase()).toContain("union state");
    expect((await everyHit("en", '"State Union"')).total).toBeLessThan(phrase.total);
  });

  it("finds either word with or, and leaves out a word with a minus", async () => {
    const [potash, refinery, either] = await Promise.all([
      everyHit("en", "potash"),
      everyHit("en", "refinery"),
      everyHit("en", "potash or refinery"),
    ]);
    expect(either.ids).toEqual(new Set([...potash.ids, ...refinery.ids]));

    const [sanctions, eu, without] = await Promise.all([
      everyHit("en", "sanctions"),
      everyHit("en", "EU"),
      everyHit("en", "sanctions -EU"),
    ]);
    expect(without.ids).toEqual(new Set([...sanctions.ids].filter((id) => !eu.ids.has(id))));
    expect(without.total).toBeGreaterThan(0);
    expect(without.total).toBeLessThan(sanctions.total);
  });

  it("marks the matched words in titles and snippets", async () => {
    const { hits } = await everyHit("en", "sanctions");
    const marked = hits.flatMap((hit) => [...hit.title, ...hit.snippet]).filter((segment) => segment.marked);
    expect(marked.length).toBeGreaterThan(0);
    for (const segment of marked) expect(segment.text.toLowerCase()).toMatch(/^sanction/);
  });
});

describe("searching in Russian", () => {
  it.each([
    ["санкциями", "санкции"],
    ["границей", "границы"],
    ["учений", "учения"],
  ])("finds %j in articles that only say %j", async (query, form) => {
    const expected = demoTitlesWith("ru", form, query);
    expect(expected.length).toBeGreaterThan(0);
    expect((await everyHit("ru", query)).titles).toEqual(expect.arrayContaining(expected));
  });
});

describe("searching in Belarusian", () => {
  it.each([
    ["санкцыямі", "санкцыі"],
    ["мяжой", "мяжы"],
    ["мяжа", "мяжу"],
    ["Расіяй", "расіі"],
    ["эканоміцы", "эканоміка"],
    ["інфляцыяй", "інфляцыі"],
    ["вучэнняў", "вучэнні"],
    ["палітвязнямі", "палітвязняў"],
    ["беларускімі", "беларускай"],
    ["Польшчай", "польшчы"],
    ["Літвой", "літве"],
    ["краінамі", "краіне"],
    ["бюджэтам", "бюджэту"],
    ["Лукашэнкам", "лукашэнка"],
    ["ціскам", "ціск"],
  ])("finds %j in articles that only say %j", async (query, form) => {
    const expected = demoTitlesWith("be", form, query);
    expect(expected.length).toBeGreaterThan(0);
    expect((await everyHit("be", query)).titles).toEqual(expect.arrayContaining(expected));
  });

  it("marks the Belarusian word forms it matched", async () => {
    const { hits } = await everyHit("be", "санкцыямі");
    const marked = hits.flatMap((hit) => [...hit.title, ...hit.snippet]).filter((segment) => segment.marked);
    expect(marked.length).toBeGreaterThan(0);
    for (const segment of marked) expect(segment.text.toLowerCase()).toMatch(/^санкцы/);
  });

  it("ignores Belarusian stop words", async () => {
    expect((await searchArticles({ locale: "be", q: "і ў на з", page: 1 })).total).toBe(0);
    const plainWords = await everyHit("be", "мяжа Польшча");
    expect(plainWords.total).toBeGreaterThan(0);
    expect((await everyHit("be", "мяжа з Польшчай")).ids).toEqual(plainWords.ids);
    const withoutPrepositions = await everyHit("be", "мяжа Польшчы");
    expect((await everyHit("be", "паводле мяжы, супраць Польшчы")).ids).toEqual(withoutPrepositions.ids);
    expect((await searchArticles({ locale: "be", q: "паводле, супраць, уздоўж", page: 1 })).total).toBe(0);
  });
});

describe("names spelled another way", () => {
  it("finds Lukashenka for Lukashenko in English and says it widened the query", async () => {
    const widened = await everyHit("en", "Lukashenko");
    const house = await everyHit("en", "Lukashenka");
    expect(widened.widenedWith).toEqual(["Lukashenka"]);
    expect(widened.ids).toEqual(house.ids);
    expect(house.widenedWith).toEqual([]);
  });

  it("finds Лукашэнка for Лукашенко in Belarusian", async () => {
    const widened = await everyHit("be", "Лукашенко");
    expect(widened.widenedWith).toEqual(["Лукашэнка"]);
    const belarusian = widened.hits.filter((hit) => hit.locale === "be");
    expect(belarusian.length).toBeGreaterThan(0);
    expect(belarusian.every((hit) => /Лукашэнк/.test(plain(hit.title) + plain(hit.snippet)))).toBe(true);
  });

  it("finds АДКБ for ОДКБ in Belarusian, and a near spelling of a known name", async () => {
    expect((await searchArticles({ locale: "be", q: "ОДКБ", page: 1 })).widenedWith).toEqual(["АДКБ"]);
    const near = await searchArticles({ locale: "en", q: "Lukashenk", page: 1 });
    expect(near.widenedWith).toEqual(["Lukashenka"]);
    expect(near.total).toBeGreaterThan(0);
  });

  it("takes this site's own spelling literally, in any of its forms, and words that only resemble a name", async () => {
    for (const [locale, q] of [
      ["en", "CSTO"],
      ["be", "Лукашэнка"],
      ["be", "Лукашэнку"],
      ["ru", "Лукашенко"],
      ["en", "Homeland"],
    ] as const) {
      expect((await searchArticles({ locale, q, page: 1 })).widenedWith, q).toEqual([]);
    }
    expect((await searchArticles({ locale: "be", q: "Лукашэнку", page: 1 })).total).toBeGreaterThan(0);
  });
});

describe("filters and pages", () => {
  it("keeps to the chosen section, trend and year", async () => {
    const all = await everyHit("en", "sanctions");
    const section = await everyHit("en", "sanctions", { section: "belarus-west" });
    expect(section.total).toBeGreaterThan(0);
    expect(section.total).toBeLessThan(all.total);
    expect(section.hits.every((hit) => hit.section.slug === "belarus-west")).toBe(true);

    const trend = await everyHit("en", "sanctions", { trend: "worsened" });
    expect(trend.total).toBeGreaterThan(0);
    expect(trend.hits.every((hit) => hit.trend === "worsened")).toBe(true);

    const year = await everyHit("en", "Belarus", { year: 2026 });
    expect(year.total).toBeGreaterThan(0);
    expect(year.hits.every((hit) => hit.publishedAt >= "2025-12-31T21:00:00.000Z")).toBe(true);
    expect((await searchArticles({ locale: "en", q: "Belarus", page: 1, section: "no-such-section" })).total).toBe(0);
  });

  it("pages through every result once, ten at a time", async () => {
    const first = await searchArticles({ locale: "en", q: "Belarus", page: 1 });
    expect(first.total).toBeGreaterThan(10);
    expect(first.items).toHaveLength(10);
    const { hits } = await everyHit("en", "Belarus");
    expect(hits).toHaveLength(first.total);
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(first.total);
  });

  it("answers a page past the end with no hits but the true total", async () => {
    const past = await searchArticles({ locale: "en", q: "Belarus", page: 999 });
    expect(past.items).toEqual([]);
    expect(past.total).toBeGreaterThan(10);
  });
});

describe("any input", () => {
  it.each(["' or 1=1 --", "<script>alert(1)</script>", '"unbalanced', "-", "or", "!!! ::: &&& |", "a:* | b", "\\", "%_", "\u0000x"])(
    "answers %j without an error",
    async (q) => {
      const results = await searchArticles({ locale: "en", q, page: 1 });
      expect(results.total).toBeGreaterThanOrEqual(0);
    },
  );

  it("answers an empty query with nothing, and cuts a very long one", async () => {
    expect(await searchArticles({ locale: "en", q: "   ", page: 1 })).toMatchObject({ total: 0, items: [] });
    const long = await searchArticles({ locale: "en", q: `sanctions ${"word ".repeat(2000)}`, page: 1 });
    expect(long.total).toBeGreaterThanOrEqual(0);
  });
});
