import { integer, timestamp } from "drizzle-orm/pg-core";

/** Every editable row: when it last changed and a counter for optimistic locking. */
export const editable = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  version: integer().notNull().default(1),
};
