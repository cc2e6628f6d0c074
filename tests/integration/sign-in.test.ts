import { eq, like } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { loginThrottles, users } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { FREE_FAILURES, lockSeconds } from "@/lib/auth/throttle";
import { loadSessionUser } from "@/lib/auth/users";
import { demoUser } from "./support/users";

beforeEach(async () => {
  await getDb().delete(loginThrottles).where(like(loginThrottles.key, "%"));
});

describe("checkCredentials", () => {
  it("accepts the right password, case-insensitively for the email", async () => {
    const result = await checkCredentials("Editor@Example.org ", "demo-password", "198.51.100.1");
    expect(result).toMatchObject({ ok: true, user: { email: "editor@example.org", role: "editor" } });
  });

  it("locks an account after five wrong passwords, even for the right one next", async () => {
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await checkCredentials("author@example.org", `wrong-${i}`, "198.51.100.2"));
    expect(outcomes.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);
    expect(await checkCredentials("author@example.org", "demo-password", "198.51.100.3")).toEqual({ ok: false, reason: "locked" });
  });

  it("treats an unknown email exactly like a wrong password, lockout included", async () => {
    const reasons = [];
    for (let i = 0; i < 5; i++) reasons.push(await checkCredentials("nobody@example.org", "whatever", "198.51.100.4"));
    expect(reasons.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);
  });

  it("locks an address that tries many accounts", async () => {
    for (let i = 0; i <= FREE_FAILURES.ip; i++) await checkCredentials(`probe-${i}@example.org`, "x", "198.51.100.5");
    expect(await checkCredentials("editor@example.org", "demo-password", "198.51.100.5")).toEqual({ ok: false, reason: "locked" });
    expect((await checkCredentials("editor@example.org", "demo-password", "198.51.100.6")).ok).toBe(true);
  });

  it("refuses a deactivated account, and its existing sessions", async () => {
    const [user] = await getDb()
      .insert(users)
      .values({ email: "gone@example.org", name: "Gone", role: "editor", passwordHash: (await demoUser("editor")).passwordHash })
      .returning();
    const issuedAt = Math.floor(Date.now() / 1000) + 1;
    expect(await loadSessionUser(user!.id, issuedAt)).not.toBeNull();
    await getDb().update(users).set({ active: false }).where(eq(users.id, user!.id));
    expect(await loadSessionUser(user!.id, issuedAt)).toBeNull();
    expect(await checkCredentials("gone@example.org", "demo-password", "198.51.100.7")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("lockSeconds", () => {
  it("grows from a minute, doubling, up to an hour", () => {
    expect([4, 5, 6, 7, 20].map((n) => lockSeconds(n, 4))).toEqual([0, 60, 120, 240, 3600]);
  });
});
