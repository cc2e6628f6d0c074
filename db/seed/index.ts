import { sql } from "drizzle-orm";
import { slugify } from "../../lib/slug";
import { addDays } from "../../lib/dates/week";
import { sanitizeArticleHtml } from "../../lib/html/sanitize";
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../connect";
import * as s from "../schema";
import { issues as issuesA } from "./content/issues-1";
import { issues as issuesB } from "./content/issues-2";
import { issues as issuesC } from "./content/issues-3";
import { insertTaxonomy, locales, type Ids, type Tx } from "./taxonomy";
import type { SeedArticle, SeedIssue } from "./types";

export const demoIssues: SeedIssue[] = [...issuesA, ...issuesB, ...issuesC];
const FIRST_ISSUE_NUMBER = 301;

/** Loads the sample digest. Refuses to run on a database that already has content. */
export async function seedDemoContent(db: Database): Promise<{ issues: number; articles: number }> {
  return db.transaction(async (tx) => {
    if (await hasContent(tx)) throw new Error("The database already has content; the demo seed only runs on an empty one.");

    await insertDemoUsers(tx);
    const { sectionIds, authorIds, tagIds } = await insertTaxonomy(tx);
    const usedSlugs = new Set<string>();
    let articleCount = 0;

    for (const [index, issue] of demoIssues.entries()) {
      const publishedAt = new Date(`${addDays(issue.weekStart, 4)}T15:00:00Z`);
      const [row] = await tx
        .insert(s.issues)
        .values({ number: FIRST_ISSUE_NUMBER + index, weekStart: issue.weekStart, status: "published", publishedAt, isSample: true })
        .returning({ id: s.issues.id });
      for (const [position, article] of issue.articles.entries()) {
        await insertArticle(tx, { article, issueId: row!.id, position, publishedAt, sectionIds, authorIds, tagIds, usedSlugs });
        articleCount++;
      }
    }
    return { issues: demoIssues.length, articles: articleCount };
  });
}

export async function hasContent(db: Database | Tx): Promise<boolean> {
  const rows = await db.execute<{ found: boolean }>(sql`select exists (select 1 from sections) as found`);
  return rows[0]?.found === true;
}

/** Sign-in accounts for trying the dashboard; they exist only where the demo seed ran. */
export const demoUsers = [
  { email: "admin@example.org", name: "Demo Admin", role: "admin" },
  { email: "editor@example.org", name: "Demo Editor", role: "editor" },
  { email: "author@example.org", name: "Demo Author", role: "author" },
] as const;
export const DEMO_PASSWORD = "demo-password";

async function insertDemoUsers(tx: Tx): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await tx.insert(s.users).values(demoUsers.map((user) => ({ ...user, passwordHash })));
}

interface ArticleInput {
  article: SeedArticle;
  issueId: number;
  position: number;
  publishedAt: Date;
  sectionIds: Ids;
  authorIds: Ids;
  tagIds: Ids;
  usedSlugs: Set<string>;
}

async function insertArticle(tx: Tx, input: ArticleInput): Promise<void> {
  const { article } = input;
  const [row] = await tx
    .insert(s.articles)
    .values({
      issueId: input.issueId,
      sectionId: lookup(input.sectionIds, article.section),
      position: input.position,
      trend: article.trend,
      status: "published",
      publishedAt: input.publishedAt,
      isSample: true,
      updatedAt: input.publishedAt,
    })
    .returning({ id: s.articles.id });
  const articleId = row!.id;

  for (const locale of locales) {
    const translation = article.translations[locale];
    if (!translation) continue;
    await tx.insert(s.articleTranslations).values({
      articleId,
      locale,
      slug: uniqueSlug(slugify(translation.title, locale), locale, input.usedSlugs),
      title: translation.title,
      lead: translation.lead,
      body: sanitizeArticleHtml(translation.body),
      seoDescription: translation.seoDescription,
      status: "ready",
      updatedAt: input.publishedAt,
    });
  }
  await tx
    .insert(s.articleAuthors)
    .values(article.authors.map((slug, position) => ({ articleId, authorId: lookup(input.authorIds, slug), position })));
  if (article.tags.length > 0) {
    await tx.insert(s.articleTags).values(article.tags.map((slug) => ({ articleId, tagId: lookup(input.tagIds, slug) })));
  }
}

function uniqueSlug(base: string, locale: string, used: Set<string>): string {
  let slug = base;
  for (let n = 2; used.has(`${locale}/${slug}`); n++) slug = `${base}-${n}`;
  used.add(`${locale}/${slug}`);
  return slug;
}

function lookup(ids: Ids, slug: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Demo content refers to an unknown slug: ${slug}`);
  return id;
}
