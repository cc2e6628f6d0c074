import { demoIssues } from "../../../db/seed";
import type { SeedArticle, SeedLocale } from "../../../db/seed/types";
import { slugify } from "../../../lib/slug";

/** The demo content the e2e server seeds, so tests can name real pages. */
export const latestWeek = demoIssues.at(-1)!.weekStart;
export const allArticles: SeedArticle[] = demoIssues.flatMap((issue) => issue.articles);

export function slugOf(article: SeedArticle, locale: SeedLocale): string {
  return slugify(article.translations[locale]!.title, locale);
}

export const missingBelarusian = allArticles.find((a) => !a.translations.be && a.translations.ru)!;
export const complete = allArticles.find((a) => a.translations.be && a.translations.ru)!;
