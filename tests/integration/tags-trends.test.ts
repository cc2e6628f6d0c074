import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { tags } from "@/db/schema";
import { demoIssues } from "@/db/seed";
import { tags as demoTags } from "@/db/seed/content/taxonomy";
import type { SeedArticle, SeedLocale } from "@/db/seed/types";
import { getArticleBySlug, getReadMore } from "@/lib/content/articles";
import { LIST_PAGE_SIZE } from "@/lib/content/cards";
import { getSections } from "@/lib/content/sections";
import { getTagPage } from "@/lib/content/tags";
import { getSectionTrend, getTrendBounds, getTrends } from "@/lib/content/trends";
import { weeksBetween } from "@/lib/trends/period";
import { takeRecordedTags } from "../support/next-cache";
import { demoSlug, firstDemoIssue, fullyTranslatedArticle, latestDemoIssue } from "./support/demo";

/** Every demo article with its place in the seed: later issues and later positions were published later. */
const demoArticles = demoIssues.flatMap((issue, issueIndex) =>
  issue.articles.map((article, position) => ({ article, issueIndex, position })),
);
const newestFirst = [...demoArticles].reverse();

function titleIn(locale: SeedLocale) {
  return ({ article }: { article: SeedArticle }) => article.translations[locale]!.title;
}

describe("getTagPage", () => {
  const locales: SeedLocale[] = ["en", "be", "ru"];

  it.each(locales)("lists the %s articles with a tag, newest first, ten to a page", async (locale) => {
    const expected = newestFirst
      .filter(({ article }) => article.tags.includes("border") && article.translations[locale])
      .map(titleIn(locale));
    expect(expected.length).toBeGreaterThan(LIST_PAGE_SIZE);

    const first = await getTagPage(locale, "border", 1);
    const second = await getTagPage(locale, "border", 2);
    expect(first?.tag.name).toBe(demoTags.find((tag) => tag.slug === "border")!.name[locale]);
    expect(first?.articles).toMatchObject({ total: expected.length, totalPages: 2, page: 1 });
    expect([...first!.articles.items, ...second!.articles.items].map((card) => card.title)).toEqual(expected);
    expect(first!.articles.items).toHaveLength(LIST_PAGE_SIZE);
  });

  it("tags its cache entry with the tag, so renaming or retagging reaches the page", async () => {
    const [row] = await getDb().select({ id: tags.id }).from(tags).where(eq(tags.slug, "csto"));
    takeRecordedTags();
    await getTagPage("en", "csto", 1);
    expect(takeRecordedTags()).toEqual(expect.arrayContaining(["tags", `tag:${row!.id}`, "issues"]));
  });

  it.each(["no-such-tag", "' or 1=1 --", "BORDER", "a".repeat(500)])("answers null for the unknown tag %j", async (slug) => {
    expect(await getTagPage("en", slug, 1)).toBeNull();
  });

  it("has an empty page past the last one, which the page turns into a 404", async () => {
    expect((await getTagPage("en", "border", 3))?.articles.items).toEqual([]);
  });
});

/** The ranking the seed implies: shared tags, then the same section, then the newest. */
function expectedReadMore(target: SeedArticle, locale: SeedLocale, tagSlugs = target.tags) {
  return demoArticles
    .filter(({ article }) => article !== target && article.translations[locale])
    .map((entry) => ({
      ...entry,
      shared: entry.article.tags.filter((tag) => tagSlugs.includes(tag)).length,
      sameSection: entry.article.section === target.section,
    }))
    .sort(
      (a, b) =>
        b.shared - a.shared || Number(b.sameSection) - Number(a.sameSection) || b.issueIndex - a.issueIndex || b.position - a.position,
    );
}

async function articleRef(article: SeedArticle, locale: SeedLocale) {
  const lookup = await getArticleBySlug(locale, demoSlug(article, locale));
  if (lookup.kind !== "found") throw new Error("demo article not found");
  return { id: lookup.article.id, sectionId: lookup.article.section.id, tagSlugs: lookup.article.tags.map((tag) => tag.slug) };
}

describe("getReadMore", () => {
  it("ranks by shared tags, then the same section, then recency", async () => {
    const ranked = expectedReadMore(fullyTranslatedArticle, "en").slice(0, 12);
    // The case must exercise every rule: several tag counts, and a tie that the section breaks.
    expect(new Set(ranked.map((entry) => entry.shared)).size).toBeGreaterThan(1);
    expect(ranked.some((a, i) => ranked.some((b, j) => j > i && a.shared === b.shared && a.sameSection && !b.sameSection))).toBe(true);

    const more = await getReadMore("en", await articleRef(fullyTranslatedArticle, "en"), 12);
    expect(more.map((card) => card.title)).toEqual(ranked.map(titleIn("en")));
  });

  it("offers four by default, only articles readable in the locale", async () => {
    const more = await getReadMore("be", await articleRef(fullyTranslatedArticle, "be"));
    expect(more.map((card) => card.title)).toEqual(expectedReadMore(fullyTranslatedArticle, "be").slice(0, 4).map(titleIn("be")));
  });

  it("ranks by the tags it is given, so a draft's preview follows its own tags", async () => {
    const ref = await articleRef(fullyTranslatedArticle, "ru");
    const more = await getReadMore("ru", { ...ref, tagSlugs: [] }, 6);
    expect(more.map((card) => card.title)).toEqual(expectedReadMore(fullyTranslatedArticle, "ru", []).slice(0, 6).map(titleIn("ru")));
    expect(more.slice(0, 3).every((card) => card.section.slug === fullyTranslatedArticle.section)).toBe(true);
  });
});

/** Each week's assessments for a section in the seed, in issue order; "none" is no assessment. */
function demoCells(sectionSlug: string, weeks: string[]) {
  return weeks.map((week) =>
    (demoIssues.find((issue) => issue.weekStart === week)?.articles ?? [])
      .filter((article) => article.section === sectionSlug && article.trend !== "none")
      .map((article) => article.trend),
  );
}

describe("trends", () => {
  const demoSections = ["security", "domestic-politics", "economy", "belarus-russia", "belarus-west"];

  it("spans the published issues", async () => {
    expect(await getTrendBounds()).toEqual({ first: firstDemoIssue.weekStart, last: latestDemoIssue.weekStart });
  });

  it("gives every section's assessments week by week, as the seed has them", async () => {
    const weeks = weeksBetween(firstDemoIssue.weekStart, latestDemoIssue.weekStart);
    takeRecordedTags();
    const grid = await getTrends("be", weeks[0]!, weeks.at(-1)!);
    expect(takeRecordedTags()).toContain("issues");
    expect(grid.weeks).toEqual(weeks.map((weekStart) => ({ weekStart, published: true })));
    const mine = grid.sections.filter(({ section }) => demoSections.includes(section.slug));
    expect(mine.map(({ section }) => section.slug)).toEqual(demoSections);
    expect(mine[0]!.section.name).toBe("Бяспека");
    for (const { section, cells } of mine) expect(cells, section.slug).toEqual(demoCells(section.slug, weeks));
    // The seed has weeks with two assessments in a section and weeks with none: both must survive.
    expect(mine.some(({ cells }) => cells.some((cell) => cell.length > 1))).toBe(true);
    expect(mine.some(({ cells }) => cells.some((cell) => cell.length === 0))).toBe(true);
  });

  it("limits the weeks to the period asked for", async () => {
    const weeks = weeksBetween("2025-12-01", "2025-12-29");
    const grid = await getTrends("en", weeks[0]!, weeks.at(-1)!);
    expect(grid.weeks.map((week) => week.weekStart)).toEqual(weeks);
    const economy = grid.sections.find(({ section }) => section.slug === "economy")!;
    expect(economy.cells).toEqual(demoCells("economy", weeks));
  });

  it("draws a section's trend line over the last weeks up to the latest issue", async () => {
    const sections = await getSections("en");
    const security = sections.find((section) => section.slug === "security")!;
    const line = await getSectionTrend(security.id, 6);
    const weeks = weeksBetween(demoIssues.at(-6)!.weekStart, latestDemoIssue.weekStart);
    expect(line?.weeks.map((week) => week.weekStart)).toEqual(weeks);
    expect(line?.cells).toEqual(demoCells("security", weeks));
  });
});
