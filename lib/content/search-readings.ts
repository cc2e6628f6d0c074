import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { NameRewrite } from "./search-aliases";

/** The query as a tsquery (in its text form) in each language's configuration. */
export type Readings = Record<Locale, string>;

/**
 * The reader's query in one language's configuration. In the page's language, a name the reader
 * spelled otherwise is searched in this site's spellings too; in other languages, as typed.
 */
function readingIn(locale: Locale, pageLocale: Locale, q: string, rewrites: NameRewrite[]) {
  let query = sql`public.search_query(${locale}, ${q})`;
  if (locale !== pageLocale) return query;
  for (const { word, spellings } of rewrites) {
    const terms = [word, ...spellings].map((term) => sql`public.search_term(${locale}, ${term})`);
    query = sql`ts_rewrite(${query}, public.search_term(${locale}, ${word}), ${sql.join(terms, sql` || `)})`;
  }
  return query;
}

/**
 * Computed once, in a statement of their own: the search statements then take them as
 * parameters, and planning those stays cheap (the Belarusian stemmer would otherwise run while
 * planning every statement that mentions the query).
 */
export async function readQuery(pageLocale: Locale, q: string, rewrites: NameRewrite[]): Promise<Readings> {
  const columns = routing.locales.map((locale) => sql`${readingIn(locale, pageLocale, q, rewrites)}::text as ${sql.identifier(locale)}`);
  const [row] = await getDb().execute<Readings>(sql`select ${sql.join(columns, sql`, `)}`);
  return row!;
}
