import "server-only";
import { and, asc, desc, eq, gt, lt, sql } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { getDb } from "@/db/client";
import { articles, issues, sections } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { Locale } from "@/lib/i18n/routing";
import { loadCards, tagCards } from "./cards";
import { isPublicArticle, toIso } from "./published";
import type { ArticleCard, IssueDetail, IssueSummary, Page } from "./types";

const isPublishedIssue = eq(issues.status, "published");
export const ARCHIVE_PAGE_SIZE = 10;

const summaryColumns = {
  id: issues.id,
  number: issues.number,
  weekStart: issues.weekStart,
  weekEnd: issues.weekEnd,
  publishedAt: issues.publishedAt,
};

function toSummary(row: { id: number; number: number; weekStart: string; weekEnd: string; publishedAt: Date | null }): IssueSummary {
  return { ...row, publishedAt: toIso(row.publishedAt) };
}

export async function getLatestIssue(locale: Locale): Promise<IssueDetail | null> {
  "use cache";
  cacheTag(cacheTags.issues);
  const [latest] = await getDb()
    .select({ weekStart: issues.weekStart })
    .from(issues)
    .where(isPublishedIssue)
    .orderBy(desc(issues.weekStart))
    .limit(1);
  return latest ? loadIssueDetail(locale, latest.weekStart) : null;
}

export async function getIssueByWeek(locale: Locale, weekStart: string): Promise<IssueDetail | null> {
  "use cache";
  cacheTag(cacheTags.issues);
  return loadIssueDetail(locale, weekStart);
}

async function loadIssueDetail(locale: Locale, weekStart: string): Promise<IssueDetail | null> {
  const db = getDb();
  const [row] = await db
    .select(summaryColumns)
    .from(issues)
    .where(and(isPublishedIssue, eq(issues.weekStart, weekStart)));
  if (!row) return null;
  cacheTag(cacheTags.issue(row.id));

  const [cards, [total], [previous], [next]] = await Promise.all([
    loadCards({ locale, where: eq(articles.issueId, row.id), orderBy: [asc(sections.position), asc(articles.position)] }),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(articles)
      .innerJoin(issues, eq(issues.id, articles.issueId))
      .where(and(isPublicArticle, eq(articles.issueId, row.id))),
    db
      .select({ weekStart: issues.weekStart })
      .from(issues)
      .where(and(isPublishedIssue, lt(issues.weekStart, weekStart)))
      .orderBy(desc(issues.weekStart))
      .limit(1),
    db
      .select({ weekStart: issues.weekStart })
      .from(issues)
      .where(and(isPublishedIssue, gt(issues.weekStart, weekStart)))
      .orderBy(asc(issues.weekStart))
      .limit(1),
  ]);
  tagCards(cards);
  return {
    ...toSummary(row),
    groups: groupBySection(cards),
    totalArticles: total?.count ?? 0,
    previousWeek: previous?.weekStart ?? null,
    nextWeek: next?.weekStart ?? null,
  };
}

function groupBySection(cards: ArticleCard[]): IssueDetail["groups"] {
  const groups: IssueDetail["groups"] = [];
  for (const card of cards) {
    const last = groups.at(-1);
    if (last?.section.id === card.section.id) last.articles.push(card);
    else groups.push({ section: card.section, articles: [card] });
  }
  return groups;
}

export async function getRecentIssues(limit: number, excludeWeek?: string): Promise<IssueSummary[]> {
  "use cache";
  cacheTag(cacheTags.issues);
  const rows = await getDb()
    .select(summaryColumns)
    .from(issues)
    .where(excludeWeek ? and(isPublishedIssue, sql`${issues.weekStart} <> ${excludeWeek}`) : isPublishedIssue)
    .orderBy(desc(issues.weekStart))
    .limit(limit);
  return rows.map(toSummary);
}

/** Published issues, newest first; the page groups them by year. */
export async function getIssueArchive(page: number): Promise<Page<IssueSummary>> {
  "use cache";
  cacheTag(cacheTags.issues);
  const db = getDb();
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(issues)
    .where(isPublishedIssue);
  const totalPages = Math.max(1, Math.ceil(count / ARCHIVE_PAGE_SIZE));
  if (page > totalPages) return { items: [], page, totalPages, total: count };
  const rows = await db
    .select(summaryColumns)
    .from(issues)
    .where(isPublishedIssue)
    .orderBy(desc(issues.weekStart))
    .limit(ARCHIVE_PAGE_SIZE)
    .offset((page - 1) * ARCHIVE_PAGE_SIZE);
  return { items: rows.map(toSummary), page, totalPages, total: count };
}

/** Whether the demo content is loaded, so the site can say it is sample text. */
export async function hasSampleContent(): Promise<boolean> {
  "use cache";
  cacheTag(cacheTags.issues);
  const [row] = await getDb().select({ id: issues.id }).from(issues).where(eq(issues.isSample, true)).limit(1);
  return Boolean(row);
}
