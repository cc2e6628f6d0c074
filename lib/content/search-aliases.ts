import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Locale } from "@/lib/i18n/routing";

/** How close a typed word must be to a known spelling (pg_trgm similarity, 0–1). */
const MIN_SIMILARITY = 0.6;

/** A word of the query to be searched as any of a name's spellings in the page's language. */
export interface NameRewrite {
  word: string;
  spellings: string[];
}

export interface Widening {
  rewrites: NameRewrite[];
  /** This site's spellings in the reader's language, for "also showing results for …". */
  shown: string[];
}

interface AliasRow extends Record<string, unknown> {
  word: string;
  locale: Locale;
  term: string;
  preferred: boolean;
  /** The typed word reads as this spelling in the page's language (Лукашэнку and Лукашэнка both stem to лукашэнк). */
  reads_same: boolean;
}

/**
 * Names in the query that the reader spelled differently from this site (Lukashenko for
 * Lukashenka, ОДКБ on the Belarusian site), found by trigram similarity in search_aliases.
 * A literal search for such a spelling finds only the rare article quoting it, so whenever one
 * is found the query is widened to all its spellings.
 */
export async function findWidening(locale: Locale, words: string[]): Promise<Widening | null> {
  if (words.length === 0) return null;
  const rows = await getDb().execute<AliasRow>(sql`
    select w.word, a.locale, a.term, a.preferred,
      -- Only the house spelling is compared: reading a word is the costly part (Belarusian stemming).
      a.locale = ${locale} and a.preferred and public.search_term(${locale}, w.word) = public.search_term(${locale}, a.term) as reads_same
    from unnest(${sql.param(words)}::text[]) as w(word)
    cross join lateral (
      select m.group_key from search_aliases m
      where m.term % w.word and similarity(m.term, w.word) >= ${MIN_SIMILARITY}
      order by similarity(m.term, w.word) desc, m.id
      limit 1
    ) as best
    join search_aliases a on a.group_key = best.group_key
    order by w.word, a.id`);

  const rewrites: NameRewrite[] = [];
  const shown = new Set<string>();
  for (const [word, group] of groupByWord(rows)) {
    const house = group.filter((row) => row.locale === locale && row.preferred);
    if (house.some((row) => row.reads_same)) continue;
    rewrites.push({ word, spellings: group.filter((row) => row.locale === locale).map((row) => row.term) });
    for (const row of house) shown.add(row.term);
  }
  return rewrites.length > 0 ? { rewrites, shown: [...shown] } : null;
}

function groupByWord(rows: Iterable<AliasRow>): Map<string, AliasRow[]> {
  const groups = new Map<string, AliasRow[]>();
  for (const row of rows) groups.set(row.word, [...(groups.get(row.word) ?? []), row]);
  return groups;
}
