"use server";

import { getTranslations } from "next-intl/server";
import { deleteArticle as remove } from "@/lib/dashboard/articles";
import { articleIdSchema } from "@/lib/validation/articles";
import { editorAction } from "../editor-action";

/**
 * Deletes an unpublished article for good. Nothing public changes (an unpublished article is on
 * no public page), so no cache tag is expired.
 */
export const deleteArticle = editorAction({ schema: articleIdSchema, role: "author" }, async ({ articleId }, user) => {
  const [t, te] = await Promise.all([getTranslations("Actions"), getTranslations("ArticleEditor")]);
  const outcome = await remove(articleId, user);
  if (outcome.kind === "notFound") return { ok: false, message: t("notFound") };
  if (outcome.kind === "published") return { ok: false, message: te("deletePublished") };
  return { ok: true, message: te("deleted"), data: { issueId: outcome.issueId } };
});
