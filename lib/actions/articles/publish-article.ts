"use server";

import { getTranslations } from "next-intl/server";
import { invalidate } from "@/lib/cache/invalidate";
import { getArticleForEdit } from "@/lib/dashboard/article-access";
import { setArticlePublished } from "@/lib/dashboard/articles";
import { articleIdSchema } from "@/lib/validation/articles";
import { editorAction } from "../editor-action";

async function setPublished(articleId: number, publish: boolean, user: Parameters<typeof getArticleForEdit>[1]) {
  const [t, te] = await Promise.all([getTranslations("Actions"), getTranslations("ArticleEditor")]);
  if (!(await getArticleForEdit(articleId, user))) return { ok: false as const, message: t("notFound") };
  const result = await setArticlePublished(articleId, publish);
  if ("refused" in result) return { ok: false as const, message: te("noReadyTranslation") };
  invalidate(result.tags);
  return { ok: true as const, message: publish ? te("publishedNotice") : te("unpublishedNotice") };
}

export const publishArticle = editorAction({ schema: articleIdSchema, role: "editor" }, ({ articleId }, user) =>
  setPublished(articleId, true, user),
);

export const unpublishArticle = editorAction({ schema: articleIdSchema, role: "editor" }, ({ articleId }, user) =>
  setPublished(articleId, false, user),
);
