import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { articles, articleTranslations, issues, sections, sectionTranslations } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";

export const isPublishedArticle: SQL = eq(articles.status, "published");
export const isPublishedIssue: SQL = eq(issues.status, "published");

/** An article is public when it and its issue are published; a translation, when it is also ready. */
export const isPublicArticle: SQL = and(isPublishedArticle, isPublishedIssue)!;

export function readyTranslationIn(locale: Locale): SQL {
  return and(
    eq(articleTranslations.articleId, articles.id),
    eq(articleTranslations.locale, locale),
    eq(articleTranslations.status, "ready"),
  )!;
}

export function sectionNameIn(locale: Locale) {
  return {
    join: and(eq(sectionTranslations.sectionId, sections.id), eq(sectionTranslations.locale, locale))!,
    name: sql<string>`coalesce(${sectionTranslations.name}, ${sections.slug})`,
  };
}

export function toIso(value: Date | string | null): string {
  if (value === null) return new Date(0).toISOString();
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
