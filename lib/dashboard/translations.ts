import "server-only";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleRevisions, articleTranslations } from "@/db/schema";
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
  { kind: "saved"; translation: StoredTranslation } | { kind: "conflict"; current: StoredTranslation } | { kind: "slugTaken" };

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
 * Saves one translation if nobody saved it since `baseVersion` (0 = it did not exist yet),
 * and records the saved text as a revision. The body is sanitized here, before it is stored.
 */
export async function saveTranslation(
  articleId: number,
  locale: Locale,
  baseVersion: number,
  draft: TranslationDraft,
  userId: number,
): Promise<SaveOutcome> {
  const clean = { ...draft, body: sanitizeArticleHtml(draft.body) };
  return getDb().transaction(async (tx) => {
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
      savedById: userId,
      savedAt: now,
    });
    return { kind: "saved", translation: toStored(row) };
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

export interface RevisionSummary {
  id: number;
  version: number;
  title: string;
  savedAt: string;
  savedBy: string | null;
}

export async function listRevisions(articleId: number, locale: Locale, limit = 50): Promise<RevisionSummary[]> {
  const rows = await getDb().execute<{ id: number; version: number; title: string; saved_at: Date; saved_by: string | null }>(sql`
    select r.id, r.version, r.title, r.saved_at, u.name as saved_by
    from article_revisions r left join users u on u.id = r.saved_by_id
    where r.article_id = ${articleId} and r.locale = ${locale}
    order by r.saved_at desc, r.id desc
    limit ${limit}`);
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    title: row.title,
    savedAt: new Date(row.saved_at).toISOString(),
    savedBy: row.saved_by,
  }));
}

export async function getRevision(articleId: number, revisionId: number) {
  const [row] = await getDb()
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .orderBy(desc(articleRevisions.savedAt));
  return row ?? null;
}
