import { demoIssues } from "../../../db/seed";
import type { SeedArticle, SeedLocale } from "../../../db/seed/types";
import { searchArticles, type SearchHit } from "@/lib/content/search";
import type { TextSegment } from "@/lib/search/highlight";
import type { SearchFilters } from "@/lib/search/params";

export const plain = (segments: TextSegment[]) => segments.map((segment) => segment.text).join("");

/** Every hit of a search, page after page. */
export async function everyHit(locale: SeedLocale, q: string, filters: SearchFilters = {}) {
  const first = await searchArticles({ locale, q, page: 1, ...filters });
  const hits: SearchHit[] = [...first.items];
  for (let page = 2; page <= first.totalPages; page++) hits.push(...(await searchArticles({ locale, q, page, ...filters })).items);
  return { ...first, hits, titles: hits.map((hit) => plain(hit.title)), ids: new Set(hits.map((hit) => hit.id)) };
}

const demoArticles = demoIssues.flatMap((issue) => issue.articles);

function wordsOf(article: SeedArticle, locale: SeedLocale): Set<string> | null {
  const t = article.translations[locale];
  if (!t) return null;
  const text = `${t.title} ${t.lead} ${t.body.replace(/<[^>]+>/g, " ")}`.toLowerCase();
  return new Set(text.match(/[\p{L}\p{N}’'-]+/gu));
}

/** Titles of demo articles whose text in `locale` has the word `has` and not the word `lacks`. */
export function demoTitlesWith(locale: SeedLocale, has: string, lacks: string): string[] {
  return demoArticles.flatMap((article) => {
    const words = wordsOf(article, locale);
    return words?.has(has.toLowerCase()) && !words.has(lacks.toLowerCase()) ? [article.translations[locale]!.title] : [];
  });
}

/** A demo article's text in a language, as one line, by its title. */
export function demoTextByTitle(locale: SeedLocale, title: string): string {
  const t = demoArticles.find((article) => article.translations[locale]?.title === title)?.translations[locale];
  if (!t) throw new Error(`No demo article titled ${title}`);
  return `${t.title} ${t.lead} ${t.body.replace(/<[^>]+>/g, " ")}`.replace(/\s+/g, " ");
}
