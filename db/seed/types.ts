/** Shape of the demo content. Slugs of articles are generated from titles at seed time. */
export type SeedLocale = "en" | "be" | "ru";
export type Localized<T> = Record<SeedLocale, T>;
export type SeedTrend = "improved" | "unchanged" | "worsened" | "none";

export interface SeedSection {
  slug: string;
  name: Localized<string>;
  description: Localized<string>;
}

export interface SeedAuthor {
  slug: string;
  name: Localized<string>;
  bio: Localized<string>;
}

export interface SeedTag {
  slug: string;
  name: Localized<string>;
}

export interface SeedTranslation {
  title: string;
  lead: string;
  /** Sanitized-safe HTML: <p>, <h2>, <h3>, <strong>, <em>, <ul>/<ol>/<li>, <blockquote>, <a href>. */
  body: string;
  seoDescription: string;
}

export interface SeedArticle {
  section: string;
  trend: SeedTrend;
  authors: string[];
  tags: string[];
  /** A missing locale is deliberate: the article lacks that translation. */
  translations: Partial<Localized<SeedTranslation>> & { en: SeedTranslation };
}

export interface SeedIssue {
  /** A Monday, YYYY-MM-DD. */
  weekStart: string;
  articles: SeedArticle[];
}
