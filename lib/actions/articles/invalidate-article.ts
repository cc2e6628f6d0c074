import "server-only";
import { invalidate } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import type { ArticleHandle } from "@/lib/dashboard/article-access";

/** A published article's pages show its text; a change to an unpublished one touches nothing public. */
export function invalidateIfPublic(article: Pick<ArticleHandle, "id" | "issueId" | "sectionId" | "status">, extra: string[] = []): void {
  if (article.status !== "published") return;
  invalidate([
    cacheTags.article(article.id),
    cacheTags.issue(article.issueId),
    cacheTags.section(article.sectionId),
    cacheTags.issues,
    ...extra,
  ]);
}
