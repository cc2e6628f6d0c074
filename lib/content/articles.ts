import "server-only";
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { getDb } from "@/db/client";
import { articles, articleTags, articleTranslations, issues, sections, sectionTranslations, tags, tagTranslations } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import { routing, type Locale } from "@/lib/i18n/routing";
import { loadBylines, loadCards, tagCards } from "./cards";
import { isPublicArticle, sectionNameIn, toIso } from "./published";
import type { ArticleCard, ArticleDetail, ArticleLookup, TagRef, TranslationLink } from "./types";

/**
 * Resolves a slug in a locale. A slug of another language's translation is "moved" to this
 * locale's slug, or "untranslated" when the article has no translation here.
 */
export async function getArticleBySlug(locale: Locale, slug: string): Promise<ArticleLookup> {
  "use cache";
  const matches = await getDb()
    .select({ articleId: articleTranslations.articleId, locale: articleTranslations.locale })
    .from(articleTranslations)
    .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
    .innerJoin(issues, eq(issues.id, articles.issueId))
    .where(and(isPublicArticle, eq(articleTranslations.slug, slug), eq(articleTranslations.status, "ready")));
  const match = matches.find((row) => row.locale === locale) ?? matches[0];
  if (!match) {
    cacheTag(cacheTags.issues);
    return { kind: "missing" };
  }
  cacheTag(cacheTags.article(match.articleId));

  const translations = await loadTranslationLinks(match.articleId);
  const here = translations.find((t) => t.locale === locale);
  if (!here) return { kind: "untranslated", translations };
  if (here.slug !== slug) return { kind: "moved", slug: here.slug };
  const article = await loadArticleDetail(match.articleId, locale, translations);
  if (!article) return { kind: "missing" };
  cacheTag(cacheTags.issue(article.issue.id), cacheTags.section(article.section.id));
  return { kind: "found", article };
}

async function loadTranslationLinks(articleId: number): Promise<TranslationLink[]> {
  const rows = await getDb()
    .select({ locale: articleTranslations.locale, slug: articleTranslations.slug, title: articleTranslations.title })
    .from(articleTranslations)
    .where(and(eq(articleTranslations.articleId, articleId), eq(articleTranslations.status, "ready")));
  return routing.locales.flatMap((locale) => rows.filter((row) => row.locale === locale));
}

/**
 * An article in one language as readers get it. `scope: "any"` also finds one that is not
 * public, for an editor's preview; a date it does not have yet reads as now.
 */
export async function loadArticleDetail(
  articleId: number,
  locale: Locale,
  translations: TranslationLink[],
  scope: "public" | "any" = "public",
): Promise<ArticleDetail | null> {
  const section = sectionNameIn(locale);
  const [row] = await getDb()
    .select({
      id: articles.id,
      trend: articles.trend,
      publishedAt: articles.publishedAt,
      updatedAt: sql<Date>`greatest(${articles.updatedAt}, ${articleTranslations.updatedAt})`,
      slug: articleTranslations.slug,
      title: articleTranslations.title,
      lead: articleTranslations.lead,
      body: articleTranslations.body,
      seoDescription: articleTranslations.seoDescription,
      sectionId: sections.id,
      sectionSlug: sections.slug,
      sectionName: section.name,
      issueId: issues.id,
      issueNumber: issues.number,
      weekStart: issues.weekStart,
      weekEnd: issues.weekEnd,
      issuePublishedAt: issues.publishedAt,
    })
    .from(articles)
    .innerJoin(articleTranslations, and(eq(articleTranslations.articleId, articles.id), eq(articleTranslations.locale, locale)))
    .innerJoin(issues, eq(issues.id, articles.issueId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(sectionTranslations, section.join)
    .where(and(eq(articles.id, articleId), scope === "public" ? isPublicArticle : undefined));
  if (!row) return null;

  const [bylines, tagRefs] = await Promise.all([loadBylines([articleId], locale), loadTags(articleId, locale)]);
  // A preview shows an unpublished article as if it were published now.
  const dateOrNow = (value: Date | null) => toIso(scope === "any" ? (value ?? new Date()) : value);
  return {
    id: row.id,
    locale,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    body: row.body,
    seoDescription: row.seoDescription,
    trend: row.trend,
    publishedAt: dateOrNow(row.publishedAt),
    updatedAt: toIso(row.updatedAt),
    section: { id: row.sectionId, slug: row.sectionSlug, name: row.sectionName },
    authors: bylines.get(articleId) ?? [],
    tags: tagRefs,
    issueWeekStart: row.weekStart,
    issue: {
      id: row.issueId,
      number: row.issueNumber,
      weekStart: row.weekStart,
      weekEnd: row.weekEnd,
      publishedAt: dateOrNow(row.issuePublishedAt),
    },
    translations,
  };
}

async function loadTags(articleId: number, locale: Locale): Promise<TagRef[]> {
  return getDb()
    .select({ slug: tags.slug, name: sql<string>`coalesce(${tagTranslations.name}, ${tags.slug})` })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .leftJoin(tagTranslations, and(eq(tagTranslations.tagId, tags.id), eq(tagTranslations.locale, locale)))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.slug));
}

/**
 * "Read more": other articles in this locale, those sharing the most tags first, then those of the
 * same section, then the newest. Tags come from the caller so a draft's preview ranks by its own.
 */
export async function getReadMore(
  locale: Locale,
  article: { id: number; sectionId: number; tagSlugs: string[] },
  limit = 4,
): Promise<ArticleCard[]> {
  "use cache";
  cacheTag(cacheTags.article(article.id), cacheTags.section(article.sectionId), cacheTags.issues);
  const cards = await loadCards({
    locale,
    where: ne(articles.id, article.id),
    orderBy: [
      ...(article.tagSlugs.length > 0 ? [desc(sharedTagCount(article.tagSlugs))] : []),
      desc(eq(articles.sectionId, article.sectionId)),
      desc(articles.publishedAt),
      desc(articles.id),
    ],
    limit,
  });
  tagCards(cards);
  return cards;
}

function sharedTagCount(tagSlugs: string[]): SQL<number> {
  return sql<number>`(select count(*) from ${articleTags} inner join ${tags} on ${tags.id} = ${articleTags.tagId}
    where ${articleTags.articleId} = ${articles.id} and ${inArray(tags.slug, tagSlugs)})`;
}
