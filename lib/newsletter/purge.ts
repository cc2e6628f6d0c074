import "server-only";
import { and, eq, gt, isNull, lt, notExists, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { subscribers, subscriptionTokens } from "@/db/schema";
import { purgeRateLimits } from "./rate-limit";
import { CONFIRMATION_TTL_MS } from "./subscriptions";

/**
 * Removes what an unconfirmed request leaves behind once its links have expired: the tokens, and
 * pending subscribers with no link still open. Cheap enough to run on every subscribe request;
 * exported for a scheduler too.
 */
export async function purgeExpiredSubscriptions(now = new Date()): Promise<{ tokens: number; subscribers: number }> {
  const db = getDb();
  const tokens = await db.delete(subscriptionTokens).where(lt(subscriptionTokens.expiresAt, now)).returning({ id: subscriptionTokens.id });
  const liveToken = db
    .select({ one: sql`1` })
    .from(subscriptionTokens)
    .where(
      and(eq(subscriptionTokens.subscriberId, subscribers.id), isNull(subscriptionTokens.usedAt), gt(subscriptionTokens.expiresAt, now)),
    );
  // The age check also protects a request being refreshed right now: its row is locked and re-read.
  const removed = await db
    .delete(subscribers)
    .where(
      and(
        eq(subscribers.status, "pending"),
        lt(subscribers.updatedAt, new Date(now.getTime() - CONFIRMATION_TTL_MS)),
        notExists(liveToken),
      ),
    )
    .returning({ id: subscribers.id });
  await purgeRateLimits(now);
  return { tokens: tokens.length, subscribers: removed.length };
}
