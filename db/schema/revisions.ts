import { index, integer, pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { localeEnum } from "./enums";
import { users } from "./users";

/** Every save of a translation, so an editor can compare and restore. */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: serial().primaryKey(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    locale: localeEnum().notNull(),
    /** The translation's version this revision recorded. */
    version: integer().notNull(),
    slug: varchar({ length: 200 }).notNull(),
    title: varchar({ length: 300 }).notNull(),
    lead: text().notNull(),
    body: text().notNull(),
    seoDescription: varchar({ length: 320 }).notNull(),
    savedById: integer().references(() => users.id, { onDelete: "set null" }),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("article_revisions_article_locale_idx").on(t.articleId, t.locale, t.savedAt)],
);

export type ArticleRevision = typeof articleRevisions.$inferSelect;
