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

/**
 * The article if this user may change it: editors and admins any, authors only what they wrote.
 * Returns null for "does not exist" and "not yours" alike, so ids cannot be probed.
 */
export async function getArticleForEdit(articleId: number, user: SessionUser): Promise<ArticleHandle | null> {
  const [article] = await getDb()
    .select({
      id: articles.id,
      issueId: articles.issueId,
      sectionId: articles.sectionId,
      status: articles.status,
      version: articles.version,
      createdById: articles.createdById,
    })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!article) return null;
  return canEdit(article, user) ? article : null;
}

export function canEdit(article: { createdById: number | null; status: string }, user: SessionUser): boolean {
  if (hasRole(user, "editor")) return true;
  return article.createdById === user.id && article.status !== "published";
}
