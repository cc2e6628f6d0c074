import "server-only";
import { and, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { articles, articleTranslations, issues, sections } from "@/db/schema";
import { minskLocalToIso } from "@/lib/dates/minsk";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { SearchFilters } from "@/lib/search/params";
import { isPublicArticle } from "./published";
import type { NameRewrite } from "./search-aliases";

/** D, C, B, A: a title match (A) counts two and a half times a lead match (B). */
const RANK_WEIGHTS = sql.raw(`'{0.1, 0.2, 0.4, 1.0}'::float4[]`);

export interface MatchQuery extends SearchFilters {
  locale: Locale;
  q: string;
  rewrites: NameRewrite[];
}

/**
 * The reader's query in one language's configuration. In the page's language, a name the reader
 * spelled otherwise is searched in this site's spellings too; in other languages, as typed.
 */
export function queryIn(locale: Locale, { q, rewrites, locale: pageLocale }: Pick<MatchQuery, "q" | "rewrites" | "locale">): SQL {
  let query = sql`public.search_query(${locale}, ${q})`;
  if (locale !== pageLocale) return query;
  for (const { word, spellings } of rewrites) {
    const terms = [word, ...spellings].map((term) => sql`public.search_term(${locale}, ${term})`);
    query = sql`ts_rewrite(${query}, public.search_term(${locale}, ${word}), ${sql.join(terms, sql` || `)})`;
  }
  return query;
}

/**
 * Scalar subqueries are computed once per statement and are opaque to the planner, which then
 * assumes few matches and takes the GIN index. Seen as a constant, a common word looks cheaper
 * to seq-scan — but that reads every TOASTed vector, which the planner does not count: ~5x slower.
 */
function once(query: SQL): SQL {
  return sql`(select ${query})`;
}

/**
 * Each translation against the query read in its own language: one partial GIN index scan per
 * language, and a Belarusian word does not drag in every Russian text that shares its stem.
 */
function matchesInOwnLanguage(match: MatchQuery): SQL {
  const perLanguage = routing.locales.map(
    (locale) => sql`(${articleTranslations.locale} = ${locale} and ${articleTranslations.searchVector} @@ ${once(queryIn(locale, match))})`,
  );
  return sql`(${sql.join(perLanguage, sql` or `)})`;
}

/** Relevance from title and lead, against the query read in the translation's own language. */
function rank(match: MatchQuery): SQL {
  const cases = routing.locales.map((locale) => sql`when ${locale} then ${once(queryIn(locale, match))}`);
  return sql`ts_rank_cd(${RANK_WEIGHTS}, ${articleTranslations.searchHead}, (case ${articleTranslations.locale} ${sql.join(cases, sql` `)} end), 1)`;
}

const own = alias(articleTranslations, "own");

/**
 * A translation in the page's language, or in another language when the article has no ready
 * translation in the page's. The OR is evaluated left to right, so only translations in other
 * languages pay for the lookup.
 */
function shownOnPage(locale: Locale): SQL {
  return sql`(${articleTranslations.locale} = ${locale} or not exists (
    select 1 from ${articleTranslations} as ${sql.identifier("own")}
    where ${and(eq(own.articleId, articleTranslations.articleId), eq(own.locale, locale), eq(own.status, "ready"))}))`;
}

function filtersSql(filters: SearchFilters): SQL | undefined {
  const yearStart = (year: number) => sql`${minskLocalToIso(`${year}-01-01T00:00`)}::timestamptz`;
  return and(
    filters.section ? eq(articles.sectionId, sql`(select ${sections.id} from ${sections} where ${sections.slug} = ${filters.section})`) : undefined,
    filters.year ? gte(articles.publishedAt, yearStart(filters.year)) : undefined,
    filters.year ? lt(articles.publishedAt, yearStart(filters.year + 1)) : undefined,
    filters.trend ? eq(articles.trend, filters.trend) : undefined,
  );
}

/**
 * Public translations that match, in the page's language — or in another language when the
 * article cannot be read in the page's.
 */
function matchingTranslations(match: MatchQuery): SQL {
  return sql`from ${articleTranslations}
    join ${articles} on ${articles.id} = ${articleTranslations.articleId}
    join ${issues} on ${issues.id} = ${articles.issueId}
    where ${and(
      eq(articleTranslations.status, "ready"),
      isPublicArticle,
      matchesInOwnLanguage(match),
      shownOnPage(match.locale),
      filtersSql(match),
    )}`;
}

/**
 * CTE `matches`: each matching article once, through its best translation, with its rank. The
 * rank reads title and lead only (search_head, kept in the row): ranking by the whole vector
 * would read every match's TOASTed body vector, most of a common word's search time. Articles
 * that match in the body only rank equal, newest first.
 */
export function matchesCte(match: MatchQuery): SQL {
  return sql`matches as (
    select distinct on (${articleTranslations.articleId})
      ${articleTranslations.id} as translation_id,
      ${articleTranslations.articleId} as article_id,
      ${articles.publishedAt} as published_at,
      ${rank(match)} as rank
    ${matchingTranslations(match)}
    order by ${articleTranslations.articleId}, rank desc
  )`;
}
