import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTranslations, sections, sectionTranslations } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { snippetHeadlineOptions, splitHighlights, titleHeadlineOptions } from "@/lib/search/highlight";
import { toIso } from "./published";
import type { SearchHit } from "./search";
import { readingOfTranslation, type MatchQuery } from "./search-sql";
import type { Trend } from "./types";

interface HitRow extends Record<string, unknown> {
  translation_id: number;
  id: number;
  locale: Locale;
  slug: string;
  title: string;
  snippet: string;
  trend: Trend;
  published_at: Date | string | null;
  section_id: number;
  section_slug: string;
  section_name: string;
}

/** Titles and snippets with the matches marked, for the translations on one page of results, in rank order. */
export async function loadHits(match: MatchQuery, translationIds: number[]): Promise<SearchHit[]> {
  if (translationIds.length === 0) return [];
  const t = articleTranslations;
  const query = readingOfTranslation(match);
  const text = sql`${escaped(t.lead)} || ' ' || regexp_replace(${t.body}, '<[^>]*>', ' ', 'g')`;
  const rows = await getDb().execute<HitRow>(sql`
    select ${t.id} as translation_id, ${articles.id} as id, ${t.locale} as locale, ${t.slug} as slug,
      public.search_headline(${t.locale}, ${withoutMarkers(escaped(t.title))}, ${query}, ${titleHeadlineOptions}) as title,
      public.search_headline(${t.locale}, ${withoutMarkers(text)}, ${query}, ${snippetHeadlineOptions}) as snippet,
      ${articles.trend} as trend, ${articles.publishedAt} as published_at, ${sections.id} as section_id,
      ${sections.slug} as section_slug, coalesce(${sectionTranslations.name}, ${sections.slug}) as section_name
    from ${t}
    join ${articles} on ${articles.id} = ${t.articleId}
    join ${sections} on ${sections.id} = ${articles.sectionId}
    left join ${sectionTranslations} on ${and(eq(sectionTranslations.sectionId, sections.id), eq(sectionTranslations.locale, match.locale))}
    where ${inArray(t.id, translationIds)}`);
  const byId = new Map(rows.map((row) => [row.translation_id, row]));
  return translationIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toHit(row)] : [];
  });
}

/**
 * ts_headline drops anything that looks like a tag, so it reads HTML: the body with its tags
 * stripped (its text is already entity-encoded), plain fields escaped. splitHighlights decodes.
 */
function escaped(text: unknown) {
  return sql`replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
}

/** Article text without the highlight markers, which must come only from ts_headline. */
function withoutMarkers(text: unknown) {
  return sql`translate(${text}, chr(1) || chr(2), '')`;
}

function toHit(row: HitRow): SearchHit {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: splitHighlights(row.title),
    snippet: splitHighlights(row.snippet),
    trend: row.trend,
    publishedAt: toIso(row.published_at),
    section: { id: row.section_id, slug: row.section_slug, name: row.section_name },
  };
}
