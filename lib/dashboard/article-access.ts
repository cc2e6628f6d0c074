import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";

export interface ArticleHandle {
  id: number;
  issueId: number;
  sectionId: number;
  status: "draft" | "scheduled" | "published";
  version: number;
  createdById: number | null;
}

type Db = ReturnType<typeof getDb>;
/** A transaction handle, for lookups that must hold the row until the write is done. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const handleColumns = {
  id: articles.id,
  issueId: articles.issueId,
  sectionId: articles.sectionId,
  status: articles.status,
  version: articles.version,
  createdById: articles.createdById,
};

/**
 * The article if this user may change it: editors and admins any, authors only what they wrote.
 * Returns null for "does not exist" and "not yours" alike, so ids cannot be probed.
 */
export async function getArticleForEdit(articleId: number, user: SessionUser): Promise<ArticleHandle | null> {
  const [article] = await getDb().select(handleColumns).from(articles).where(eq(articles.id, articleId));
  return article && canEdit(article, user) ? article : null;
}

/** The article if this user may see it as a draft (the preview): staff any, authors what they wrote. */
export async function getArticleForView(articleId: number, user: SessionUser): Promise<ArticleHandle | null> {
  const [article] = await getDb().select(handleColumns).from(articles).where(eq(articles.id, articleId));
  return article && canView(article, user) ? article : null;
}

/**
 * Inside a write: locks the article row until the transaction ends, so an editor publishing it
 * meanwhile cannot slip between this check and the author's write.
 */
export async function lockArticleForEdit(tx: Tx, articleId: number, user: SessionUser): Promise<ArticleHandle | null> {
  const article = await lockArticle(tx, articleId);
  return article && canEdit(article, user) ? article : null;
}

export async function lockArticle(tx: Tx, articleId: number): Promise<ArticleHandle | null> {
  const [article] = await tx.select(handleColumns).from(articles).where(eq(articles.id, articleId)).for("update");
  return article ?? null;
}

export function canEdit(article: { createdById: number | null; status: string }, user: SessionUser): boolean {
  if (hasRole(user, "editor")) return true;
  return article.createdById === user.id && article.status !== "published";
}

/** Like canEdit, but an author may still look at their own article once an editor has published it. */
export function canView(article: { createdById: number | null }, user: SessionUser): boolean {
  return hasRole(user, "editor") || article.createdById === user.id;
}
