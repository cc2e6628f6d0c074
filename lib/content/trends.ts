import "server-only";
import { and, asc, between, eq, sql } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { getDb } from "@/db/client";
import { articles, issues } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import { addDays } from "@/lib/dates/week";
import type { Locale } from "@/lib/i18n/routing";
import { cellsFor, type WeekCells } from "@/lib/trends/assessments";
import { weeksBetween, type WeekBounds } from "@/lib/trends/period";
import { isPublicArticle } from "./published";
import { getSections } from "./sections";
import type { SectionRef, Trend } from "./types";

export interface TrendWeek {
  weekStart: string;
  /** Whether an issue came out that week; a week without one has nothing to assess. */
  published: boolean;
}

export interface TrendGrid {
  weeks: TrendWeek[];
  sections: { section: SectionRef; cells: WeekCells }[];
}

export interface SectionTrendLine {
  weeks: TrendWeek[];
  cells: WeekCells;
}

export async function getTrendBounds(): Promise<WeekBounds | null> {
  "use cache";
  cacheTag(cacheTags.issues);
  const [row] = await getDb()
    .select({ first: sql<string | null>`min(${issues.weekStart})::text`, last: sql<string | null>`max(${issues.weekStart})::text` })
    .from(issues)
    .where(eq(issues.status, "published"));
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

/** Every section's assessments in the weeks from `from` to `to` (Mondays), sections in their order. */
export async function getTrends(locale: Locale, from: string, to: string): Promise<TrendGrid> {
  "use cache";
  cacheTag(cacheTags.issues, cacheTags.sections);
  const [sectionList, rows, weeks] = await Promise.all([getSections(locale), loadAssessments(from, to), loadWeeks(from, to)]);
  const starts = weeks.map((week) => week.weekStart);
  return {
    weeks,
    sections: sectionList.map((section) => ({
      section,
      cells: cellsFor(
        starts,
        rows.filter((row) => row.sectionId === section.id),
      ),
    })),
  };
}

/**
 * One section's assessments over `weekCount` weeks up to the section's latest published article
 * (not the latest issue: an issue without this section would otherwise blank the line).
 */
export async function getSectionTrend(sectionId: number, weekCount: number): Promise<SectionTrendLine | null> {
  "use cache";
  cacheTag(cacheTags.issues, cacheTags.section(sectionId));
  const [latest] = await getDb()
    .select({ weekStart: sql<string | null>`max(${issues.weekStart})::text` })
    .from(articles)
    .innerJoin(issues, eq(issues.id, articles.issueId))
    .where(and(isPublicArticle, eq(articles.sectionId, sectionId)));
  const last = latest?.weekStart ?? (await getTrendBounds())?.last;
  if (!last) return null;
  const from = addDays(last, -7 * (weekCount - 1));
  const [rows, weeks] = await Promise.all([loadAssessments(from, last, sectionId), loadWeeks(from, last)]);
  return {
    weeks,
    cells: cellsFor(
      weeks.map((week) => week.weekStart),
      rows,
    ),
  };
}

async function loadWeeks(from: string, to: string): Promise<TrendWeek[]> {
  const rows = await getDb()
    .select({ weekStart: issues.weekStart })
    .from(issues)
    .where(and(eq(issues.status, "published"), between(issues.weekStart, from, to)));
  const published = new Set(rows.map((row) => row.weekStart));
  return weeksBetween(from, to).map((weekStart) => ({ weekStart, published: published.has(weekStart) }));
}

async function loadAssessments(
  from: string,
  to: string,
  sectionId?: number,
): Promise<{ weekStart: string; sectionId: number; trend: Trend }[]> {
  return getDb()
    .select({ weekStart: issues.weekStart, sectionId: articles.sectionId, trend: articles.trend })
    .from(articles)
    .innerJoin(issues, eq(issues.id, articles.issueId))
    .where(
      and(
        isPublicArticle,
        between(issues.weekStart, from, to),
        sql`${articles.trend} <> 'none'`,
        sectionId === undefined ? undefined : eq(articles.sectionId, sectionId),
      ),
    )
    .orderBy(asc(issues.weekStart), asc(articles.position), asc(articles.id));
}
