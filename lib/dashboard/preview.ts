import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTranslations, issues, sections, sectionTranslations, tags, tagTranslations, articleTags } from "@/db/schema";
import { loadBylines } from "@/lib/content/cards";
import { toIso } from "@/lib/content/published";
import type { ArticleDetail, TranslationLink } from "@/lib/content/types";
import type { Locale } from "@/lib/i18n/routing";

/** An article as readers would get it, whatever its status; callers check getArticleForView first. */
export async function loadPreview(
  articleId: number,
  locale: Locale,
): Promise<{ article: ArticleDetail | null; translations: TranslationLink[] }> {
  const db = getDb();
  const translations = (
    await db
      .select({ locale: articleTranslations.locale, slug: articleTranslations.slug, title: articleTranslations.title })
      .from(articleTranslations)
      .where(eq(articleTranslations.articleId, articleId))
  ).sort((a, b) => ["en", "be", "ru"].indexOf(a.locale) - ["en", "be", "ru"].indexOf(b.locale));
  const [row] = await db
    .select({
      id: articles.id,
      trend: articles.trend,
      publishedAt: articles.publishedAt,
      updatedAt: articleTranslations.updatedAt,
      slug: articleTranslations.slug,
      title: articleTranslations.title,
      lead: articleTranslations.lead,
      body: articleTranslations.body,
      seoDescription: articleTranslations.seoDescription,
      sectionId: sections.id,
      sectionSlug: sections.slug,
      sectionName: sql<string>`coalesce(${sectionTranslations.name}, ${sections.slug})`,
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
    .leftJoin(sectionTranslations, and(eq(sectionTranslations.sectionId, sections.id), eq(sectionTranslations.locale, locale)))
    .where(eq(articles.id, articleId));
  if (!row) return { article: null, translations };
  const [bylines, tagRefs] = await Promise.all([
    loadBylines([articleId], locale),
    db
      .select({ slug: tags.slug, name: sql<string>`coalesce(${tagTranslations.name}, ${tags.slug})` })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .leftJoin(tagTranslations, and(eq(tagTranslations.tagId, tags.id), eq(tagTranslations.locale, locale)))
      .where(eq(articleTags.articleId, articleId)),
  ]);
  const now = new Date().toISOString();
  return {
    translations,
    article: {
      id: row.id,
      locale,
      slug: row.slug,
      title: row.title,
      lead: row.lead,
      body: row.body,
      seoDescription: row.seoDescription,
      trend: row.trend,
      publishedAt: row.publishedAt ? toIso(row.publishedAt) : now,
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
        publishedAt: row.issuePublishedAt ? toIso(row.issuePublishedAt) : now,
      },
      translations,
    },
  };
}
