import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { changePersonRole } from "@/lib/actions/people/change-person-role";
import { createPerson } from "@/lib/actions/people/create-person";
import { listPeople } from "@/lib/actions/people/list-people";
import { resetPersonPassword } from "@/lib/actions/people/reset-person-password";
import { deactivatePerson, reactivatePerson } from "@/lib/actions/people/set-person-active";
import { checkCredentials } from "@/lib/auth/credentials";
import { loadSessionUser } from "@/lib/auth/users";
import { asUser } from "../support/as-user";
import { takeInvalidatedTags } from "../support/next-cache";
import { demoUser } from "./support/users";

const PASSWORD = "a-long-enough-password";
const nowSeconds = () => Math.floor(Date.now() / 1000);
const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@people.test`;

let ip = 0;
/** A fresh client IP per attempt, so failures in one test never throttle another. */
async function signsIn(email: string, password: string): Promise<boolean> {
  return (await checkCredentials(email, password, `198.51.100.${(ip = (ip % 250) + 1)}`)).ok;
}

async function row(id: number) {
  const [user] = await getDb().select().from(users).where(eq(users.id, id));
  return user!;
}

/** A new account made by the demo admin, dated an hour back so sessions can predate later changes. */
async function newPerson(role: "admin" | "editor" | "author", password = PASSWORD) {
  const email = uniqueEmail(role);
  const result = await asUser(await demoUser("admin"), () => createPerson({ email, name: `Test ${role}`, role, password }));
  if (!result.ok) throw new Error(result.message);
  const id = result.data!.id;
  await getDb()
    .update(users)
    .set({ sessionsValidAfter: new Date(Date.now() - 3600_000) })
    .where(eq(users.id, id));
  return row(id);
}

const allUsers = () => getDb().select().from(users).orderBy(asc(users.id));

/** Runs `fn` while `keep` are the only admins: the demo admin and any others are editors meanwhile. */
async function withOnlyAdmins<T>(keep: number[], fn: () => Promise<T>): Promise<T> {
  const db = getDb();
  const others = await db
    .update(users)
    .set({ role: "editor" })
    .where(and(eq(users.role, "admin"), notInArray(users.id, keep)))
    .returning({ id: users.id });
  try {
    return await fn();
  } finally {
    if (others.length)
      await db
        .update(users)
        .set({ role: "admin" })
        .where(
          inArray(
            users.id,
            others.map((o) => o.id),
          ),
        );
  }
}

describe("creating an account", () => {
  it("stores an argon2id hash of the chosen password, which then signs in", async () => {
    const person = await newPerson("editor");
    expect(person.passwordHash).toMatch(/^\$argon2id\$/);
    expect(person.email).toMatch(/^editor-.*@people\.test$/);
    expect(await signsIn(person.email, PASSWORD)).toBe(true);
    expect(await signsIn(person.email, "not-the-password")).toBe(false);
    expect(takeInvalidatedTags()).toEqual([]);
  });

  it("generates a strong password when none is given and returns it once", async () => {
    const email = uniqueEmail("generated");
    const result = await asUser(await demoUser("admin"), () => createPerson({ email, name: "Generated", role: "author", password: "" }));
    expect(result).toMatchObject({ ok: true, message: "Account created for Generated." });
    const password = result.ok ? result.data?.generatedPassword : undefined;
    expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    expect(await signsIn(email, password!)).toBe(true);
  });

  it("refuses a second account with the same email, whatever its case, with a field error", async () => {
    const admin = await demoUser("admin");
    const email = uniqueEmail("twice");
    await asUser(admin, () => createPerson({ email, name: "First", role: "author", password: PASSWORD }));
    const again = await asUser(admin, () => createPerson({ email: `  ${email.toUpperCase()} `, name: "Second", role: "editor" }), "be");
    expect(again).toMatchObject({ ok: false, errors: { email: ["Уліковы запіс з такім адрасам ужо ёсць."] } });
    const rows = await getDb().select().from(users).where(eq(users.email, email));
    expect(rows.map((r) => r.name)).toEqual(["First"]);
  });

  it("returns translated field errors for a bad email, an empty name, an unknown role and a short password", async () => {
    const before = await allUsers();
    const input = { email: "not-an-email", name: " ", role: "boss", password: "short" };
    const result = await asUser(await demoUser("admin"), () => createPerson(input), "ru");
    expect(result).toMatchObject({
      ok: false,
      errors: {
        email: ["Введите правильный адрес электронной почты."],
        name: ["Это поле обязательно."],
        role: ["Выберите один из вариантов."],
        password: ["Слишком коротко."],
      },
    });
    expect(await allUsers()).toEqual(before);
  });

  it("lists accounts for an admin without their password hashes", async () => {
    const person = await newPerson("author");
    const result = await asUser(await demoUser("admin"), () => listPeople({}));
    const listed = result.ok ? result.data?.find((p) => p.id === person.id) : undefined;
    expect(listed).toEqual({ ...listed, email: person.email, role: "author", active: true, version: person.version });
    expect(Object.keys(listed!)).not.toContain("passwordHash");
  });
});

describe("editing an account", () => {
  it("changes a role, and refuses an edit made against an older version", async () => {
    const admin = await demoUser("admin");
    const person = await newPerson("author");
    const first = await asUser(admin, () => changePersonRole({ userId: person.id, version: person.version, role: "editor" }));
    expect(first).toMatchObject({ ok: true, message: "Test author: the role is now “Editor”." });
    expect(await row(person.id)).toMatchObject({ role: "editor", version: person.version + 1 });

    const stale = await asUser(admin, () => changePersonRole({ userId: person.id, version: person.version, role: "admin" }));
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("Someone else changed this account") });
    expect(await row(person.id)).toMatchObject({ role: "editor", version: person.version + 1 });
  });

  it("resets a password: the new one signs in, the old one does not, and earlier sessions end", async () => {
    const person = await newPerson("editor");
    const earlier = nowSeconds() - 60;
    expect(await loadSessionUser(person.id, earlier)).not.toBeNull();
    const result = await asUser(await demoUser("admin"), () => resetPersonPassword({ userId: person.id, version: person.version }));
    const password = result.ok ? result.data?.generatedPassword : undefined;
    expect(password).toBeTruthy();
    expect(await loadSessionUser(person.id, earlier)).toBeNull();
    expect(await loadSessionUser(person.id, nowSeconds() + 1)).not.toBeNull();
    expect(await signsIn(person.email, PASSWORD)).toBe(false);
    expect(await signsIn(person.email, password!)).toBe(true);
  });

  it("lifts a sign-in lockout when an admin sets a new password", async () => {
    const person = await newPerson("author");
    for (let i = 0; i < 5; i++) await signsIn(person.email, "wrong guess");
    expect(await signsIn(person.email, PASSWORD)).toBe(false);
    const chosen = "a-brand-new-password";
    await asUser(await demoUser("admin"), () => resetPersonPassword({ userId: person.id, version: person.version, password: chosen }));
    expect(await signsIn(person.email, chosen)).toBe(true);
  });

  it("deactivating ends the person's sessions and refuses their password until reactivated", async () => {
    const admin = await demoUser("admin");
    const person = await newPerson("editor");
    const session = nowSeconds() - 10;
    const off = await asUser(admin, () => deactivatePerson({ userId: person.id, version: person.version }));
    expect(off).toMatchObject({ ok: true, message: "Test editor is deactivated and signed out everywhere." });
    expect(await loadSessionUser(person.id, session)).toBeNull();
    expect(await loadSessionUser(person.id, nowSeconds() + 1)).toBeNull();
    expect(await signsIn(person.email, PASSWORD)).toBe(false);

    const on = await asUser(admin, () => reactivatePerson({ userId: person.id, version: person.version + 1 }));
    expect(on.ok).toBe(true);
    expect(await signsIn(person.email, PASSWORD)).toBe(true);
    expect(await loadSessionUser(person.id, session)).toBeNull();
  });
});

describe("protecting the administrators", () => {
  it("refuses an admin who demotes or deactivates themselves", async () => {
    const admin = await newPerson("admin");
    const target = { userId: admin.id, version: admin.version };
    const demote = await asUser(admin, () => changePersonRole({ ...target, role: "editor" }));
    expect(demote).toMatchObject({ ok: false, message: "You cannot change your own role. Ask another administrator." });
    const off = await asUser(admin, () => deactivatePerson(target), "ru");
    expect(off).toMatchObject({ ok: false, message: "Нельзя отключить собственную учётную запись. Обратитесь к другому администратору." });
    expect(await row(admin.id)).toEqual(admin);
  });

  it("refuses to demote or deactivate the last active administrator", async () => {
    const admin = await newPerson("admin");
    const target = { userId: admin.id, version: admin.version };
    const [demote, off] = await withOnlyAdmins([admin.id], async () => [
      await asUser(admin, () => changePersonRole({ ...target, role: "author" })),
      await asUser(admin, () => deactivatePerson(target)),
    ]);
    const lastAdmin = "There must always be an active administrator. Make someone else an administrator first.";
    expect(demote).toMatchObject({ ok: false, message: lastAdmin });
    expect(off).toMatchObject({ ok: false, message: lastAdmin });
    expect(await row(admin.id)).toEqual(admin);
  });

  it("keeps an administrator when the last two demote each other at the same moment", async () => {
    const [a, b] = [await newPerson("admin"), await newPerson("admin")];
    const results = await withOnlyAdmins([a.id, b.id], () =>
      Promise.all([
        asUser(a, () => changePersonRole({ userId: b.id, version: b.version, role: "editor" })),
        asUser(b, () => changePersonRole({ userId: a.id, version: a.version, role: "editor" })),
      ]),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect([(await row(a.id)).role, (await row(b.id)).role].sort()).toEqual(["admin", "editor"]);
  });
});

describe("who may manage people", () => {
  const everyAction = (target: { userId: number; version: number }): (() => Promise<unknown>)[] => [
    () => listPeople({}),
    () => createPerson({ email: uniqueEmail("intruder"), name: "Intruder", role: "admin", password: PASSWORD }),
    () => changePersonRole({ ...target, role: "admin" }),
    () => resetPersonPassword({ ...target, password: "taken-over-password" }),
    () => deactivatePerson(target),
    () => reactivatePerson(target),
  ];

  it.each(["editor", "author"] as const)("refuses an %s for every people action and changes nothing", async (role) => {
    const user = await demoUser(role);
    const person = await newPerson("author");
    const before = await allUsers();
    for (const action of everyAction({ userId: person.id, version: person.version })) {
      expect(await asUser(user, action)).toEqual({ ok: false, message: "You do not have permission to do this." });
    }
    expect(await allUsers()).toEqual(before);
  });

  it("refuses a visitor without a session for every people action", async () => {
    const person = await newPerson("author");
    const before = await allUsers();
    for (const action of everyAction({ userId: person.id, version: person.version })) {
      expect(await asUser(null, action)).toEqual({ ok: false, message: "Your session has ended. Sign in again." });
    }
    expect(await allUsers()).toEqual(before);
  });
});
