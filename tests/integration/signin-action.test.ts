import { like } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { loginThrottles } from "@/db/schema";
import { signInWithPassword } from "@/lib/actions/session/sign-in";
import { asUser } from "../support/as-user";

function form(email: string, password: string) {
  const data = new FormData();
  data.set("email", email);
  data.set("password", password);
  return data;
}

beforeEach(async () => {
  await getDb().delete(loginThrottles).where(like(loginThrottles.key, "%"));
});

describe("signing in through the form", () => {
  it("says the same for a wrong password and an unknown email, then that the account is locked", async () => {
    const messages: string[] = [];
    for (let i = 0; i < 5; i++)
      messages.push(
        ((await asUser(null, () => signInWithPassword(null, form("author@example.org", `nope-${i}`)))) as { message: string }).message,
      );
    expect(messages.slice(0, 4)).toEqual(Array(4).fill("The email or password is incorrect."));
    expect(messages[4]).toMatch(/^Too many failed attempts/);
    const unknown = await asUser(null, () => signInWithPassword(null, form("nobody-at-all@example.org", "nope")));
    expect(unknown).toEqual({ ok: false, message: "The email or password is incorrect." });
  });
});
