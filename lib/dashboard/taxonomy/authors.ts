import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { articleAuthors, authors, authorTranslations } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { TermStore } from "./store";

export const authorStore: TermStore = {
  kind: "authors",
  link: { table: articleAuthors, articleId: articleAuthors.articleId, termId: articleAuthors.authorId },
  cache: {
    list: cacheTags.authors,
    term: cacheTags.author,
    // Bylines appear on issue pages ("issues") and on article pages, which carry their issue's tag.
    edited: (id, issueIds) => [cacheTags.authors, cacheTags.author(id), cacheTags.issues, ...issueIds.map(cacheTags.issue)],
  },
  rows: (db, id) =>
    db
      .select({ id: authors.id, slug: authors.slug, version: authors.version })
      .from(authors)
      .where(id === undefined ? undefined : eq(authors.id, id))
      .orderBy(asc(authors.slug)),
  translations: (db, id) =>
    db
      .select({
        id: authorTranslations.authorId,
        locale: authorTranslations.locale,
        name: authorTranslations.name,
        text: authorTranslations.bio,
      })
      .from(authorTranslations)
      .where(id === undefined ? undefined : eq(authorTranslations.authorId, id)),
  async insert(tx, slug) {
    const [row] = await tx.insert(authors).values({ slug }).returning({ id: authors.id });
    return row!.id;
  },
  async bump(tx, id, version, slug) {
    const rows = await tx
      .update(authors)
      .set({ slug, version: sql`${authors.version} + 1`, updatedAt: new Date() })
      .where(and(eq(authors.id, id), eq(authors.version, version)))
      .returning({ id: authors.id });
    return rows.length > 0;
  },
  async lock(tx, id) {
    const rows = await tx.select({ id: authors.id }).from(authors).where(eq(authors.id, id)).for("update");
    return rows.length > 0;
  },
  async putTranslation(tx, id, locale, { name, text }) {
    await tx
      .insert(authorTranslations)
      .values({ authorId: id, locale, name, bio: text })
      .onConflictDoUpdate({ target: [authorTranslations.authorId, authorTranslations.locale], set: { name, bio: text } });
  },
  async dropTranslation(tx, id, locale) {
    await tx.delete(authorTranslations).where(and(eq(authorTranslations.authorId, id), eq(authorTranslations.locale, locale)));
  },
  async remove(tx, id) {
    await tx.delete(authors).where(eq(authors.id, id));
  },
};
