import "server-only";
import { auth } from "./auth";
import { loadSessionUser, type SessionUser } from "./users";

/**
 * The signed-in user, read from the database on every call: the token only says who it was
 * issued to, never what they may do now (roles change, accounts are deactivated).
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = (await auth()) as { userId?: number; issuedAt?: number } | null;
  if (!session?.userId || !session.issuedAt) return null;
  return loadSessionUser(session.userId, session.issuedAt);
}
