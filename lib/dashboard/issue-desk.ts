import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  articles,
  articleTranslations,
  authors,
  authorTranslations,
  issues,
  sections,
  sectionTranslations,
  tags,
  tagTranslations,
} from "@/db/schema";
import { routing, type Locale } from "@/lib/i18n/routing";

export type TranslationState = "missing" | "draft" | "ready";

export interface DeskArticle {
  id: number;
  sectionId: number;
  position: number;
  status: "draft" | "scheduled" | "published";
  createdById: number | null;
  /** A title to show: the UI language's, else the first that exists. */
  title: string;
  states: Record<Locale, TranslationState>;
}

export interface Option {
  id: number;
  label: string;
}

export async function loadIssueDesk(issueId: number, uiLocale: Locale) {
  const db = getDb();
  const [issue] = await db
    .select({
      id: issues.id,
      number: issues.number,
      weekStart: issues.weekStart,
      weekEnd: issues.weekEnd,
      status: issues.status,
      scheduledAt: issues.scheduledAt,
      version: issues.version,
    })
    .from(issues)
    .where(eq(issues.id, issueId));
  if (!issue) return null;
  const [rows, translations, sectionOptions] = await Promise.all([
    db
      .select({
        id: articles.id,
        sectionId: articles.sectionId,
        position: articles.position,
        status: articles.status,
        createdById: articles.createdById,
      })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(eq(articles.issueId, issueId))
      .orderBy(asc(sections.position), asc(articles.position), asc(articles.id)),
    db
      .select({
        articleId: articleTranslations.articleId,
        locale: articleTranslations.locale,
        title: articleTranslations.title,
        status: articleTranslations.status,
      })
      .from(articleTranslations)
      .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
      .where(eq(articles.issueId, issueId)),
    listSectionOptions(uiLocale),
  ]);
  const deskArticles: DeskArticle[] = rows.map((row) => {
    const own = translations.filter((t) => t.articleId === row.id);
    const states = Object.fromEntries(routing.locales.map((l) => [l, own.find((t) => t.locale === l)?.status ?? "missing"])) as Record<
      Locale,
      TranslationState
    >;
    const title = (own.find((t) => t.locale === uiLocale) ?? own[0])?.title ?? "";
    return { ...row, title, states };
  });
  return { issue: { ...issue, scheduledAt: issue.scheduledAt?.toISOString() ?? null }, articles: deskArticles, sections: sectionOptions };
}

export async function listSectionOptions(locale: Locale): Promise<Option[]> {
  return getDb()
    .select({ id: sections.id, label: sql<string>`coalesce(${sectionTranslations.name}, ${sections.slug})` })
    .from(sections)
    .leftJoin(sectionTranslations, and(eq(sectionTranslations.sectionId, sections.id), eq(sectionTranslations.locale, locale)))
    .orderBy(asc(sections.position));
}

export async function listAuthorOptions(locale: Locale): Promise<Option[]> {
  return getDb()
    .select({ id: authors.id, label: sql<string>`coalesce(${authorTranslations.name}, ${authors.slug})` })
    .from(authors)
    .leftJoin(authorTranslations, and(eq(authorTranslations.authorId, authors.id), eq(authorTranslations.locale, locale)))
    .orderBy(asc(authors.slug));
}

export async function listTagOptions(locale: Locale): Promise<Option[]> {
  return getDb()
    .select({ id: tags.id, label: sql<string>`coalesce(${tagTranslations.name}, ${tags.slug})` })
    .from(tags)
    .leftJoin(tagTranslations, and(eq(tagTranslations.tagId, tags.id), eq(tagTranslations.locale, locale)))
    .orderBy(asc(tags.slug));
}
