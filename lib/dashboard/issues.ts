import "server-only";
import { and, eq, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, issues } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import { mondayOf } from "@/lib/dates/week";

export type IssueStatus = "draft" | "scheduled" | "published";

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

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/**
 * Publishes the issue itself. Its articles keep their own status: an article's "published" is the
 * editor's approval (publishArticle), so only the approved ones become public with the issue.
 * Returns the cache tags the change touches, or null when there is no such (due) issue.
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
    return issue ? publicIssueTags(tx, id) : null;
  });
}

/** Takes the issue off the site (back to draft); its articles keep their approval for next time. */
export async function unpublishIssue(id: number): Promise<string[] | null> {
  return getDb().transaction(async (tx) => {
    const [before] = await tx.select({ status: issues.status }).from(issues).where(eq(issues.id, id)).for("update");
    if (!before) return null;
    await tx
      .update(issues)
      .set({ status: "draft", scheduledAt: null, updatedAt: new Date(), version: sql`${issues.version} + 1` })
      .where(eq(issues.id, id));
    return before.status === "published" ? publicIssueTags(tx, id) : [];
  });
}

export type ScheduleOutcome = "done" | "notFound" | "published";

/** Sets (or moves) the publication time of a draft or scheduled issue; a published one is refused. */
export async function scheduleIssue(id: number, at: Date): Promise<ScheduleOutcome> {
  return changeUnpublished(id, { status: "scheduled", scheduledAt: at });
}

/** Cancels the schedule: the issue goes back to draft. A published issue is refused. */
export async function unscheduleIssue(id: number): Promise<ScheduleOutcome> {
  return changeUnpublished(id, { status: "draft", scheduledAt: null });
}

/** Neither change touches anything public: only unpublished issues qualify. */
async function changeUnpublished(
  id: number,
  change: { status: "draft" | "scheduled"; scheduledAt: Date | null },
): Promise<ScheduleOutcome> {
  return getDb().transaction(async (tx) => {
    const [before] = await tx.select({ status: issues.status }).from(issues).where(eq(issues.id, id)).for("update");
    if (!before) return "notFound";
    if (before.status === "published") return "published";
    await tx
      .update(issues)
      .set({ ...change, updatedAt: new Date(), version: sql`${issues.version} + 1` })
      .where(eq(issues.id, id));
    return "done";
  });
}

/** Scheduled issues whose time has come; the scheduler publishes each. */
export async function dueIssueIds(now = new Date()): Promise<number[]> {
  const rows = await getDb()
    .select({ id: issues.id })
    .from(issues)
    .where(and(eq(issues.status, "scheduled"), lte(issues.scheduledAt, now)));
  return rows.map((row) => row.id);
}

/** The issue's own pages, and those of its published articles (only they appear or vanish with it). */
async function publicIssueTags(tx: Tx, issueId: number): Promise<string[]> {
  const shown = await tx
    .select({ id: articles.id, sectionId: articles.sectionId })
    .from(articles)
    .where(and(eq(articles.issueId, issueId), eq(articles.status, "published")));
  return [
    cacheTags.issues,
    cacheTags.issue(issueId),
    ...shown.map((a) => cacheTags.article(a.id)),
    ...shown.map((a) => cacheTags.section(a.sectionId)),
  ];
}
