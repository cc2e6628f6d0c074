import "server-only";
import { eq, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginThrottles } from "@/db/schema";

/** Free attempts before a lockout, per account and per IP (an IP may try several accounts). */
export const FREE_FAILURES = { account: 4, ip: 20 } as const;
const BASE_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 3600;
/** Failures count within this window: a row whose last failure is older starts again from zero. */
export const FAILURE_WINDOW_MS = 60 * 60 * 1000;
/** Rows untouched this long are deleted, so the table does not keep every address ever seen. */
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export function throttleKeys(email: string, ip: string) {
  return { account: `account:${email.trim().toLowerCase()}`, ip: `ip:${ip}` };
}

/** Seconds to wait after the given number of failures: none at first, then doubling up to an hour. */
export function lockSeconds(failures: number, free: number): number {
  if (failures <= free) return 0;
  return Math.min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - free - 1));
}

export async function isLocked(keys: string[], now = new Date()): Promise<boolean> {
  const rows = await getDb()
    .select({ lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, keys));
  return rows.some((row) => row.lockedUntil !== null && row.lockedUntil > now);
}

export async function recordFailure(key: string, free: number, now = new Date()): Promise<void> {
  const db = getDb();
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
  const stale = sql`${loginThrottles.lastFailureAt} < ${windowStart}::timestamptz`;
  const [row] = await db
    .insert(loginThrottles)
    .values({ key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        failures: sql`case when ${stale} then 1 else ${loginThrottles.failures} + 1 end`,
        lockedUntil: sql`case when ${stale} then null else ${loginThrottles.lockedUntil} end`,
        lastFailureAt: now,
      },
    })
    .returning({ failures: loginThrottles.failures });
  const seconds = lockSeconds(row!.failures, free);
  if (seconds > 0) {
    await db
      .update(loginThrottles)
      .set({ lockedUntil: new Date(now.getTime() + seconds * 1000) })
      .where(eq(loginThrottles.key, key));
  }
  await forgetOldFailures(now);
}

/** Opportunistic clean-up on each failure; the table stays small, so this stays cheap. */
async function forgetOldFailures(now: Date): Promise<void> {
  await getDb()
    .delete(loginThrottles)
    .where(lt(loginThrottles.lastFailureAt, new Date(now.getTime() - FORGET_AFTER_MS)));
}

export async function clearFailures(key: string): Promise<void> {
  await getDb().delete(loginThrottles).where(eq(loginThrottles.key, key));
}
