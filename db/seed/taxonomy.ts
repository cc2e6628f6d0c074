import type { Database } from "../connect";
import * as s from "../schema";
import { authors, sections, tags } from "./content/taxonomy";
import type { SeedLocale } from "./types";

export const locales: SeedLocale[] = ["en", "be", "ru"];

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Ids = Map<string, number>;

async function insertSections(tx: Tx): Promise<Ids> {
  const ids: Ids = new Map();
  for (const [position, section] of sections.entries()) {
    const [row] = await tx.insert(s.sections).values({ slug: section.slug, position }).returning({ id: s.sections.id });
    ids.set(section.slug, row!.id);
    await tx
      .insert(s.sectionTranslations)
      .values(
        locales.map((locale) => ({ sectionId: row!.id, locale, name: section.name[locale], description: section.description[locale] })),
      );
  }
  return ids;
}

async function insertAuthors(tx: Tx): Promise<Ids> {
  const ids: Ids = new Map();
  for (const author of authors) {
    const [row] = await tx.insert(s.authors).values({ slug: author.slug }).returning({ id: s.authors.id });
    ids.set(author.slug, row!.id);
    await tx
      .insert(s.authorTranslations)
      .values(locales.map((locale) => ({ authorId: row!.id, locale, name: author.name[locale], bio: author.bio[locale] })));
  }
  return ids;
}

async function insertTags(tx: Tx): Promise<Ids> {
  const ids: Ids = new Map();
  for (const tag of tags) {
    const [row] = await tx.insert(s.tags).values({ slug: tag.slug }).returning({ id: s.tags.id });
    ids.set(tag.slug, row!.id);
    await tx.insert(s.tagTranslations).values(locales.map((locale) => ({ tagId: row!.id, locale, name: tag.name[locale] })));
  }
  return ids;
}

/** Sections, authors and tags of the demo content, in all three languages; returns their ids by slug. */
export async function insertTaxonomy(tx: Tx): Promise<{ sectionIds: Ids; authorIds: Ids; tagIds: Ids }> {
  return { sectionIds: await insertSections(tx), authorIds: await insertAuthors(tx), tagIds: await insertTags(tx) };
}
