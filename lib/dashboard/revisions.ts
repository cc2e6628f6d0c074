import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleRevisions } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";

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
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  return row ?? null;
}
