import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { getDb } from "@/db/client";
import { articleAuthors, articles, authors, authorTranslations } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { Locale } from "@/lib/i18n/routing";
import { newestCardsPage } from "./cards";
import type { ArticleCard, AuthorRef, Page } from "./types";

export interface AuthorInfo extends AuthorRef {
  id: number;
  bio: string;
}

export async function getAuthorPage(
  locale: Locale,
  slug: string,
  page: number,
): Promise<{ author: AuthorInfo; articles: Page<ArticleCard> } | null> {
  "use cache";
  cacheTag(cacheTags.authors);
  const [author] = await getDb()
    .select({
      id: authors.id,
      slug: authors.slug,
      name: sql<string>`coalesce(${authorTranslations.name}, ${authors.slug})`,
      bio: sql<string>`coalesce(${authorTranslations.bio}, '')`,
    })
    .from(authors)
    .leftJoin(authorTranslations, and(eq(authorTranslations.authorId, authors.id), eq(authorTranslations.locale, locale)))
    .where(eq(authors.slug, slug));
  if (!author) return null;
  cacheTag(cacheTags.author(author.id), cacheTags.issues);

  const byAuthor = inArray(
    articles.id,
    getDb().select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.authorId, author.id)),
  );
  return { author, articles: await newestCardsPage(locale, byAuthor, page) };
}
