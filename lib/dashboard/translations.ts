import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleRevisions, articleTranslations } from "@/db/schema";
import { lockArticleForEdit, type ArticleHandle } from "./article-access";
import type { SessionUser } from "@/lib/auth/users";
import { sanitizeArticleHtml } from "@/lib/html/sanitize";
import type { Locale } from "@/lib/i18n/routing";

export interface TranslationDraft {
  title: string;
  slug: string;
  lead: string;
  body: string;
  seoDescription: string;
  status: "draft" | "ready";
}

export interface StoredTranslation extends TranslationDraft {
  locale: Locale;
  version: number;
  updatedAt: string;
}

export type SaveOutcome =
  | { kind: "saved"; translation: StoredTranslation; article: ArticleHandle }
  | { kind: "conflict"; current: StoredTranslation }
  | { kind: "slugTaken" }
  | { kind: "notFound" };

const columns = {
  locale: articleTranslations.locale,
  title: articleTranslations.title,
  slug: articleTranslations.slug,
  lead: articleTranslations.lead,
  body: articleTranslations.body,
  seoDescription: articleTranslations.seoDescription,
  status: articleTranslations.status,
  version: articleTranslations.version,
  updatedAt: articleTranslations.updatedAt,
};

function toStored(row: { updatedAt: Date } & Omit<StoredTranslation, "updatedAt">): StoredTranslation {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export async function loadTranslations(articleId: number): Promise<StoredTranslation[]> {
  const rows = await getDb().select(columns).from(articleTranslations).where(eq(articleTranslations.articleId, articleId));
  return rows.map(toStored);
}

/**
 * Saves one translation if this user may still edit the article and nobody saved the text since
 * `baseVersion` (0 = it did not exist yet), and records the saved text as a revision. The body is
 * sanitized here, before it is stored. The article comes back as read under the lock, so the caller
 * knows whether the change is public.
 */
export async function saveTranslation(
  articleId: number,
  locale: Locale,
  baseVersion: number,
  draft: TranslationDraft,
  user: SessionUser,
): Promise<SaveOutcome> {
  const clean = { ...draft, body: sanitizeArticleHtml(draft.body) };
  return getDb().transaction(async (tx) => {
    const article = await lockArticleForEdit(tx, articleId, user);
    if (!article) return { kind: "notFound" };
    const [clash] = await tx
      .select({ id: articleTranslations.id })
      .from(articleTranslations)
      .where(
        and(eq(articleTranslations.locale, locale), eq(articleTranslations.slug, clean.slug), ne(articleTranslations.articleId, articleId)),
      );
    if (clash) return { kind: "slugTaken" };

    const now = new Date();
    const saved =
      baseVersion === 0
        ? await tx
            .insert(articleTranslations)
            .values({ articleId, locale, ...clean, version: 1, updatedAt: now })
            .onConflictDoNothing()
            .returning(columns)
        : await tx
            .update(articleTranslations)
            .set({ ...clean, version: sql`${articleTranslations.version} + 1`, updatedAt: now })
            .where(
              and(
                eq(articleTranslations.articleId, articleId),
                eq(articleTranslations.locale, locale),
                eq(articleTranslations.version, baseVersion),
              ),
            )
            .returning(columns);
    const row = saved[0];
    if (!row) {
      const [current] = await tx
        .select(columns)
        .from(articleTranslations)
        .where(and(eq(articleTranslations.articleId, articleId), eq(articleTranslations.locale, locale)));
      return current ? { kind: "conflict", current: toStored(current) } : { kind: "conflict", current: emptyTranslation(locale) };
    }
    await tx.insert(articleRevisions).values({
      articleId,
      locale,
      version: row.version,
      slug: row.slug,
      title: row.title,
      lead: row.lead,
      body: row.body,
      seoDescription: row.seoDescription,
      savedById: user.id,
      savedAt: now,
    });
    return { kind: "saved", translation: toStored(row), article };
  });
}

function emptyTranslation(locale: Locale): StoredTranslation {
  return {
    locale,
    title: "",
    slug: "",
    lead: "",
    body: "",
    seoDescription: "",
    status: "draft",
    version: 0,
    updatedAt: new Date(0).toISOString(),
  };
}
