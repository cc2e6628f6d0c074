"use server";

import { getTranslations } from "next-intl/server";
import { saveTranslation as save, type StoredTranslation } from "@/lib/dashboard/translations";
import { translationSchema } from "@/lib/validation/articles";
import { editorAction } from "../editor-action";
import { invalidateIfPublic } from "./invalidate-article";

/** Saves one language of an article; a save based on an old version is refused with the newer text. */
export const saveTranslation = editorAction({ schema: translationSchema, role: "author" }, async (input, user) => {
  const [t, te] = await Promise.all([getTranslations("Actions"), getTranslations("ArticleEditor")]);
  const { articleId, locale, baseVersion, ...draft } = input;
  // The ownership check runs inside the write's transaction (see saveTranslation in lib/dashboard).
  const outcome = await save(articleId, locale, baseVersion, draft, user);
  if (outcome.kind === "notFound") return { ok: false, message: t("notFound") };
  if (outcome.kind === "slugTaken") return { ok: false, message: te("slugTaken"), errors: { slug: [te("slugTaken")] } };
  if (outcome.kind === "conflict") return { ok: false, message: te("conflict"), conflict: outcome.current };
  invalidateIfPublic(outcome.article);
  return { ok: true, message: te("saved"), data: outcome.translation satisfies StoredTranslation };
});
