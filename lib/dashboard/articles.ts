import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleAuthors, articles, articleTags, articleTranslations, issues } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { Trend } from "@/lib/content/types";

export interface ArticleMeta {
  id: number;
  issueId: number;
  issueWeekStart: string;
  sectionId: number;
  trend: Trend;
  status: "draft" | "scheduled" | "published";
  version: number;
  authorIds: number[];
  tagIds: number[];
}

export async function loadArticleMeta(articleId: number): Promise<ArticleMeta | null> {
  const db = getDb();
  const [row] = await db
    .select({
      id: articles.id,
      issueId: articles.issueId,
      issueWeekStart: issues.weekStart,
      sectionId: articles.sectionId,
      trend: articles.trend,
      status: articles.status,
      version: articles.version,
    })
    .from(articles)
    .innerJoin(issues, eq(issues.id, articles.issueId))
    .where(eq(articles.id, articleId));
  if (!row) return null;
  const [authorRows, tagRows] = await Promise.all([
    db
      .select({ id: articleAuthors.authorId })
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, articleId))
      .orderBy(asc(articleAuthors.position)),
    db.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId)),
  ]);
  return { ...row, authorIds: authorRows.map((a) => a.id), tagIds: tagRows.map((t) => t.id) };
}

export async function createArticle(input: { issueId: number; sectionId: number; userId: number; authorIds: number[] }): Promise<number> {
  return getDb().transaction(async (tx) => {
    const [{ next } = { next: 0 }] = await tx
      .select({ next: sql<number>`coalesce(max(${articles.position}), -1)::int + 1` })
      .from(articles)
      .where(eq(articles.issueId, input.issueId));
    const [row] = await tx
      .insert(articles)
      .values({ issueId: input.issueId, sectionId: input.sectionId, position: next, createdById: input.userId })
      .returning({ id: articles.id });
    if (input.authorIds.length > 0) {
      await tx.insert(articleAuthors).values(input.authorIds.map((authorId, position) => ({ articleId: row!.id, authorId, position })));
    }
    return row!.id;
  });
}

export type MetaInput = { sectionId: number; trend: Trend; authorIds: number[]; tagIds: number[] };

/** Section, trend, byline and tags, if nobody changed them since `baseVersion`. Returns the tags to expire, or null on conflict. */
export async function saveArticleMeta(articleId: number, baseVersion: number, input: MetaInput): Promise<string[] | null> {
  return getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ sectionId: articles.sectionId, issueId: articles.issueId })
      .from(articles)
      .where(eq(articles.id, articleId));
    const [row] = await tx
      .update(articles)
      .set({ sectionId: input.sectionId, trend: input.trend, version: sql`${articles.version} + 1`, updatedAt: new Date() })
      .where(and(eq(articles.id, articleId), eq(articles.version, baseVersion)))
      .returning({ id: articles.id });
    if (!row || !before) return null;
    await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
    if (input.authorIds.length > 0) {
      await tx.insert(articleAuthors).values(input.authorIds.map((authorId, position) => ({ articleId, authorId, position })));
    }
    await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
    if (input.tagIds.length > 0) await tx.insert(articleTags).values(input.tagIds.map((tagId) => ({ articleId, tagId })));
    return [
      cacheTags.article(articleId),
      cacheTags.issue(before.issueId),
      cacheTags.section(before.sectionId),
      cacheTags.section(input.sectionId),
      cacheTags.issues,
    ];
  });
}

/** Publishing needs at least one ready translation; returns the tags to expire, or a reason. */
export async function setArticlePublished(
  articleId: number,
  publish: boolean,
): Promise<{ tags: string[] } | { refused: "noReadyTranslation" }> {
  return getDb().transaction(async (tx) => {
    if (publish) {
      const [ready] = await tx
        .select({ id: articleTranslations.id })
        .from(articleTranslations)
        .where(and(eq(articleTranslations.articleId, articleId), eq(articleTranslations.status, "ready")))
        .limit(1);
      if (!ready) return { refused: "noReadyTranslation" };
    }
    const [row] = await tx
      .update(articles)
      .set({
        status: publish ? "published" : "draft",
        publishedAt: publish ? sql`coalesce(${articles.publishedAt}, now())` : undefined,
        version: sql`${articles.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(articles.id, articleId))
      .returning({ issueId: articles.issueId, sectionId: articles.sectionId });
    return { tags: [cacheTags.article(articleId), cacheTags.issue(row!.issueId), cacheTags.section(row!.sectionId), cacheTags.issues] };
  });
}

/** New order of an issue's articles, each possibly moved to another section. */
export async function reorderArticles(issueId: number, order: { articleId: number; sectionId: number }[]): Promise<string[] | null> {
  return getDb().transaction(async (tx) => {
    const current = await tx.select({ id: articles.id }).from(articles).where(eq(articles.issueId, issueId));
    const ids = new Set(current.map((row) => row.id));
    if (order.length !== ids.size || !order.every((item) => ids.has(item.articleId))) return null;
    for (const [position, item] of order.entries()) {
      await tx.update(articles).set({ position, sectionId: item.sectionId, updatedAt: new Date() }).where(eq(articles.id, item.articleId));
    }
    return [cacheTags.issues, cacheTags.issue(issueId), ...order.map((item) => cacheTags.article(item.articleId))];
  });
}
