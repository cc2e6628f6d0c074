import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes as base64url (43 characters): unguessable, and safe in a URL path. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Confirmation tokens are stored only as this hash, so a database leak confirms nobody. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
