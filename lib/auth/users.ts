import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { hashPassword } from "./password";

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(email: string) {
  const [user] = await getDb()
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return user;
}

/** The user behind a session, re-read on every request: a deactivated or reset account is refused at once. */
export async function loadSessionUser(id: number, issuedAt: number): Promise<SessionUser | null> {
  const [user] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      validAfter: users.sessionsValidAfter,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user || !user.active) return null;
  if (issuedAt * 1000 < user.validAfter.getTime() - 1000) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function createUser(input: { email: string; name: string; password: string; role: Role }): Promise<SessionUser> {
  const [user] = await getDb()
    .insert(users)
    .values({ email: normalizeEmail(input.email), name: input.name, role: input.role, passwordHash: await hashPassword(input.password) })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
  return user!;
}
