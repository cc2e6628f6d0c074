import type { Locale } from "@/lib/i18n/routing";

export type Trend = "improved" | "unchanged" | "worsened" | "none";

export interface SectionRef {
  id: number;
  slug: string;
  name: string;
}

export interface AuthorRef {
  slug: string;
  name: string;
}

export interface TagRef {
  slug: string;
  name: string;
}

export interface ArticleCard {
  id: number;
  slug: string;
  title: string;
  lead: string;
  trend: Trend;
  publishedAt: string;
  section: SectionRef;
  authors: AuthorRef[];
  issueWeekStart: string;
}

export interface IssueSummary {
  id: number;
  number: number;
  weekStart: string;
  weekEnd: string;
  publishedAt: string;
}

export interface IssueDetail extends IssueSummary {
  /** Articles readable in the requested locale, grouped by section in section order. */
  groups: { section: SectionRef; articles: ArticleCard[] }[];
  /** How many published articles the issue has in any language. */
  totalArticles: number;
  previousWeek: string | null;
  nextWeek: string | null;
}

export interface TranslationLink {
  locale: Locale;
  slug: string;
  title: string;
}

export interface ArticleDetail extends ArticleCard {
  locale: Locale;
  body: string;
  seoDescription: string;
  updatedAt: string;
  tags: TagRef[];
  issue: IssueSummary;
  /** Every published translation, this one included. */
  translations: TranslationLink[];
}

export type ArticleLookup =
  | { kind: "found"; article: ArticleDetail }
  | { kind: "moved"; slug: string }
  | { kind: "untranslated"; translations: TranslationLink[] }
  | { kind: "missing" };

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}
