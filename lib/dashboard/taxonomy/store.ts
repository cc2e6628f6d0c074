import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Locale } from "@/lib/i18n/routing";
import type { LocaleText } from "@/lib/validation/taxonomy";
import type { Executor, TermKind } from "./types";

/** Where articles point at a term: a table with an article column and a term column. */
export interface ArticleLink {
  table: PgTable;
  articleId: AnyPgColumn;
  termId: AnyPgColumn;
}

/** The cache tags a change to one term expires. */
export interface TermCacheTags {
  list: string;
  term: (id: number) => string;
  /** After a rename or a new slug: every public page that prints the name or links the slug. */
  edited: (id: number, issueIds: number[]) => string[];
}

/**
 * The table-specific half of sections, authors and tags; terms.ts does the rest once for all three.
 * Writes take the transaction they run in.
 */
export interface TermStore {
  kind: TermKind;
  link: ArticleLink;
  cache: TermCacheTags;
  /** In list order; only the row `id` when given. */
  rows(db: Executor, id?: number): Promise<{ id: number; slug: string; version: number }[]>;
  translations(db: Executor, id?: number): Promise<({ id: number; locale: Locale } & LocaleText)[]>;
  insert(tx: Executor, slug: string): Promise<number>;
  /** Sets the slug and bumps the version, only if the row is still at `version`. */
  bump(tx: Executor, id: number, version: number, slug: string): Promise<boolean>;
  /** Locks the row against concurrent use until the transaction ends; false when it is gone. */
  lock(tx: Executor, id: number): Promise<boolean>;
  putTranslation(tx: Executor, id: number, locale: Locale, text: LocaleText): Promise<void>;
  dropTranslation(tx: Executor, id: number, locale: Locale): Promise<void>;
  remove(tx: Executor, id: number): Promise<void>;
}
