/**
 * A large synthetic archive for the search bench: articles recombined from the demo texts
 * (titles, leads and body sentences of the same language), spread over weekly issues.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import * as s from "../db/schema";
import { demoIssues } from "../db/seed";
import type { SeedLocale, SeedTranslation } from "../db/seed/types";
import { addDays } from "../lib/dates/week";

const ARTICLES_PER_ISSUE = 7;
const trends = ["improved", "unchanged", "worsened", "none"] as const;
const locales: SeedLocale[] = ["en", "be", "ru"];

/** A small deterministic PRNG (mulberry32), so every bench database is the same. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Corpus {
  titles: string[];
  leads: string[];
  sentences: string[];
}

function corpusOf(locale: SeedLocale): Corpus {
  const texts = demoIssues.flatMap((issue) => issue.articles.flatMap((a) => (a.translations[locale] ? [a.translations[locale]] : [])));
  const sentences = texts.flatMap((t: SeedTranslation) =>
    t.body
      .replace(/<[^>]+>/g, "\n")
      .split(/(?<=[.!?])\s+|\n+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length > 30),
  );
  return { titles: texts.map((t) => t.title), leads: texts.map((t) => t.lead), sentences };
}

function pick<T>(items: T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

function bodyFrom(corpus: Corpus, next: () => number): string {
  const paragraphs = 4 + Math.floor(next() * 4);
  return Array.from({ length: paragraphs }, () => {
    const sentences = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(corpus.sentences, next));
    return `<p>${sentences.join(" ").replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`;
  }).join("\n");
}

/** Adds `count` published articles (and their issues) to a database that holds the demo content. */
export async function generateArticles(db: Database, count: number): Promise<void> {
  const next = random(20251103);
  const corpora = Object.fromEntries(locales.map((locale) => [locale, corpusOf(locale)])) as Record<SeedLocale, Corpus>;
  const sectionIds = (await db.select({ id: s.sections.id }).from(s.sections)).map((row) => row.id);
  const authorIds = (await db.select({ id: s.authors.id }).from(s.authors)).map((row) => row.id);
  const issueCount = Math.ceil(count / ARTICLES_PER_ISSUE);
  const firstDemoWeek = demoIssues[0]!.weekStart;

  const issueRows = await db
    .insert(s.issues)
    .values(
      Array.from({ length: issueCount }, (_, i) => {
        const weekStart = addDays(firstDemoWeek, -7 * (i + 1));
        return {
          number: 100_000 + i,
          weekStart,
          status: "published" as const,
          publishedAt: new Date(`${addDays(weekStart, 4)}T15:00:00Z`),
        };
      }),
    )
    .returning({ id: s.issues.id, publishedAt: s.issues.publishedAt });

  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => start + i);
    const articleRows = await db
      .insert(s.articles)
      .values(
        batch.map((n) => {
          const issue = issueRows[Math.floor(n / ARTICLES_PER_ISSUE)]!;
          return {
            issueId: issue.id,
            sectionId: pick(sectionIds, next),
            position: n % ARTICLES_PER_ISSUE,
            trend: pick([...trends], next),
            status: "published" as const,
            publishedAt: issue.publishedAt,
          };
        }),
      )
      .returning({ id: s.articles.id });
    const translations = articleRows.flatMap(({ id }) =>
      locales
        .filter((locale) => locale === "en" || next() < 0.85)
        .map((locale) => ({
          articleId: id,
          locale,
          slug: `bench-${locale}-${id}`,
          title: pick(corpora[locale].titles, next),
          lead: pick(corpora[locale].leads, next),
          body: bodyFrom(corpora[locale], next),
          status: "ready" as const,
        })),
    );
    for (let t = 0; t < translations.length; t += 250) await db.insert(s.articleTranslations).values(translations.slice(t, t + 250));
    await db.insert(s.articleAuthors).values(articleRows.map(({ id }) => ({ articleId: id, authorId: pick(authorIds, next) })));
  }
  await db.execute(sql`analyze`);
}
