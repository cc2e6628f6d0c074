/** What a confirmation link would do if used now. */
export type TokenState = "valid" | "used" | "expired" | "invalid";

export function tokenState(row: { usedAt: Date | null; expiresAt: Date } | undefined, now: Date): TokenState {
  if (!row) return "invalid";
  if (row.usedAt) return "used";
  return row.expiresAt <= now ? "expired" : "valid";
}
