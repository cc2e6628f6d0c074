import "server-only";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { clearFailures, FREE_FAILURES, isLocked, recordFailure, throttleKeys } from "./throttle";
import { findUserByEmail, type SessionUser } from "./users";

export type CredentialCheck = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "locked" };

/**
 * Email + password, throttled per account and per IP. Unknown emails, wrong passwords and
 * inactive accounts all answer "invalid" after the same amount of hashing work.
 */
export async function checkCredentials(email: string, password: string, ip: string): Promise<CredentialCheck> {
  const keys = throttleKeys(email, ip);
  if (await isLocked([keys.account, keys.ip])) {
    await verifyAgainstDecoy(password);
    return { ok: false, reason: "locked" };
  }
  const user = await findUserByEmail(email);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !valid || !user.active) {
    await recordFailure(keys.account, FREE_FAILURES.account);
    await recordFailure(keys.ip, FREE_FAILURES.ip);
    return { ok: false, reason: (await isLocked([keys.account, keys.ip])) ? "locked" : "invalid" };
  }
  await clearFailures(keys.account);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
