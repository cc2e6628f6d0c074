"use server";

import { getTranslations } from "next-intl/server";
import { invalidate } from "@/lib/cache/invalidate";
import { getArticleForEdit } from "@/lib/dashboard/article-access";
import { saveArticleMeta as save } from "@/lib/dashboard/articles";
import { articleMetaSchema } from "@/lib/validation/articles";
import { editorAction } from "../editor-action";

export const saveArticleMeta = editorAction({ schema: articleMetaSchema, role: "author" }, async (input, user) => {
  const [t, te] = await Promise.all([getTranslations("Actions"), getTranslations("ArticleEditor")]);
  const article = await getArticleForEdit(input.articleId, user);
  if (!article) return { ok: false, message: t("notFound") };
  const tags = await save(input.articleId, input.baseVersion, input);
  if (!tags) return { ok: false, message: te("metaConflict") };
  if (article.status === "published") invalidate(tags);
  return { ok: true, message: te("saved"), data: { version: input.baseVersion + 1 } };
});
