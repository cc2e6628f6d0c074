"use server";

import { getTranslations } from "next-intl/server";
import { invalidate } from "@/lib/cache/invalidate";
import { reorderArticles as reorder } from "@/lib/dashboard/articles";
import { reorderSchema } from "@/lib/validation/articles";
import { editorAction } from "../editor-action";

export const reorderArticles = editorAction({ schema: reorderSchema, role: "editor" }, async ({ issueId, order }) => {
  const [t, te] = await Promise.all([getTranslations("Actions"), getTranslations("ArticleEditor")]);
  const tags = await reorder(issueId, order);
  if (!tags) return { ok: false, message: t("notFound") };
  invalidate(tags);
  return { ok: true, message: te("orderSaved") };
});
