import { demoIssues } from "../../../db/seed";
import { slugify } from "../../../lib/slug";
import type { SeedArticle, SeedLocale } from "../../../db/seed/types";

/** Facts about the demo content, derived from the seed files, that the read functions must reproduce. */
export const latestDemoIssue = demoIssues.at(-1)!;
export const firstDemoIssue = demoIssues[0]!;

export function findDemoArticle(predicate: (article: SeedArticle) => boolean): SeedArticle {
  for (const issue of demoIssues) {
    const article = issue.articles.find(predicate);
    if (article) return article;
  }
  throw new Error("No demo article matches");
}

export function demoSlug(article: SeedArticle, locale: SeedLocale): string {
  return slugify(article.translations[locale]!.title, locale);
}

export const articleMissingBelarusian = findDemoArticle((a) => !a.translations.be && Boolean(a.translations.ru));
export const articleMissingRussian = findDemoArticle((a) => !a.translations.ru && Boolean(a.translations.be));
export const fullyTranslatedArticle = findDemoArticle((a) => Boolean(a.translations.be && a.translations.ru));
