import { sql } from "drizzle-orm";
import { boolean, customType, index, pgTable, serial, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { localeEnum } from "./enums";

/** PostgreSQL's full-text document type; read only through SQL, never selected as a value. */
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The search document of a translation, computed by the database: title weight A, lead B,
 * body C, in the language's text search configuration (see the "search" migration).
 */
export const searchVectorOf = sql`public.article_search_vector(locale, title, lead, body)`;

/** Title (A) and lead (B) only: small enough to stay in the row, so ranking thousands of matches reads no TOAST. */
export const searchHeadOf = sql`public.article_search_head(locale, title, lead)`;

/**
 * Spellings of one name (a person, a place, an organisation) that search treats as the same,
 * e.g. Lukashenka / Lukashenko / Лукашэнка / Лукашенко. `locale` is the language whose readers
 * would type the spelling; `preferred` marks the spelling this site uses in that language.
 */
export const searchAliases = pgTable(
  "search_aliases",
  {
    id: serial().primaryKey(),
    groupKey: varchar({ length: 100 }).notNull(),
    locale: localeEnum().notNull(),
    term: varchar({ length: 200 }).notNull(),
    preferred: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex("search_aliases_group_locale_term_uq").on(t.groupKey, t.locale, t.term),
    index("search_aliases_term_trgm_idx").using("gin", t.term.op("gin_trgm_ops")),
  ],
);

export type SearchAlias = typeof searchAliases.$inferSelect;
