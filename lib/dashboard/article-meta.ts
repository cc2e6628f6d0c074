import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleAuthors, articles, articleTags, authors, issues, sections, tags } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/users";
import { cacheTags } from "@/lib/cache/tags";
import type { Trend } from "@/lib/content/types";
import { lockArticleForEdit, type ArticleHandle, type Tx } from "./article-access";

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

export type MetaInput = { sectionId: number; trend: Trend; authorIds: number[]; tagIds: number[] };
export type MetaField = "sectionId" | "authorIds" | "tagIds";
export type MetaOutcome =
  | { kind: "saved"; version: number; tags: string[]; article: ArticleHandle }
  | { kind: "notFound" }
  | { kind: "conflict" }
  | { kind: "missing"; fields: MetaField[] };

/**
 * Section, trend, byline and tags, if this user may still edit the article, nobody changed them
 * since `baseVersion`, and every chosen section, author and tag still exists.
 */
export async function saveArticleMeta(articleId: number, baseVersion: number, input: MetaInput, user: SessionUser): Promise<MetaOutcome> {
  return getDb().transaction(async (tx) => {
    const article = await lockArticleForEdit(tx, articleId, user);
    if (!article) return { kind: "notFound" };
    if (article.version !== baseVersion) return { kind: "conflict" };
    const missing = await missingChoices(tx, input);
    if (missing.length > 0) return { kind: "missing", fields: missing };
    const [row] = await tx
      .update(articles)
      .set({ sectionId: input.sectionId, trend: input.trend, version: sql`${articles.version} + 1`, updatedAt: new Date() })
      .where(eq(articles.id, articleId))
      .returning({ version: articles.version });
    await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
    if (input.authorIds.length > 0) {
      await tx.insert(articleAuthors).values(input.authorIds.map((authorId, position) => ({ articleId, authorId, position })));
    }
    await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
    if (input.tagIds.length > 0) await tx.insert(articleTags).values(input.tagIds.map((tagId) => ({ articleId, tagId })));
    // The old section's pages listed the article too.
    return { kind: "saved", version: row!.version, tags: [cacheTags.section(input.sectionId)], article };
  });
}

/** Chosen ids that no longer exist; the rest are held (key share) so nobody deletes them before we commit. */
async function missingChoices(tx: Tx, input: MetaInput): Promise<MetaField[]> {
  const [sectionRows, authorRows, tagRows] = [
    await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, input.sectionId)).for("key share"),
    input.authorIds.length
      ? await tx.select({ id: authors.id }).from(authors).where(inArray(authors.id, input.authorIds)).for("key share")
      : [],
    input.tagIds.length ? await tx.select({ id: tags.id }).from(tags).where(inArray(tags.id, input.tagIds)).for("key share") : [],
  ];
  const fields: MetaField[] = [];
  if (sectionRows.length === 0) fields.push("sectionId");
  if (authorRows.length !== input.authorIds.length) fields.push("authorIds");
  if (tagRows.length !== input.tagIds.length) fields.push("tagIds");
  return fields;
}
