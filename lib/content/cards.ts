import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { getDb } from "@/db/client";
import {
  articleAuthors,
  articles,
  articleTranslations,
  authors,
  authorTranslations,
  issues,
  sections,
  sectionTranslations,
} from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { Locale } from "@/lib/i18n/routing";
import { isPublicArticle, readyTranslationIn, sectionNameIn, toIso } from "./published";
import type { ArticleCard, AuthorRef, Page } from "./types";

/** Articles per page on section, tag and author pages. */
export const LIST_PAGE_SIZE = 10;

interface CardQuery {
  locale: Locale;
  where?: SQL;
  orderBy: SQL[];
  limit?: number;
  offset?: number;
}

/** Public article teasers in one locale, with section and ordered byline. */
export async function loadCards({ locale, where, orderBy, limit, offset }: CardQuery): Promise<ArticleCard[]> {
  const section = sectionNameIn(locale);
  let query = getDb()
    .select({
      id: articles.id,
      slug: articleTranslations.slug,
      title: articleTranslations.title,
      lead: articleTranslations.lead,
      trend: articles.trend,
      publishedAt: articles.publishedAt,
      sectionId: sections.id,
      sectionSlug: sections.slug,
      sectionName: section.name,
      issueWeekStart: issues.weekStart,
    })
    .from(articles)
    .innerJoin(articleTranslations, readyTranslationIn(locale))
    .innerJoin(issues, eq(issues.id, articles.issueId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(sectionTranslations, section.join)
    .where(and(isPublicArticle, where))
    .orderBy(...orderBy)
    .$dynamic();
  if (limit !== undefined) query = query.limit(limit);
  if (offset !== undefined) query = query.offset(offset);
  const rows = await query;

  const bylines = await loadBylines(
    rows.map((row) => row.id),
    locale,
  );
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    trend: row.trend,
    publishedAt: toIso(row.publishedAt),
    section: { id: row.sectionId, slug: row.sectionSlug, name: row.sectionName },
    authors: bylines.get(row.id) ?? [],
    issueWeekStart: row.issueWeekStart,
  }));
}

export async function loadBylines(articleIds: number[], locale: Locale): Promise<Map<number, AuthorRef[]>> {
  const bylines = new Map<number, AuthorRef[]>();
  if (articleIds.length === 0) return bylines;
  const rows = await getDb()
    .select({
      articleId: articleAuthors.articleId,
      slug: authors.slug,
      name: sql<string>`coalesce(${authorTranslations.name}, ${authors.slug})`,
    })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .leftJoin(authorTranslations, and(eq(authorTranslations.authorId, authors.id), eq(authorTranslations.locale, locale)))
    .where(inArray(articleAuthors.articleId, articleIds))
    .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position));
  for (const row of rows) {
    const list = bylines.get(row.articleId) ?? [];
    list.push({ slug: row.slug, name: row.name });
    bylines.set(row.articleId, list);
  }
  return bylines;
}

/** Lets a list's cache entry be invalidated when any article on it changes. */
export function tagCards(cards: ArticleCard[]): void {
  if (cards.length > 0) cacheTag(...cards.map((card) => cacheTags.article(card.id)));
}

/** Total rows for pagination, under the same visibility rules as loadCards. */
export async function countCards(locale: Locale, where?: SQL): Promise<number> {
  const [row] = await getDb()
    .select({ count: sql<number>`count(*)::int` })
    .from(articles)
    .innerJoin(articleTranslations, readyTranslationIn(locale))
    .innerJoin(issues, eq(issues.id, articles.issueId))
    .where(and(isPublicArticle, where));
  return row?.count ?? 0;
}

/** One page of the public articles matching `where`, newest first: the section, tag and author lists. */
export async function newestCardsPage(locale: Locale, where: SQL, page: number): Promise<Page<ArticleCard>> {
  const total = await countCards(locale, where);
  const items = await loadCards({
    locale,
    where,
    orderBy: [desc(articles.publishedAt), desc(articles.id)],
    limit: LIST_PAGE_SIZE,
    offset: (page - 1) * LIST_PAGE_SIZE,
  });
  tagCards(items);
  return { items, page, total, totalPages: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) };
}
