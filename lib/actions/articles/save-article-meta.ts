"use server";

import { getTranslations } from "next-intl/server";
import { saveArticleMeta as save } from "@/lib/dashboard/article-meta";
import { articleMetaSchema } from "@/lib/validation/articles";
import { editorAction } from "../editor-action";
import { invalidateIfPublic } from "./invalidate-article";

export const saveArticleMeta = editorAction({ schema: articleMetaSchema, role: "author" }, async (input, user) => {
  const [t, te] = await Promise.all([getTranslations("Actions"), getTranslations("ArticleEditor")]);
  // The ownership check runs inside the write's transaction (see saveArticleMeta in lib/dashboard).
  const outcome = await save(input.articleId, input.baseVersion, input, user);
  if (outcome.kind === "notFound") return { ok: false, message: t("notFound") };
  if (outcome.kind === "conflict") return { ok: false, message: te("metaConflict") };
  if (outcome.kind === "missing") {
    return { ok: false, message: te("choiceGone"), errors: Object.fromEntries(outcome.fields.map((field) => [field, [te("choiceGone")]])) };
  }
  invalidateIfPublic(outcome.article, outcome.tags);
  return { ok: true, message: te("saved"), data: { version: outcome.version } };
});
