import { index, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { localeEnum } from "./enums";
import { issues } from "./issues";
import { users } from "./users";

export const subscriberStatus = pgEnum("subscriber_status", ["pending", "confirmed", "unsubscribed"]);

export const subscribers = pgTable(
  "subscribers",
  {
    id: serial().primaryKey(),
    /** Stored lowercased; unique. */
    email: varchar({ length: 254 }).notNull().unique(),
    locale: localeEnum().notNull(),
    status: subscriberStatus().notNull().default("pending"),
    /** Where consent came from: "form", "import: <file or note>", … */
    consentSource: varchar({ length: 300 }).notNull(),
    consentAt: timestamp({ withTimezone: true }),
    /** Secret in every newsletter's unsubscribe link; never changes, so old links keep working. */
    unsubscribeKey: varchar({ length: 64 }).notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp({ withTimezone: true }),
    unsubscribedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("subscribers_status_locale_idx").on(t.status, t.locale)],
);

/** Single-use confirmation links; only a hash of the token is stored. */
export const subscriptionTokens = pgTable(
  "subscription_tokens",
  {
    id: serial().primaryKey(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id, { onDelete: "cascade" }),
    tokenHash: varchar({ length: 64 }).notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("subscription_tokens_expiry_idx").on(t.expiresAt)],
);

export const newsletterSendStatus = pgEnum("newsletter_send_status", ["queued", "sending", "done"]);

/** An issue's newsletter: one per issue; sending again only reaches subscribers it has not reached. */
export const newsletterSends = pgTable("newsletter_sends", {
  id: serial().primaryKey(),
  issueId: integer()
    .notNull()
    .unique()
    .references(() => issues.id, { onDelete: "restrict" }),
  status: newsletterSendStatus().notNull().default("queued"),
  createdById: integer().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp({ withTimezone: true }),
});

export const deliveryStatus = pgEnum("delivery_status", ["pending", "sending", "sent", "failed"]);

/**
 * The outbox: one row per subscriber per send, unique, so nobody is queued twice. "sending" means
 * the message's final line has not been handed to the mail server (see lib/newsletter/worker.ts).
 */
export const newsletterDeliveries = pgTable(
  "newsletter_deliveries",
  {
    id: serial().primaryKey(),
    sendId: integer()
      .notNull()
      .references(() => newsletterSends.id, { onDelete: "cascade" }),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id, { onDelete: "cascade" }),
    locale: localeEnum().notNull(),
    status: deliveryStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("newsletter_deliveries_send_subscriber_uq").on(t.sendId, t.subscriberId),
    index("newsletter_deliveries_due_idx").on(t.status, t.nextAttemptAt),
  ],
);

export type Subscriber = typeof subscribers.$inferSelect;
export type NewsletterDelivery = typeof newsletterDeliveries.$inferSelect;
