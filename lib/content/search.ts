import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Locale } from "@/lib/i18n/routing";
import type { TextSegment } from "@/lib/search/highlight";
import type { SearchFilters } from "@/lib/search/params";
import { normalizeQuery, queryWords } from "@/lib/search/query";
import { findWidening } from "./search-aliases";
import { loadHits } from "./search-hits";
import { readQuery } from "./search-readings";
import { matchesCte, type MatchQuery } from "./search-sql";
import type { Page, SectionRef, Trend } from "./types";

export const SEARCH_PAGE_SIZE = 10;

export interface SearchHit {
  id: number;
  /** The language of the matching translation: the page's, or another when the article has none in the page's. */
  locale: Locale;
  slug: string;
  title: TextSegment[];
  snippet: TextSegment[];
  trend: Trend;
  publishedAt: string;
  section: SectionRef;
}

export interface SearchResults extends Page<SearchHit> {
  /** This site's spellings of names the reader spelled otherwise, searched as well; empty when the query was taken literally. */
  widenedWith: string[];
}

export interface SearchInput extends SearchFilters {
  locale: Locale;
  q: string;
  page: number;
}

/**
 * Full-text search over published articles in every language, ranked, a page at a time.
 * Uncached on purpose: queries are unbounded, so a cache would fill with single-use entries,
 * and the indexed query is fast on its own (see `npm run bench`).
 */
export async function searchArticles(input: SearchInput): Promise<SearchResults> {
  const q = normalizeQuery(input.q).text;
  if (!q) return { ...noResults(input.page), widenedWith: [] };
  const widening = await findWidening(input.locale, queryWords(q));
  const readings = await readQuery(input.locale, q, widening?.rewrites ?? []);
  // Nothing but stop words and punctuation in the reader's language: nothing to look for, even
  // if another language's configuration would keep a word of it.
  if (readings[input.locale] === "") return { ...noResults(input.page), widenedWith: [] };
  const results = await searchPage({ ...input, readings }, input.page);
  return { ...results, widenedWith: results.total > 0 ? (widening?.shown ?? []) : [] };
}

function noResults(page: number): Page<SearchHit> {
  return { items: [], page, total: 0, totalPages: 0 };
}

interface RankedRow extends Record<string, unknown> {
  total: number;
  translation_id: number | null;
}

async function searchPage(match: MatchQuery, page: number): Promise<Page<SearchHit>> {
  const rows = await getDb().execute<RankedRow>(sql`
    with ${matchesCte(match)},
    counted as (select count(*)::int as total from matches)
    select counted.total, hits.translation_id
    from counted
    left join lateral (
      select translation_id, rank, published_at, article_id from matches
      order by rank desc, published_at desc, article_id desc
      limit ${SEARCH_PAGE_SIZE} offset ${(page - 1) * SEARCH_PAGE_SIZE}
    ) as hits on true
    order by hits.rank desc, hits.published_at desc, hits.article_id desc`);
  const total = rows[0]?.total ?? 0;
  const ids = rows.flatMap((row) => (row.translation_id === null ? [] : [row.translation_id]));
  return { items: await loadHits(match, ids), page, total, totalPages: Math.ceil(total / SEARCH_PAGE_SIZE) };
}
