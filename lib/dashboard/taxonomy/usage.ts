import "server-only";
import { asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { articles, articleTranslations, issues } from "@/db/schema";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { ArticleLink } from "./store";
import type { Executor, TermUsage } from "./types";

const EXAMPLES = 3;

/** A condition on `articles`: the article uses term `id`. */
function usedBy(db: Executor, link: ArticleLink, id: number): SQL {
  return inArray(articles.id, db.select({ id: link.articleId }).from(link.table).where(eq(link.termId, id)));
}

/** How many articles use a term, and the latest few with their titles in `locale` where they exist. */
export async function termUsage(db: Executor, link: ArticleLink, id: number, locale: Locale): Promise<TermUsage> {
  const using = usedBy(db, link, id);
  const [[total], latest] = await Promise.all([
    db.select({ value: count() }).from(articles).where(using),
    db
      .select({ id: articles.id, weekStart: issues.weekStart, weekEnd: issues.weekEnd })
      .from(articles)
      .innerJoin(issues, eq(issues.id, articles.issueId))
      .where(using)
      .orderBy(desc(issues.weekStart), asc(articles.position), asc(articles.id))
      .limit(EXAMPLES),
  ]);
  const titles = await titlesOf(
    db,
    latest.map((row) => row.id),
    locale,
  );
  return {
    count: total?.value ?? 0,
    examples: latest.map((row) => ({ title: titles.get(row.id) ?? `#${row.id}`, weekStart: row.weekStart, weekEnd: row.weekEnd })),
  };
}

/** Each article's title in `locale`, else in the first language it has (English, Belarusian, Russian). */
async function titlesOf(db: Executor, articleIds: number[], locale: Locale): Promise<Map<number, string>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db
    .select({ id: articleTranslations.articleId, locale: articleTranslations.locale, title: articleTranslations.title })
    .from(articleTranslations)
    .where(inArray(articleTranslations.articleId, articleIds));
  const preference = [locale, ...routing.locales.filter((l) => l !== locale)];
  // Least preferred first, so the map keeps the preferred title of each article.
  rows.sort((a, b) => preference.indexOf(b.locale) - preference.indexOf(a.locale));
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** The issues whose pages show a term: article pages are tagged with their issue. */
export async function issuesUsing(db: Executor, link: ArticleLink, id: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ id: articles.issueId })
    .from(articles)
    .where(usedBy(db, link, id));
  return rows.map((row) => row.id);
}

/** Articles per term, for the list. */
export async function usageCounts(db: Executor, link: ArticleLink): Promise<Map<number, number>> {
  const rows = await db.select({ id: link.termId, value: count() }).from(link.table).groupBy(link.termId);
  return new Map(rows.map((row) => [Number(row.id), row.value]));
}
