"use server";

import { eq } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { issues, sections } from "@/db/schema";
import { createArticle as create } from "@/lib/dashboard/articles";
import { createArticleSchema } from "@/lib/validation/articles";
import { editorAction } from "../editor-action";

/** A new draft article in an issue; the byline starts empty and the creator owns it. */
export const createArticle = editorAction({ schema: createArticleSchema, role: "author" }, async ({ issueId, sectionId }, user) => {
  const t = await getTranslations("Actions");
  const db = getDb();
  const [[issue], [section]] = await Promise.all([
    db.select({ id: issues.id }).from(issues).where(eq(issues.id, issueId)),
    db.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId)),
  ]);
  if (!issue || !section) return { ok: false, message: t("notFound") };
  const articleId = await create({ issueId, sectionId, userId: user.id, authorIds: [] });
  return { ok: true, data: { articleId } };
});
