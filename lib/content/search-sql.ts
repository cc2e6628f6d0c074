import "server-only";
import { and, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { articles, articleTranslations, issues, sections } from "@/db/schema";
import { minskLocalToIso } from "@/lib/dates/minsk";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { SearchFilters } from "@/lib/search/params";
import { isPublishedArticle, isPublishedIssue } from "./published";
import type { Readings } from "./search-readings";

/** D, C, B, A: a title match (A) counts two and a half times a lead match (B). */
const RANK_WEIGHTS = sql.raw(`'{0.1, 0.2, 0.4, 1.0}'::float4[]`);

export interface MatchQuery extends SearchFilters {
  locale: Locale;
  readings: Readings;
}

/**
 * A reading as a scalar subquery: opaque to the planner, which then assumes few matches and
 * takes the GIN index. Seen as a constant, a common word looks cheaper to seq-scan — but that
 * reads and tests every translation's vector, which the planner underprices: ~5x slower.
 */
function reading(match: MatchQuery, locale: Locale): SQL {
  return sql`(select ${match.readings[locale]}::tsquery)`;
}

/** The reading in the translation's own language. */
export function readingOfTranslation(match: MatchQuery): SQL {
  const cases = routing.locales.map((locale) => sql`when ${locale} then ${reading(match, locale)}`);
  return sql`(case ${articleTranslations.locale} ${sql.join(cases, sql` `)} end)`;
}

/**
 * Relevance from title and lead, against the query read in the translation's language. Most
 * matches of a common word are in the body only: the cheap @@ test spares them ts_rank_cd,
 * which is most of the cost of ranking thousands of matches.
 */
function rankIn(query: SQL): SQL {
  const head = articleTranslations.searchHead;
  return sql`(case when ${head} @@ ${query} then ts_rank_cd(${RANK_WEIGHTS}, ${head}, ${query}, 1) else 0 end)`;
}

/**
 * The translations that match the query read in their own language, with their rank, as a
 * derived table named like the table, so the rest of the statement reads them as usual. One
 * branch per language: each scans its language's partial GIN index (the language is a literal,
 * so the planner can match the index's predicate even in a generic plan), a phrase, which the
 * index cannot check, is checked once per candidate in its own language only, and the rank is
 * computed where the vectors are read, so they are not carried through the joins.
 */
function matchingInOwnLanguage(match: MatchQuery): SQL {
  const t = articleTranslations;
  const branches = routing.locales.map((locale) => {
    const query = reading(match, locale);
    return sql`select ${t.id}, ${t.articleId}, ${t.locale}, ${t.status}, ${rankIn(query)} as rank from ${t}
      where ${t.locale} = ${sql.raw(`'${locale}'`)} and ${t.searchVector} @@ ${query}
      ${locale === match.locale ? sql`` : sql`and ${notReadableIn(match.locale)}`}`;
  });
  return sql`(${sql.join(branches, sql` union all `)}) as ${t}`;
}

const own = alias(articleTranslations, "own");

/** The article has no ready translation in the page's language, so one in another language stands in for it. */
function notReadableIn(locale: Locale): SQL {
  return sql`not exists (
    select 1 from ${articleTranslations} as ${sql.identifier("own")}
    where ${and(eq(own.articleId, articleTranslations.articleId), eq(own.locale, locale), eq(own.status, "ready"))})`;
}

function filtersSql(filters: SearchFilters): SQL | undefined {
  const yearStart = (year: number) => sql`${minskLocalToIso(`${year}-01-01T00:00`)}::timestamptz`;
  return and(
    filters.section
      ? eq(articles.sectionId, sql`(select ${sections.id} from ${sections} where ${sections.slug} = ${filters.section})`)
      : undefined,
    filters.year ? gte(articles.publishedAt, yearStart(filters.year)) : undefined,
    filters.year ? lt(articles.publishedAt, yearStart(filters.year + 1)) : undefined,
    filters.trend ? eq(articles.trend, filters.trend) : undefined,
  );
}

/**
 * Published issues, materialized: the planner, which expects few matches, would otherwise look
 * each match's issue up by index — a hash join is three times faster for thousands of matches.
 */
const publishedIssues = sql`published_issues as materialized (select ${issues.id} from ${issues} where ${isPublishedIssue})`;

/**
 * Public translations that match, in the page's language — or in another language when the
 * article cannot be read in the page's.
 */
function matchingTranslations(match: MatchQuery): SQL {
  return sql`from ${matchingInOwnLanguage(match)}
    join ${articles} on ${articles.id} = ${articleTranslations.articleId}
    join published_issues on published_issues.id = ${articles.issueId}
    where ${and(eq(articleTranslations.status, "ready"), isPublishedArticle, filtersSql(match))}`;
}

/**
 * CTEs ending in `matches`: each matching public article once, through its best translation,
 * with its rank. The rank reads title and lead only (search_head): the whole vector would count
 * body matches too, which the rank treats as equal, newest first.
 */
export function matchesCte(match: MatchQuery): SQL {
  return sql`${publishedIssues},
  matches as (
    select distinct on (${articleTranslations.articleId})
      ${articleTranslations.id} as translation_id,
      ${articleTranslations.articleId} as article_id,
      ${articles.publishedAt} as published_at,
      ${articleTranslations}.rank
    ${matchingTranslations(match)}
    order by ${articleTranslations.articleId}, rank desc, ${articleTranslations.id}
  )`;
}
