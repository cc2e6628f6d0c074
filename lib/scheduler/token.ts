import { createHmac, timingSafeEqual } from "node:crypto";

/** The scheduler proves itself with a token derived from AUTH_SECRET; nothing else can trigger a tick. */
export function schedulerToken(secret = process.env.AUTH_SECRET ?? ""): string {
  return createHmac("sha256", secret).update("focus-weekly scheduler tick").digest("base64url");
}

export function isSchedulerToken(candidate: string | null): boolean {
  if (!candidate || !process.env.AUTH_SECRET) return false;
  const expected = Buffer.from(schedulerToken());
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
