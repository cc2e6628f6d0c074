import { eq, like } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { loginThrottles, users } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { FREE_FAILURES, lockSeconds, recordFailure, throttleKeys } from "@/lib/auth/throttle";
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

describe("failure decay", () => {
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

  it("forgets failures whose last one is more than an hour old", async () => {
    const { account } = throttleKeys("author@example.org", "198.51.100.8");
    for (let i = 0; i < FREE_FAILURES.account; i++) await recordFailure(account, FREE_FAILURES.account, hoursAgo(2));
    expect(await checkCredentials("author@example.org", "wrong-again", "198.51.100.8")).toEqual({ ok: false, reason: "invalid" });
    const [row] = await getDb().select().from(loginThrottles).where(eq(loginThrottles.key, account));
    expect(row!.failures).toBe(1);
  });

  it("still counts failures within the hour", async () => {
    const { account } = throttleKeys("author@example.org", "198.51.100.9");
    for (let i = 0; i < FREE_FAILURES.account; i++) await recordFailure(account, FREE_FAILURES.account, hoursAgo(0.5));
    expect(await checkCredentials("author@example.org", "wrong-again", "198.51.100.9")).toEqual({ ok: false, reason: "locked" });
  });

  it("deletes rows untouched for more than a day when the next failure comes", async () => {
    await getDb()
      .insert(loginThrottles)
      .values({ key: "ip:192.0.2.1", failures: 3, lastFailureAt: hoursAgo(25) });
    await getDb()
      .insert(loginThrottles)
      .values({ key: "ip:192.0.2.2", failures: 3, lastFailureAt: hoursAgo(23) });
    await checkCredentials("nobody@example.org", "x", "198.51.100.10");
    const keys = (await getDb().select({ key: loginThrottles.key }).from(loginThrottles)).map((row) => row.key);
    expect(keys).not.toContain("ip:192.0.2.1");
    expect(keys).toContain("ip:192.0.2.2");
  });
});

describe("lockSeconds", () => {
  it("grows from a minute, doubling, up to an hour", () => {
    expect([4, 5, 6, 7, 20].map((n) => lockSeconds(n, 4))).toEqual([0, 60, 120, 240, 3600]);
  });
});
