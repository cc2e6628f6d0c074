import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { getDb } from "@/db/client";
import { articles, articleTags, articleTranslations, authors, issues, sections, tags } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { Locale } from "@/lib/i18n/routing";
import { loadCards, tagCards } from "./cards";
import { isPublicArticle, toIso } from "./published";
import type { ArticleCard } from "./types";

export async function getFeedArticles(locale: Locale, limit = 30): Promise<ArticleCard[]> {
  "use cache";
  cacheTag(cacheTags.issues);
  const cards = await loadCards({ locale, orderBy: [desc(articles.publishedAt), desc(articles.id)], limit });
  tagCards(cards);
  return cards;
}

export interface SitemapData {
  issues: { weekStart: string; updatedAt: string }[];
  articles: { id: number; updatedAt: string; translations: { locale: Locale; slug: string }[] }[];
  sections: string[];
  authors: string[];
  /** Tags with at least one public article: an empty tag page is not worth a search engine's visit. */
  tags: string[];
}

export async function getSitemapData(): Promise<SitemapData> {
  "use cache";
  cacheTag(cacheTags.issues, cacheTags.sections, cacheTags.authors, cacheTags.tags);
  const db = getDb();
  const [issueRows, translationRows, sectionRows, authorRows, tagRows] = await Promise.all([
    db
      .select({ weekStart: issues.weekStart, updatedAt: issues.updatedAt })
      .from(issues)
      .where(eq(issues.status, "published"))
      .orderBy(desc(issues.weekStart)),
    db
      .select({
        id: articles.id,
        updatedAt: articleTranslations.updatedAt,
        locale: articleTranslations.locale,
        slug: articleTranslations.slug,
      })
      .from(articleTranslations)
      .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
      .innerJoin(issues, eq(issues.id, articles.issueId))
      .where(and(isPublicArticle, eq(articleTranslations.status, "ready")))
      .orderBy(desc(articles.publishedAt), asc(articles.id)),
    db.select({ slug: sections.slug }).from(sections).orderBy(asc(sections.position)),
    db.select({ slug: authors.slug }).from(authors).orderBy(asc(authors.slug)),
    db
      .selectDistinct({ slug: tags.slug })
      .from(tags)
      .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
      .innerJoin(articles, eq(articles.id, articleTags.articleId))
      .innerJoin(issues, eq(issues.id, articles.issueId))
      .where(isPublicArticle)
      .orderBy(asc(tags.slug)),
  ]);

  const byArticle = new Map<number, SitemapData["articles"][number]>();
  for (const row of translationRows) {
    const entry = byArticle.get(row.id) ?? { id: row.id, updatedAt: toIso(row.updatedAt), translations: [] };
    entry.translations.push({ locale: row.locale, slug: row.slug });
    if (toIso(row.updatedAt) > entry.updatedAt) entry.updatedAt = toIso(row.updatedAt);
    byArticle.set(row.id, entry);
  }
  return {
    issues: issueRows.map((row) => ({ weekStart: row.weekStart, updatedAt: toIso(row.updatedAt) })),
    articles: [...byArticle.values()],
    sections: sectionRows.map((row) => row.slug),
    authors: authorRows.map((row) => row.slug),
    tags: tagRows.map((row) => row.slug),
  };
}
