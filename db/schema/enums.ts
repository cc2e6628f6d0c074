import { pgEnum } from "drizzle-orm/pg-core";

export const localeEnum = pgEnum("locale", ["en", "be", "ru"]);
export const publicationStatus = pgEnum("publication_status", ["draft", "scheduled", "published"]);
export const trendEnum = pgEnum("trend", ["improved", "unchanged", "worsened", "none"]);
export const translationStatus = pgEnum("translation_status", ["draft", "ready"]);
