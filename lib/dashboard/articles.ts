import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleAuthors, articles, articleTranslations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/users";
import { cacheTags } from "@/lib/cache/tags";
import { canView, lockArticle } from "./article-access";

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

/**
 * New order of an issue's articles, each possibly moved to another section. A move changes the
 * article's details, so it takes a new version: an editor with the old details open is then
 * refused instead of silently moving it back.
 */
export async function reorderArticles(issueId: number, order: { articleId: number; sectionId: number }[]): Promise<string[] | null> {
  return getDb().transaction(async (tx) => {
    const current = await tx.select({ id: articles.id, sectionId: articles.sectionId }).from(articles).where(eq(articles.issueId, issueId));
    const ids = new Set(current.map((row) => row.id));
    if (order.length !== ids.size || !order.every((item) => ids.has(item.articleId))) return null;
    for (const [position, item] of order.entries()) {
      await tx
        .update(articles)
        .set({
          position,
          sectionId: item.sectionId,
          version: sql`case when ${articles.sectionId} = ${item.sectionId} then ${articles.version} else ${articles.version} + 1 end`,
          updatedAt: new Date(),
        })
        .where(eq(articles.id, item.articleId));
    }
    return [
      cacheTags.issues,
      cacheTags.issue(issueId),
      ...order.map((item) => cacheTags.article(item.articleId)),
      ...[...new Set([...current, ...order].map((item) => item.sectionId))].map(cacheTags.section),
    ];
  });
}

export type DeleteOutcome = { kind: "deleted"; issueId: number } | { kind: "notFound" } | { kind: "published" };

/**
 * Deletes an unpublished article with its translations, revisions, byline and tags (the foreign
 * keys cascade). Authors may delete their own; a published article must be unpublished first.
 */
export async function deleteArticle(articleId: number, user: SessionUser): Promise<DeleteOutcome> {
  return getDb().transaction(async (tx) => {
    // canView, not canEdit: an author asking to delete their own published article hears why not.
    const article = await lockArticle(tx, articleId);
    if (!article || !canView(article, user)) return { kind: "notFound" };
    if (article.status === "published") return { kind: "published" };
    await tx.delete(articles).where(eq(articles.id, articleId));
    return { kind: "deleted", issueId: article.issueId };
  });
}
