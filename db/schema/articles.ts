import { boolean, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { editable } from "./columns";
import { localeEnum, publicationStatus, translationStatus, trendEnum } from "./enums";
import { issues } from "./issues";
import { authors, sections, tags } from "./taxonomy";
import { users } from "./users";

export const articles = pgTable(
  "articles",
  {
    id: serial().primaryKey(),
    issueId: integer()
      .notNull()
      .references(() => issues.id, { onDelete: "restrict" }),
    sectionId: integer()
      .notNull()
      .references(() => sections.id, { onDelete: "restrict" }),
    position: integer().notNull().default(0),
    trend: trendEnum().notNull().default("none"),
    status: publicationStatus().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    isSample: boolean().notNull().default(false),
    /** The user who created the article; authors may only change their own. */
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    ...editable,
  },
  (t) => [index("articles_issue_idx").on(t.issueId, t.position), index("articles_section_idx").on(t.sectionId, t.publishedAt)],
);

export const articleTranslations = pgTable(
  "article_translations",
  {
    id: serial().primaryKey(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    locale: localeEnum().notNull(),
    slug: varchar({ length: 200 }).notNull(),
    title: varchar({ length: 300 }).notNull(),
    lead: text().notNull().default(""),
    /** Sanitized HTML. */
    body: text().notNull().default(""),
    seoDescription: varchar({ length: 320 }).notNull().default(""),
    status: translationStatus().notNull().default("draft"),
    ...editable,
  },
  (t) => [
    uniqueIndex("article_translations_article_locale_uq").on(t.articleId, t.locale),
    uniqueIndex("article_translations_locale_slug_uq").on(t.locale, t.slug),
    index("article_translations_slug_idx").on(t.slug),
  ],
);

export const articleAuthors = pgTable(
  "article_authors",
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    authorId: integer()
      .notNull()
      .references(() => authors.id, { onDelete: "restrict" }),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] }), index("article_authors_author_idx").on(t.authorId)],
);

export const articleTags = pgTable(
  "article_tags",
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer()
      .notNull()
      .references(() => tags.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId)],
);

export type Article = typeof articles.$inferSelect;
export type ArticleTranslation = typeof articleTranslations.$inferSelect;
