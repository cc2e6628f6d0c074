"use server";

import { getTranslations } from "next-intl/server";
import { cacheTags } from "@/lib/cache/tags";
import { invalidate } from "@/lib/cache/invalidate";
import { getArticleForEdit } from "@/lib/dashboard/article-access";
import { saveTranslation as save, type StoredTranslation } from "@/lib/dashboard/translations";
import { translationSchema } from "@/lib/validation/articles";
import { editorAction } from "../editor-action";

/** Saves one language of an article; a save based on an old version is refused with the newer text. */
export const saveTranslation = editorAction({ schema: translationSchema, role: "author" }, async (input, user) => {
  const [t, te] = await Promise.all([getTranslations("Actions"), getTranslations("ArticleEditor")]);
  const article = await getArticleForEdit(input.articleId, user);
  if (!article) return { ok: false, message: t("notFound") };
  const { articleId, locale, baseVersion, ...draft } = input;
  const outcome = await save(articleId, locale, baseVersion, draft, user.id);
  if (outcome.kind === "slugTaken") return { ok: false, message: te("slugTaken"), errors: { slug: [te("slugTaken")] } };
  if (outcome.kind === "conflict") return { ok: false, message: te("conflict"), conflict: outcome.current };
  if (article.status === "published") {
    invalidate([cacheTags.article(articleId), cacheTags.issue(article.issueId), cacheTags.section(article.sectionId), cacheTags.issues]);
  }
  return { ok: true, message: te("saved"), data: outcome.translation satisfies StoredTranslation };
});
