import { integer, pgTable, primaryKey, serial, text, varchar } from "drizzle-orm/pg-core";
import { editable } from "./columns";
import { localeEnum } from "./enums";

export const sections = pgTable("sections", {
  id: serial().primaryKey(),
  slug: varchar({ length: 100 }).notNull().unique(),
  position: integer().notNull().default(0),
  ...editable,
});

export const sectionTranslations = pgTable(
  "section_translations",
  {
    sectionId: integer()
      .notNull()
      .references(() => sections.id, { onDelete: "cascade" }),
    locale: localeEnum().notNull(),
    name: varchar({ length: 200 }).notNull(),
    description: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.sectionId, t.locale] })],
);

export const authors = pgTable("authors", {
  id: serial().primaryKey(),
  slug: varchar({ length: 100 }).notNull().unique(),
  ...editable,
});

export const authorTranslations = pgTable(
  "author_translations",
  {
    authorId: integer()
      .notNull()
      .references(() => authors.id, { onDelete: "cascade" }),
    locale: localeEnum().notNull(),
    name: varchar({ length: 200 }).notNull(),
    bio: text().notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.authorId, t.locale] })],
);

export const tags = pgTable("tags", {
  id: serial().primaryKey(),
  slug: varchar({ length: 100 }).notNull().unique(),
  ...editable,
});

export const tagTranslations = pgTable(
  "tag_translations",
  {
    tagId: integer()
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    locale: localeEnum().notNull(),
    name: varchar({ length: 200 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tagId, t.locale] })],
);

export type Section = typeof sections.$inferSelect;
export type SectionTranslation = typeof sectionTranslations.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type AuthorTranslation = typeof authorTranslations.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type TagTranslation = typeof tagTranslations.$inferSelect;
