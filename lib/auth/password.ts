import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes); the library's defaults.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** Spends the time of a real check, so an unknown email answers no faster than a known one. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hash("decoy password that matches nothing");
  await verifyPassword(await decoy, password);
  return false;
}

export const MIN_PASSWORD_LENGTH = 10;
