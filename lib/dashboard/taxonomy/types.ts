import type { Database } from "@/db/connect";
import type { Locale } from "@/lib/i18n/routing";
import type { LocaleText } from "@/lib/validation/taxonomy";

export type TermKind = "sections" | "authors" | "tags";

/** The app's database or a transaction in it. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

/** A row of a dashboard list: the name in the dashboard's language (or English, or the slug). */
export interface TermListItem {
  id: number;
  slug: string;
  name: string;
  /** The language `name` is in; null when no translation exists and the slug stands in. */
  nameLocale: Locale | null;
  /** The languages that have a name, in the site's order. */
  locales: Locale[];
  articleCount: number;
}

/** One section, author or tag as its edit form shows it; languages without a row are empty. */
export interface TermDetail {
  id: number;
  slug: string;
  version: number;
  translations: Record<Locale, LocaleText>;
}

/** Where a section, author or tag is used: how many articles, and a few of the latest. */
export interface TermUsage {
  count: number;
  examples: { title: string; weekStart: string; weekEnd: string }[];
}
