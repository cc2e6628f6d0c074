import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { cacheTag } from "next/cache";
import { getDb } from "@/db/client";
import { articles, sections, sectionTranslations } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { Locale } from "@/lib/i18n/routing";
import { newestCardsPage } from "./cards";
import type { ArticleCard, Page, SectionRef } from "./types";

export interface SectionInfo extends SectionRef {
  description: string;
}

export async function getSections(locale: Locale): Promise<SectionRef[]> {
  "use cache";
  cacheTag(cacheTags.sections);
  return getDb()
    .select({ id: sections.id, slug: sections.slug, name: sql<string>`coalesce(${sectionTranslations.name}, ${sections.slug})` })
    .from(sections)
    .leftJoin(sectionTranslations, and(eq(sectionTranslations.sectionId, sections.id), eq(sectionTranslations.locale, locale)))
    .orderBy(asc(sections.position), asc(sections.id));
}

export async function getSectionPage(
  locale: Locale,
  slug: string,
  page: number,
): Promise<{ section: SectionInfo; articles: Page<ArticleCard> } | null> {
  "use cache";
  cacheTag(cacheTags.sections);
  const [section] = await getDb()
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sql<string>`coalesce(${sectionTranslations.name}, ${sections.slug})`,
      description: sql<string>`coalesce(${sectionTranslations.description}, '')`,
    })
    .from(sections)
    .leftJoin(sectionTranslations, and(eq(sectionTranslations.sectionId, sections.id), eq(sectionTranslations.locale, locale)))
    .where(eq(sections.slug, slug));
  if (!section) return null;
  cacheTag(cacheTags.section(section.id), cacheTags.issues);

  const where = eq(articles.sectionId, section.id);
  return { section, articles: await newestCardsPage(locale, where, page) };
}
