import { boolean, integer, pgEnum, pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { editable } from "./columns";

export const roleEnum = pgEnum("role", ["admin", "editor", "author"]);

export const users = pgTable("users", {
  id: serial().primaryKey(),
  /** Stored lowercased; unique. */
  email: varchar({ length: 254 }).notNull().unique(),
  name: varchar({ length: 200 }).notNull(),
  passwordHash: text().notNull(),
  role: roleEnum().notNull().default("author"),
  active: boolean().notNull().default(true),
  /** Sessions issued before this instant are refused (password reset, deactivation). */
  sessionsValidAfter: timestamp({ withTimezone: true }).notNull().defaultNow(),
  ...editable,
});

/** Failed sign-ins per account and per IP, for growing lockouts. */
export const loginThrottles = pgTable("login_throttles", {
  key: varchar({ length: 300 }).primaryKey(),
  failures: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  lastFailureAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
