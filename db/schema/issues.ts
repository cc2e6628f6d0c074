import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, serial, timestamp } from "drizzle-orm/pg-core";
import { editable } from "./columns";
import { publicationStatus } from "./enums";

export const issues = pgTable(
  "issues",
  {
    id: serial().primaryKey(),
    number: integer().notNull().unique(),
    /** Always a Monday; the week runs to the Sunday six days later. */
    weekStart: date({ mode: "string" }).notNull().unique(),
    weekEnd: date({ mode: "string" })
      .notNull()
      .generatedAlwaysAs(sql`week_start + 6`),
    status: publicationStatus().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    scheduledAt: timestamp({ withTimezone: true }),
    isSample: boolean().notNull().default(false),
    ...editable,
  },
  (t) => [
    check("issues_week_start_is_monday", sql`extract(isodow from ${t.weekStart}) = 1`),
    index("issues_status_week_idx").on(t.status, t.weekStart),
  ],
);

export type Issue = typeof issues.$inferSelect;
