import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, sections, sectionTranslations } from "@/db/schema";
import { cacheTags } from "@/lib/cache/tags";
import type { TermStore } from "./store";

export const sectionStore: TermStore = {
  kind: "sections",
  link: { table: articles, articleId: articles.id, termId: articles.sectionId },
  cache: {
    list: cacheTags.sections,
    term: cacheTags.section,
    // Article pages carry their section's tag; issue pages group by section under "issues".
    edited: (id) => [cacheTags.sections, cacheTags.section(id), cacheTags.issues],
  },
  rows: (db, id) =>
    db
      .select({ id: sections.id, slug: sections.slug, version: sections.version })
      .from(sections)
      .where(id === undefined ? undefined : eq(sections.id, id))
      .orderBy(asc(sections.position), asc(sections.id)),
  translations: (db, id) =>
    db
      .select({
        id: sectionTranslations.sectionId,
        locale: sectionTranslations.locale,
        name: sectionTranslations.name,
        text: sectionTranslations.description,
      })
      .from(sectionTranslations)
      .where(id === undefined ? undefined : eq(sectionTranslations.sectionId, id)),
  async insert(tx, slug) {
    const last = sql<number>`(select coalesce(max(position), -1) + 1 from sections)`;
    const [row] = await tx.insert(sections).values({ slug, position: last }).returning({ id: sections.id });
    return row!.id;
  },
  async bump(tx, id, version, slug) {
    const rows = await tx
      .update(sections)
      .set({ slug, version: sql`${sections.version} + 1`, updatedAt: new Date() })
      .where(and(eq(sections.id, id), eq(sections.version, version)))
      .returning({ id: sections.id });
    return rows.length > 0;
  },
  async lock(tx, id) {
    const rows = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, id)).for("update");
    return rows.length > 0;
  },
  async putTranslation(tx, id, locale, { name, text }) {
    await tx
      .insert(sectionTranslations)
      .values({ sectionId: id, locale, name, description: text })
      .onConflictDoUpdate({ target: [sectionTranslations.sectionId, sectionTranslations.locale], set: { name, description: text } });
  },
  async dropTranslation(tx, id, locale) {
    await tx.delete(sectionTranslations).where(and(eq(sectionTranslations.sectionId, id), eq(sectionTranslations.locale, locale)));
  },
  async remove(tx, id) {
    await tx.delete(sections).where(eq(sections.id, id));
  },
};

/**
 * Moves a section one place up or down the reader's order. Renumbers every section in one
 * transaction (locking them all, so two editors reordering at once take turns), which also
 * repairs duplicate positions. Returns the new 1-based position, or null if the section is gone.
 */
export async function moveSection(id: number, direction: "up" | "down"): Promise<{ position: number; total: number } | null> {
  return getDb().transaction(async (tx) => {
    const order = await tx
      .select({ id: sections.id, position: sections.position })
      .from(sections)
      .orderBy(asc(sections.position), asc(sections.id))
      .for("update");
    const from = order.findIndex((row) => row.id === id);
    if (from < 0) return null;
    const to = Math.min(Math.max(direction === "up" ? from - 1 : from + 1, 0), order.length - 1);
    const [moved] = order.splice(from, 1);
    order.splice(to, 0, moved!);
    for (const [position, row] of order.entries()) {
      if (row.position !== position) await tx.update(sections).set({ position }).where(eq(sections.id, row.id));
    }
    return { position: to + 1, total: order.length };
  });
}
