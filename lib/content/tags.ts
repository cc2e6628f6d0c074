import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { getDb } from "@/db/client";
import { articles, articleTags, tags, tagTranslations } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { Locale } from "@/lib/i18n/routing";
import { newestCardsPage } from "./cards";
import type { ArticleCard, Page, TagRef } from "./types";

export interface TagInfo extends TagRef {
  id: number;
}

export async function getTagPage(
  locale: Locale,
  slug: string,
  page: number,
): Promise<{ tag: TagInfo; articles: Page<ArticleCard> } | null> {
  "use cache";
  cacheTag(cacheTags.tags);
  const [tag] = await getDb()
    .select({ id: tags.id, slug: tags.slug, name: sql<string>`coalesce(${tagTranslations.name}, ${tags.slug})` })
    .from(tags)
    .leftJoin(tagTranslations, and(eq(tagTranslations.tagId, tags.id), eq(tagTranslations.locale, locale)))
    .where(eq(tags.slug, slug));
  if (!tag) return null;
  cacheTag(cacheTags.tag(tag.id), cacheTags.issues);

  const where = inArray(articles.id, getDb().select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tag.id)));
  return { tag, articles: await newestCardsPage(locale, where, page) };
}
