import { describe, expect, it } from "vitest";
import { getArticleBySlug } from "@/lib/content/articles";
import { getAuthorPage } from "@/lib/content/authors";
import { getFeedArticles, getSitemapData } from "@/lib/content/feeds";
import { LIST_PAGE_SIZE } from "@/lib/content/cards";
import { getSectionPage, getSections } from "@/lib/content/sections";
import { demoIssues } from "@/db/seed";
import { articleMissingBelarusian, articleMissingRussian, demoSlug, fullyTranslatedArticle } from "./support/demo";

describe("getArticleBySlug", () => {
  it("finds a translation by its own slug, with everything the page shows", async () => {
    const slug = demoSlug(fullyTranslatedArticle, "be");
    const lookup = await getArticleBySlug("be", slug);
    expect(lookup.kind).toBe("found");
    if (lookup.kind !== "found") return;
    const { article } = lookup;
    expect(article.title).toBe(fullyTranslatedArticle.translations.be!.title);
    expect(article.lead).toBe(fullyTranslatedArticle.translations.be!.lead);
    expect(article.trend).toBe(fullyTranslatedArticle.trend);
    expect(article.section.slug).toBe(fullyTranslatedArticle.section);
    expect(article.authors.map((a) => a.slug)).toEqual(fullyTranslatedArticle.authors);
    expect(article.tags.map((t) => t.slug).sort()).toEqual([...fullyTranslatedArticle.tags].sort());
    expect(article.translations.map((t) => t.locale)).toEqual(["en", "be", "ru"]);
    expect(article.body).not.toMatch(/<script/i);
  });

  it("sends a slug from another language to this language's slug", async () => {
    const englishSlug = demoSlug(fullyTranslatedArticle, "en");
    expect(await getArticleBySlug("ru", englishSlug)).toEqual({ kind: "moved", slug: demoSlug(fullyTranslatedArticle, "ru") });
  });

  it("reports an untranslated article with the languages it exists in", async () => {
    const lookup = await getArticleBySlug("be", demoSlug(articleMissingBelarusian, "en"));
    expect(lookup.kind).toBe("untranslated");
    if (lookup.kind !== "untranslated") return;
    expect(lookup.translations.map((t) => t.locale)).toEqual(["en", "ru"]);

    const russianGap = await getArticleBySlug("ru", demoSlug(articleMissingRussian, "be"));
    expect(russianGap.kind).toBe("untranslated");
  });

  it.each(["no-such-article", "' or 1=1 --", "<script>alert(1)</script>", "a".repeat(2000)])("answers missing for %j", async (slug) => {
    expect(await getArticleBySlug("en", slug)).toEqual({ kind: "missing" });
  });
});

describe("sections and authors", () => {
  it("lists the sections in their order, named in the locale", async () => {
    const sections = await getSections("be");
    expect(sections.map((s) => s.slug)).toEqual(["security", "domestic-politics", "economy", "belarus-russia", "belarus-west"]);
    expect(sections[0]!.name).toBe("Бяспека");
  });

  it("pages a section's articles", async () => {
    const expected = demoIssues.flatMap((i) => i.articles).filter((a) => a.section === "economy" && a.translations.ru).length;
    const first = await getSectionPage("ru", "economy", 1);
    expect(first?.section.name).toBe("Экономика");
    expect(first?.articles.total).toBe(expected);
    expect(first?.articles.items.length).toBe(Math.min(expected, LIST_PAGE_SIZE));
    expect(first?.articles.totalPages).toBe(Math.ceil(expected / LIST_PAGE_SIZE));
  });

  it("returns null for an unknown section", async () => {
    expect(await getSectionPage("en", "weather", 1)).toBeNull();
  });

  it("lists an author's articles, co-written ones included", async () => {
    const slug = fullyTranslatedArticle.authors[0]!;
    const expected = demoIssues.flatMap((i) => i.articles).filter((a) => a.authors.includes(slug)).length;
    const page = await getAuthorPage("en", slug, 1);
    expect(page?.articles.total).toBe(expected);
    expect(page?.author.bio).not.toBe("");
  });
});

describe("feeds and sitemap", () => {
  it("gives the newest articles of a locale for its feed", async () => {
    const feed = await getFeedArticles("en", 5);
    expect(feed).toHaveLength(5);
    expect(feed[0]!.issueWeekStart).toBe(demoIssues.at(-1)!.weekStart);
  });

  it("lists every published translation with its alternates", async () => {
    const data = await getSitemapData();
    const articleCount = demoIssues.reduce((sum, issue) => sum + issue.articles.length, 0);
    expect(data.articles).toHaveLength(articleCount);
    expect(data.issues).toHaveLength(demoIssues.length);
    const partial = data.articles.filter((a) => a.translations.length < 3);
    expect(partial.length).toBeGreaterThan(0);
  });
});
