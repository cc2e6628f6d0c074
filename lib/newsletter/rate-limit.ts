import "server-only";
import { and, like, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginThrottles } from "@/db/schema";
import { hashToken } from "./secrets";

/**
 * Fixed-window counters for the public subscribe form, kept in the login_throttles table under
 * their own prefix (the sign-in throttle only reads "account:" and "ip:" keys). There,
 * `failures` counts requests and `lastFailureAt` holds the start of the current window.
 * Addresses and IPs are stored hashed.
 */
const PREFIX = "newsletter:";

export const subscribeLimits = {
  ip: { max: 5, windowMs: 10 * 60_000 },
  /** Confirmation mails to one address, whoever asks: the form must not become a way to flood an inbox. */
  address: { max: 3, windowMs: 60 * 60_000 },
} as const;

export function rateLimitKey(kind: keyof typeof subscribeLimits, value: string): string {
  return `${PREFIX}${kind}:${hashToken(value)}`;
}

/** Counts one request and says whether it is within the limit. One statement, so concurrent requests count correctly. */
export async function takeRateLimit(kind: keyof typeof subscribeLimits, value: string, now = new Date()): Promise<boolean> {
  const { max, windowMs } = subscribeLimits[kind];
  const windowStart = new Date(now.getTime() - windowMs).toISOString();
  const expired = sql`${loginThrottles.lastFailureAt} <= ${windowStart}::timestamptz`;
  const [row] = await getDb()
    .insert(loginThrottles)
    .values({ key: rateLimitKey(kind, value), failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${loginThrottles.failures} + 1 end`,
        lastFailureAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${loginThrottles.lastFailureAt} end`,
      },
    })
    .returning({ count: loginThrottles.failures });
  return row!.count <= max;
}

/** Forgets windows that have ended (the longest window bounds them all). */
export async function purgeRateLimits(now = new Date()): Promise<void> {
  const oldest = new Date(now.getTime() - Math.max(...Object.values(subscribeLimits).map((l) => l.windowMs)));
  await getDb()
    .delete(loginThrottles)
    .where(and(like(loginThrottles.key, `${PREFIX}%`), lt(loginThrottles.lastFailureAt, oldest)));
}
