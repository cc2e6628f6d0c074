"use server";

import { getTranslations } from "next-intl/server";
import { getArticleForEdit } from "@/lib/dashboard/article-access";
import { getRevision as loadRevision, listRevisions as loadRevisions } from "@/lib/dashboard/revisions";
import { loadTranslations, saveTranslation } from "@/lib/dashboard/translations";
import { restoreRevisionSchema, revisionSchema, revisionsSchema } from "@/lib/validation/articles";
import { editorAction } from "../editor-action";
import { invalidateIfPublic } from "./invalidate-article";

export const listRevisions = editorAction({ schema: revisionsSchema, role: "author" }, async ({ articleId, locale }, user) => {
  const t = await getTranslations("Actions");
  if (!(await getArticleForEdit(articleId, user))) return { ok: false, message: t("notFound") };
  return { ok: true, data: await loadRevisions(articleId, locale) };
});

export const getRevision = editorAction({ schema: revisionSchema, role: "author" }, async ({ articleId, revisionId }, user) => {
  const t = await getTranslations("Actions");
  if (!(await getArticleForEdit(articleId, user))) return { ok: false, message: t("notFound") };
  const revision = await loadRevision(articleId, revisionId);
  if (!revision) return { ok: false, message: t("notFound") };
  return { ok: true, data: { ...revision, savedAt: revision.savedAt.toISOString() } };
});

/**
 * Restoring saves the old text as a new version (and a new revision); nothing is lost. Whether this
 * user may still edit the article is decided inside the save's transaction, not before it.
 */
export const restoreRevision = editorAction(
  { schema: restoreRevisionSchema, role: "author" },
  async ({ articleId, revisionId, baseVersion }, user) => {
    const [t, te] = await Promise.all([getTranslations("Actions"), getTranslations("ArticleEditor")]);
    const revision = await loadRevision(articleId, revisionId);
    if (!revision) return { ok: false, message: t("notFound") };
    const current = (await loadTranslations(articleId)).find((tr) => tr.locale === revision.locale);
    const outcome = await saveTranslation(
      articleId,
      revision.locale,
      baseVersion,
      {
        title: revision.title,
        slug: revision.slug,
        lead: revision.lead,
        body: revision.body,
        seoDescription: revision.seoDescription,
        status: current?.status ?? "draft",
      },
      user,
    );
    if (outcome.kind === "notFound") return { ok: false, message: t("notFound") };
    if (outcome.kind === "slugTaken") return { ok: false, message: te("slugTaken") };
    if (outcome.kind === "conflict") return { ok: false, message: te("conflict"), conflict: outcome.current };
    invalidateIfPublic(outcome.article);
    return { ok: true, message: te("restored", { version: revision.version }), data: outcome.translation };
  },
);
