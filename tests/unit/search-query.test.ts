import { describe, expect, it } from "vitest";
import { decodeEntities, splitHighlights } from "@/lib/search/highlight";
import { parseSearchParams, searchPath } from "@/lib/search/params";
import { MAX_QUERY_LENGTH, normalizeQuery, queryWords } from "@/lib/search/query";

describe("normalizeQuery", () => {
  it("trims and collapses whitespace, and drops control characters PostgreSQL would refuse", () => {
    expect(normalizeQuery("  sanctions \n\t on\u0000 potash  ")).toEqual({ text: "sanctions on potash", truncated: false });
  });

  it("takes the first value when a parameter is repeated, and nothing when it is missing", () => {
    expect(normalizeQuery(["CSTO", "NATO"]).text).toBe("CSTO");
    expect(normalizeQuery(undefined)).toEqual({ text: "", truncated: false });
  });

  it("cuts a long query at a word boundary and says it did", () => {
    const long = "санкцыі ".repeat(60);
    const { text, truncated } = normalizeQuery(long);
    expect(truncated).toBe(true);
    expect(Array.from(text).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(text.endsWith("санкцыі")).toBe(true);
  });

  it("counts characters, not UTF-16 units, and keeps a query of exactly the limit", () => {
    const exact = "ў".repeat(MAX_QUERY_LENGTH);
    expect(normalizeQuery(exact)).toEqual({ text: exact, truncated: false });
    expect(Array.from(normalizeQuery("😀".repeat(300)).text)).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("repairs lone surrogates instead of passing them on", () => {
    expect(normalizeQuery("a\ud800b").text).toBe("a\ufffdb");
  });
});

describe("queryWords", () => {
  it("lists the distinct words, without the or operator, quotes or minus signs", () => {
    expect(queryWords('"Lukashenko said" or -CSTO lukashenko сур’ёзны')).toEqual(["Lukashenko", "said", "CSTO", "сур’ёзны"]);
  });
});

describe("splitHighlights", () => {
  it("turns ts_headline's markers into marked segments", () => {
    expect(splitHighlights("EU \u0001sanctions\u0002 on \u0001potash\u0002")).toEqual([
      { text: "EU ", marked: false },
      { text: "sanctions", marked: true },
      { text: " on ", marked: false },
      { text: "potash", marked: true },
    ]);
  });

  it("decodes the headline's HTML into text, which React escapes again when rendering", () => {
    expect(splitHighlights("&lt;script&gt;alert(1)&lt;/script&gt; \u0001&lt;b&gt;x&lt;/b&gt;\u0002")).toEqual([
      { text: "<script>alert(1)</script> ", marked: false },
      { text: "<b>x</b>", marked: true },
    ]);
  });

  it("ignores stray and unbalanced markers", () => {
    expect(splitHighlights("\u0002a\u0001b\u0001c")).toEqual([
      { text: "a", marked: false },
      { text: "bc", marked: true },
    ]);
    expect(splitHighlights("")).toEqual([]);
  });
});

describe("decodeEntities", () => {
  it("decodes in one pass, so an encoded entity stays an entity", () => {
    expect(decodeEntities("&amp;lt; &lt; &quot;q&quot; Belarus&#39;s &#x1F600; &nbsp;")).toBe('&lt; < "q" Belarus\'s 😀 \u00a0');
  });

  it("leaves unknown entities and invalid code points as written", () => {
    expect(decodeEntities("&bogus; &#xD800; &#0; &#99999999; & ;")).toBe("&bogus; &#xD800; &#0; &#99999999; & ;");
  });
});

describe("parseSearchParams", () => {
  it("reads a full search", () => {
    expect(parseSearchParams({ q: " CSTO ", section: "security", year: "2025", trend: "worsened", page: "2" })).toEqual({
      q: "CSTO",
      truncated: false,
      section: "security",
      year: 2025,
      trend: "worsened",
      page: 2,
    });
  });

  it("treats malformed filters and pages as absent rather than failing", () => {
    expect(parseSearchParams({ q: "x", section: "' or 1=1 --", year: "20x5", trend: "none", page: "-3" })).toEqual({
      q: "x",
      truncated: false,
      section: undefined,
      year: undefined,
      trend: undefined,
      page: 1,
    });
  });
});

describe("searchPath", () => {
  it("encodes the query and leaves out empty filters and the first page", () => {
    expect(searchPath({ q: 'a&b "c"', year: 2025, page: 1 })).toBe("/search?q=a%26b+%22c%22&year=2025");
    expect(searchPath({ q: "" })).toBe("/search");
    expect(searchPath({ q: "x", trend: "improved", page: 3 })).toBe("/search?q=x&trend=improved&page=3");
  });
});
