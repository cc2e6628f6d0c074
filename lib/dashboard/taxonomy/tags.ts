import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { articleTags, tags, tagTranslations } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { TermStore } from "./store";

/** Tags have a name only; their `text` is always empty. */
export const tagStore: TermStore = {
  kind: "tags",
  link: { table: articleTags, articleId: articleTags.articleId, termId: articleTags.tagId },
  cache: {
    list: cacheTags.tags,
    term: cacheTags.tag,
    // Tag names appear on article pages only, which carry their issue's tag.
    edited: (id, issueIds) => [cacheTags.tags, cacheTags.tag(id), ...issueIds.map(cacheTags.issue)],
  },
  rows: (db, id) =>
    db
      .select({ id: tags.id, slug: tags.slug, version: tags.version })
      .from(tags)
      .where(id === undefined ? undefined : eq(tags.id, id))
      .orderBy(asc(tags.slug)),
  translations: (db, id) =>
    db
      .select({ id: tagTranslations.tagId, locale: tagTranslations.locale, name: tagTranslations.name, text: sql<string>`''` })
      .from(tagTranslations)
      .where(id === undefined ? undefined : eq(tagTranslations.tagId, id)),
  async insert(tx, slug) {
    const [row] = await tx.insert(tags).values({ slug }).returning({ id: tags.id });
    return row!.id;
  },
  async bump(tx, id, version, slug) {
    const rows = await tx
      .update(tags)
      .set({ slug, version: sql`${tags.version} + 1`, updatedAt: new Date() })
      .where(and(eq(tags.id, id), eq(tags.version, version)))
      .returning({ id: tags.id });
    return rows.length > 0;
  },
  async lock(tx, id) {
    const rows = await tx.select({ id: tags.id }).from(tags).where(eq(tags.id, id)).for("update");
    return rows.length > 0;
  },
  async putTranslation(tx, id, locale, { name }) {
    await tx
      .insert(tagTranslations)
      .values({ tagId: id, locale, name })
      .onConflictDoUpdate({ target: [tagTranslations.tagId, tagTranslations.locale], set: { name } });
  },
  async dropTranslation(tx, id, locale) {
    await tx.delete(tagTranslations).where(and(eq(tagTranslations.tagId, id), eq(tagTranslations.locale, locale)));
  },
  async remove(tx, id) {
    await tx.delete(tags).where(eq(tags.id, id));
  },
};
