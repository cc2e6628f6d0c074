import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { issues } from "@/db/schema";
import { formatWeekRange } from "@/lib/dates/week";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { IssueStatus } from "./issues";

export const DESK_PAGE_SIZE = 20;

export interface DeskIssue {
  id: number;
  number: number;
  weekStart: string;
  weekEnd: string;
  /** The week in the editor's language, formatted here: browsers ship month names for their own UI languages only (Chromium has none for Belarusian). */
  weekLabel: string;
  status: IssueStatus;
  scheduledAt: string | null;
  publishedAt: string | null;
  articleCount: number;
  /** Ready translations out of articles × languages. */
  translationsReady: number;
  version: number;
}

export interface DeskIssueFilter {
  status?: IssueStatus;
  year?: number;
  page: number;
}

export async function listDeskIssues(filter: DeskIssueFilter, locale: Locale) {
  const db = getDb();
  const where = and(
    filter.status ? eq(issues.status, filter.status) : undefined,
    filter.year ? sql`extract(year from ${issues.weekStart}) = ${filter.year}` : undefined,
  );
  const [[total], rows, years] = await Promise.all([
    db.select({ value: count() }).from(issues).where(where),
    db
      .select({
        id: issues.id,
        number: issues.number,
        weekStart: issues.weekStart,
        weekEnd: issues.weekEnd,
        status: issues.status,
        scheduledAt: issues.scheduledAt,
        publishedAt: issues.publishedAt,
        version: issues.version,
        // Raw names: drizzle drops table qualifiers inside select-list subqueries.
        articleCount: sql<number>`(select count(*)::int from articles a where a.issue_id = issues.id)`,
        translationsReady: sql<number>`(select count(*)::int from article_translations t join articles a on a.id = t.article_id where a.issue_id = issues.id and t.status = 'ready')`,
      })
      .from(issues)
      .where(where)
      .orderBy(desc(issues.weekStart))
      .limit(DESK_PAGE_SIZE)
      .offset((filter.page - 1) * DESK_PAGE_SIZE),
    db
      .selectDistinct({ year: sql<number>`extract(year from ${issues.weekStart})::int` })
      .from(issues)
      .orderBy(sql`1 desc`),
  ]);
  return {
    items: rows.map((row): DeskIssue => ({
      ...row,
      weekLabel: formatWeekRange(locale, row.weekStart, row.weekEnd),
      scheduledAt: row.scheduledAt?.toISOString() ?? null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
    })),
    total: total?.value ?? 0,
    page: filter.page,
    totalPages: Math.max(1, Math.ceil((total?.value ?? 0) / DESK_PAGE_SIZE)),
    years: years.map((row) => row.year),
    languages: routing.locales.length,
  };
}
