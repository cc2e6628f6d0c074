import "server-only";
import { and, count, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTranslations, issues } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import { mondayOf } from "@/lib/dates/week";
import { routing } from "@/lib/i18n/routing";

export type IssueStatus = "draft" | "scheduled" | "published";
export const DESK_PAGE_SIZE = 20;

export interface DeskIssue {
  id: number;
  number: number;
  weekStart: string;
  weekEnd: string;
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

export async function listDeskIssues(filter: DeskIssueFilter) {
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

export type CreateIssueResult = { ok: true; id: number; number: number; weekStart: string } | { ok: false; weekStart: string };

/** An issue for the week containing `date`; a second issue for the same week is refused. */
export async function createIssueForWeek(date: string): Promise<CreateIssueResult> {
  const weekStart = mondayOf(date);
  return getDb().transaction(async (tx) => {
    const [existing] = await tx.select({ id: issues.id }).from(issues).where(eq(issues.weekStart, weekStart));
    if (existing) return { ok: false, weekStart };
    // Serialize numbering: two editors creating issues at once must not take the same number.
    await tx.execute(sql`lock table ${issues} in share row exclusive mode`);
    const [{ next } = { next: 1 }] = await tx.select({ next: sql<number>`coalesce(max(${issues.number}), 0)::int + 1` }).from(issues);
    const [row] = await tx
      .insert(issues)
      .values({ weekStart, number: next, status: "draft" })
      .onConflictDoNothing()
      .returning({ id: issues.id, number: issues.number });
    return row ? { ok: true, id: row.id, number: row.number, weekStart } : { ok: false, weekStart };
  });
}

/**
 * Publishes an issue and, with it, every article that has at least one ready translation.
 * Returns the cache tags the change touches.
 */
export async function publishIssue(id: number, at = new Date(), options: { onlyIfDue?: boolean } = {}): Promise<string[] | null> {
  // The scheduler passes onlyIfDue, so two servers ticking at once publish an issue once.
  const due = options.onlyIfDue ? and(eq(issues.status, "scheduled"), lte(issues.scheduledAt, at)) : undefined;
  return getDb().transaction(async (tx) => {
    const [issue] = await tx
      .update(issues)
      .set({
        status: "published",
        publishedAt: sql`coalesce(${issues.publishedAt}, ${at.toISOString()}::timestamptz)`,
        scheduledAt: null,
        updatedAt: at,
        version: sql`${issues.version} + 1`,
      })
      .where(and(eq(issues.id, id), due))
      .returning({ id: issues.id });
    if (!issue) return null;
    const publishable = tx
      .select({ id: articleTranslations.articleId })
      .from(articleTranslations)
      .where(eq(articleTranslations.status, "ready"));
    const published = await tx
      .update(articles)
      .set({ status: "published", publishedAt: sql`coalesce(${articles.publishedAt}, ${at.toISOString()}::timestamptz)`, updatedAt: at })
      .where(and(eq(articles.issueId, id), inArray(articles.id, publishable)))
      .returning({ id: articles.id, sectionId: articles.sectionId });
    return issueTags(id, published);
  });
}

export async function unpublishIssue(id: number): Promise<string[] | null> {
  return getDb().transaction(async (tx) => {
    const [issue] = await tx
      .update(issues)
      .set({ status: "draft", scheduledAt: null, updatedAt: new Date(), version: sql`${issues.version} + 1` })
      .where(eq(issues.id, id))
      .returning({ id: issues.id });
    if (!issue) return null;
    const affected = await tx.select({ id: articles.id, sectionId: articles.sectionId }).from(articles).where(eq(articles.issueId, id));
    return issueTags(id, affected);
  });
}

export async function scheduleIssue(id: number, at: Date): Promise<boolean> {
  const [row] = await getDb()
    .update(issues)
    .set({ status: "scheduled", scheduledAt: at, updatedAt: new Date(), version: sql`${issues.version} + 1` })
    .where(eq(issues.id, id))
    .returning({ id: issues.id });
  return Boolean(row);
}

/** Scheduled issues whose time has come; the scheduler publishes each. */
export async function dueIssueIds(now = new Date()): Promise<number[]> {
  const rows = await getDb()
    .select({ id: issues.id })
    .from(issues)
    .where(and(eq(issues.status, "scheduled"), lte(issues.scheduledAt, now)));
  return rows.map((row) => row.id);
}

function issueTags(issueId: number, affected: { id: number; sectionId: number }[]): string[] {
  return [
    cacheTags.issues,
    cacheTags.issue(issueId),
    ...affected.map((a) => cacheTags.article(a.id)),
    ...affected.map((a) => cacheTags.section(a.sectionId)),
  ];
}
