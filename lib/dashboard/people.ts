import "server-only";
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role } from "@/db/schema";

export interface Person {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  /** The creation date in the reader's language, formatted here: browsers may lack Belarusian date names. */
  createdOn: string;
  version: number;
}

export interface PersonTarget {
  userId: number;
  /** The version the admin saw; an edit made against an older one is refused. */
  version: number;
}

export type PersonRefusal = "notFound" | "stale" | "lastAdmin" | "selfDemote" | "selfDeactivate";
export type PersonChange = { ok: true; name: string; email: string } | { ok: false; reason: PersonRefusal };

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
type Locked = { id: number; name: string; email: string; role: Role; active: boolean };

/** Every account by name (a row keeps its place when deactivated). Never the password hash. */
export async function listDeskPeople(locale: string): Promise<Person[]> {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Minsk" });
  const rows = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      createdAt: users.createdAt,
      version: users.version,
    })
    .from(users)
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), createdOn: dateFormat.format(row.createdAt) }));
}

/** A new account, or null when the email is taken (the unique index decides, so a race cannot make two). */
export async function insertPerson(input: { email: string; name: string; role: Role; passwordHash: string }): Promise<number | null> {
  const [row] = await getDb().insert(users).values(input).onConflictDoNothing({ target: users.email }).returning({ id: users.id });
  return row?.id ?? null;
}

export async function changeRole(actorId: number, target: PersonTarget, role: Role): Promise<PersonChange> {
  return getDb().transaction(async (tx) => {
    const row = await lockTarget(tx, target);
    if (typeof row === "string") return refuse(row);
    if (row.role === role) return done(row);
    if (role !== "admin" && (await isLastActiveAdmin(tx, row))) return refuse("lastAdmin");
    if (row.id === actorId) return refuse("selfDemote");
    await save(tx, row.id, { role });
    return done(row);
  });
}

/** Deactivation also ends every session of the account at once. */
export async function setActive(actorId: number, target: PersonTarget, active: boolean): Promise<PersonChange> {
  return getDb().transaction(async (tx) => {
    const row = await lockTarget(tx, target);
    if (typeof row === "string") return refuse(row);
    if (row.active === active) return done(row);
    if (!active && (await isLastActiveAdmin(tx, row))) return refuse("lastAdmin");
    if (!active && row.id === actorId) return refuse("selfDeactivate");
    await save(tx, row.id, active ? { active } : { active, sessionsValidAfter: new Date() });
    return done(row);
  });
}

/** A new password ends every session that was signed in with the old one. */
export async function resetPassword(target: PersonTarget, passwordHash: string): Promise<PersonChange> {
  return getDb().transaction(async (tx) => {
    const row = await lockTarget(tx, target);
    if (typeof row === "string") return refuse(row);
    await save(tx, row.id, { passwordHash, sessionsValidAfter: new Date() });
    return done(row);
  });
}

async function lockTarget(tx: Tx, target: PersonTarget): Promise<Locked | "notFound" | "stale"> {
  // Account changes run one at a time: two admins demoting each other at once must not leave none.
  await tx.execute(sql`lock table ${users} in share row exclusive mode`);
  const [row] = await tx
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active, version: users.version })
    .from(users)
    .where(eq(users.id, target.userId));
  if (!row) return "notFound";
  return row.version === target.version ? row : "stale";
}

async function isLastActiveAdmin(tx: Tx, row: Locked): Promise<boolean> {
  if (row.role !== "admin" || !row.active) return false;
  const [others] = await tx
    .select({ value: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, row.id)));
  return (others?.value ?? 0) === 0;
}

async function save(
  tx: Tx,
  id: number,
  changes: Partial<Pick<typeof users.$inferInsert, "role" | "active" | "passwordHash" | "sessionsValidAfter">>,
) {
  await tx
    .update(users)
    .set({ ...changes, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(eq(users.id, id));
}

function refuse(reason: PersonRefusal): PersonChange {
  return { ok: false, reason };
}

function done(row: Locked): PersonChange {
  return { ok: true, name: row.name, email: row.email };
}
