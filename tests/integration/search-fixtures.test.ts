import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles, articleTranslations, issues, sections } from "@/db/schema";
import { searchArticles } from "@/lib/content/search";
import { everyHit, plain } from "./support/search";

// Made-up words no demo article has, so these rows are the only matches.
const WORD = "zephyrquark";
const BE_WORD = "цмокаград";
const RU_WORD = "цмокоград";
const LONG_WORD = "quillbrookia";

/** A body far larger than a page, with its only rare word at the very end. */
function longBody(): string {
  const paragraph = "<p>Ministers met again to discuss the budget, the border and the harvest in every region.</p>";
  return `${paragraph.repeat(3000)}<p>At last: ${LONG_WORD} said.</p>`;
}

type Translation = { locale: "en" | "be" | "ru"; title: string; body?: string; status?: "draft" | "ready" };
type Fixture = {
  key: string;
  translations: Translation[];
  section?: string;
  trend?: "improved" | "worsened";
  draft?: boolean;
  inDraftIssue?: boolean;
};

const fixtures: Fixture[] = [
  { key: "title", translations: [{ locale: "en", title: `A ${WORD} corridor reopens` }], trend: "improved" },
  {
    key: "body",
    section: "economy",
    translations: [{ locale: "en", title: "Quiet week", body: `<p>Only here: ${WORD} &lt;b&gt;bold&lt;/b&gt; &amp; more.</p>` }],
  },
  { key: "beOnly", translations: [{ locale: "be", title: `${BE_WORD} зноў адкрыты` }] },
  { key: "ruOnly", translations: [{ locale: "ru", title: `${RU_WORD} снова открыт` }] },
  {
    key: "both",
    translations: [
      { locale: "en", title: "Dragon town and its bridge" },
      { locale: "be", title: `${BE_WORD} і мост` },
    ],
  },
  // Belarusian stop words, which Russian reads as words, in an article only in Russian.
  { key: "stopWords", translations: [{ locale: "ru", title: "Паводле и супраць" }] },
  { key: "long", translations: [{ locale: "ru", title: "Длинный текст", body: longBody() }] },
  { key: "draft", draft: true, translations: [{ locale: "en", title: `${WORD} in a draft article` }] },
  { key: "unready", translations: [{ locale: "en", title: `${WORD} in a draft translation`, status: "draft" }] },
  { key: "draftIssue", inDraftIssue: true, translations: [{ locale: "en", title: `${WORD} in a draft issue` }] },
];

const ids = new Map<string, number>();
let issueIds: number[] = [];

beforeAll(async () => {
  const db = getDb();
  const published = { status: "published" as const, publishedAt: new Date("2004-05-07T15:00:00Z") };
  const [live, draft] = await db
    .insert(issues)
    .values([
      { number: 8404, weekStart: "2004-05-03", ...published },
      { number: 8405, weekStart: "2004-05-10" },
    ])
    .returning();
  issueIds = [live!.id, draft!.id];
  const sectionRows = await db.select({ id: sections.id, slug: sections.slug }).from(sections);
  const sectionId = (slug = "security") => sectionRows.find((row) => row.slug === slug)!.id;
  for (const fixture of fixtures) {
    const [article] = await db
      .insert(articles)
      .values({
        issueId: fixture.inDraftIssue ? draft!.id : live!.id,
        sectionId: sectionId(fixture.section),
        trend: fixture.trend ?? "unchanged",
        ...(fixture.draft ? {} : published),
      })
      .returning();
    ids.set(fixture.key, article!.id);
    await db.insert(articleTranslations).values(
      fixture.translations.map((t) => ({
        articleId: article!.id,
        locale: t.locale,
        slug: `search-fixture-${fixture.key}-${t.locale}`,
        title: t.title,
        lead: "A lead.",
        body: t.body ?? "<p>Text.</p>",
        status: t.status ?? "ready",
      })),
    );
  }
});

afterAll(async () => {
  await getDb().delete(articles).where(inArray(articles.issueId, issueIds));
  await getDb().delete(issues).where(inArray(issues.id, issueIds));
});

describe("what search shows", () => {
  it("shows published articles only, a title match above a body match", async () => {
    const { hits } = await everyHit("en", WORD);
    expect(hits.map((hit) => hit.id)).toEqual([ids.get("title"), ids.get("body")]);
    expect(hits.every((hit) => hit.locale === "en")).toBe(true);
  });

  it("shows markup in an article's text as text, with the match marked", async () => {
    const { hits } = await everyHit("en", WORD, { section: "economy" });
    expect(hits).toHaveLength(1);
    expect(plain(hits[0]!.snippet)).toContain("<b>bold</b> & more");
    expect(hits[0]!.snippet.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual([WORD]);
  });

  it("finds an article only in another language, labelled with that language", async () => {
    const english = await everyHit("en", BE_WORD);
    expect(english.hits.map((hit) => [hit.id, hit.locale, hit.slug])).toEqual([[ids.get("beOnly"), "be", "search-fixture-beOnly-be"]]);
    const russian = await everyHit("en", RU_WORD);
    expect(russian.hits.map((hit) => [hit.id, hit.locale])).toEqual([[ids.get("ruOnly"), "ru"]]);
  });

  it("shows an article readable in the page's language in that language only", async () => {
    const belarusian = await everyHit("be", BE_WORD);
    expect(new Set(belarusian.hits.map((hit) => hit.id))).toEqual(new Set([ids.get("beOnly"), ids.get("both")]));
    expect(belarusian.hits.every((hit) => hit.locale === "be")).toBe(true);
  });

  it("filters by year and trend", async () => {
    expect((await everyHit("en", WORD, { year: 2004 })).total).toBe(2);
    expect((await everyHit("en", WORD, { year: 2005 })).total).toBe(0);
    expect((await everyHit("en", WORD, { trend: "improved" })).hits.map((hit) => hit.id)).toEqual([ids.get("title")]);
  });

  it("finds nothing for a query of stop words in the reader's language, even where another language reads words in it", async () => {
    expect((await everyHit("ru", "паводле супраць")).hits.map((hit) => hit.id)).toEqual([ids.get("stopWords")]);
    expect((await searchArticles({ locale: "be", q: "паводле супраць", page: 1 })).total).toBe(0);
  });

  it("finds and marks a word at the end of a text many pages long", async () => {
    const { hits } = await everyHit("ru", LONG_WORD);
    expect(hits.map((hit) => hit.id)).toEqual([ids.get("long")]);
    expect(hits[0]!.snippet.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual([LONG_WORD]);
  });

  it("finds words saved a moment ago, and forgets words removed", async () => {
    const id = ids.get("title")!;
    const where = eq(articleTranslations.articleId, id);
    await getDb().update(articleTranslations).set({ title: "Renamed: the glimmerwick corridor" }).where(where);
    expect((await searchArticles({ locale: "en", q: "glimmerwick", page: 1 })).items.map((hit) => hit.id)).toEqual([id]);
    expect((await everyHit("en", WORD)).hits.map((hit) => hit.id)).toEqual([ids.get("body")]);
    await getDb()
      .update(articleTranslations)
      .set({ title: `A ${WORD} corridor reopens` })
      .where(where);
  });
});
