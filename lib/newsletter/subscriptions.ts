import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { subscribers, subscriptionTokens } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { hashToken, newSecret } from "./secrets";
import { tokenState, type TokenState } from "./token-state";

/** How long a confirmation link works; an unconfirmed request is removed after it. */
export const CONFIRMATION_TTL_MS = 3 * 24 * 60 * 60_000;

export type SubscriptionRequest =
  | { kind: "confirm"; email: string; locale: Locale; token: string; tokenId: number }
  | { kind: "alreadyConfirmed"; subscriberId: number; email: string; locale: Locale; unsubscribeKey: string };

/**
 * A new, pending or unsubscribed address becomes pending in the chosen language, with a fresh
 * single-use token. A confirmed address is left exactly as it is: anyone can type it into the form.
 */
export async function requestSubscription(email: string, locale: Locale, now = new Date()): Promise<SubscriptionRequest> {
  return getDb().transaction(async (tx) => {
    const [refreshed] = await tx
      .insert(subscribers)
      .values({ email, locale, status: "pending", consentSource: "form", unsubscribeKey: newSecret(), createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: subscribers.email,
        set: { locale, status: "pending", consentSource: "form", updatedAt: now },
        setWhere: ne(subscribers.status, "confirmed"),
      })
      .returning({ id: subscribers.id });
    if (!refreshed) {
      const [existing] = await tx
        .select({ id: subscribers.id, locale: subscribers.locale, unsubscribeKey: subscribers.unsubscribeKey })
        .from(subscribers)
        .where(eq(subscribers.email, email));
      return {
        kind: "alreadyConfirmed",
        subscriberId: existing!.id,
        email,
        locale: existing!.locale,
        unsubscribeKey: existing!.unsubscribeKey,
      };
    }
    const token = newSecret();
    const [created] = await tx
      .insert(subscriptionTokens)
      .values({
        subscriberId: refreshed.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS),
        createdAt: now,
      })
      .returning({ id: subscriptionTokens.id });
    return { kind: "confirm", email, locale, token, tokenId: created!.id };
  });
}

/** What a confirmation link would do, without using it (mail scanners open links too). */
export async function inspectToken(token: string, now = new Date()): Promise<TokenState> {
  const [row] = await getDb()
    .select({ usedAt: subscriptionTokens.usedAt, expiresAt: subscriptionTokens.expiresAt })
    .from(subscriptionTokens)
    .where(eq(subscriptionTokens.tokenHash, hashToken(token)));
  return tokenState(row, now);
}

/**
 * Uses the token and confirms its subscriber. The subscriber's other open links are used up with
 * it, so an older confirmation mail cannot re-subscribe someone who later unsubscribes.
 */
export async function confirmSubscription(token: string, now = new Date()): Promise<Exclude<TokenState, "valid"> | "confirmed"> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: subscriptionTokens.id,
        subscriberId: subscriptionTokens.subscriberId,
        usedAt: subscriptionTokens.usedAt,
        expiresAt: subscriptionTokens.expiresAt,
      })
      .from(subscriptionTokens)
      .where(eq(subscriptionTokens.tokenHash, hashToken(token)))
      .for("update");
    const state = tokenState(row, now);
    if (state !== "valid") return state;
    await tx
      .update(subscriptionTokens)
      .set({ usedAt: now })
      .where(and(eq(subscriptionTokens.subscriberId, row!.subscriberId), isNull(subscriptionTokens.usedAt)));
    await tx
      .update(subscribers)
      .set({ status: "confirmed", confirmedAt: now, consentAt: now, unsubscribedAt: null, updatedAt: now })
      .where(eq(subscribers.id, row!.subscriberId));
    return "confirmed";
  });
}
