import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";

const root = path.resolve(import.meta.dirname, "../..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "create-user-cli-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

/** `npm run user:create -- …` as a separate process, on DATABASE_URL or on an embedded data folder. */
function createUser(args: string[], database: { url: string } | { dataDir: string }): Promise<Run> {
  const { DATABASE_URL: _url, PGLITE_DATA_DIR: _dir, ...env } = process.env;
  Object.assign(env, "url" in database ? { DATABASE_URL: database.url } : { PGLITE_DATA_DIR: database.dataDir });
  return new Promise((resolve) => {
    execFile(path.join(root, "node_modules/.bin/tsx"), ["scripts/create-user.ts", ...args], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const email = () => `cli-${randomUUID().slice(0, 8)}@people.test`;

describe("npm run user:create", () => {
  // Separate processes that open no database: safe, and quicker, side by side.
  it.concurrent.each([
    [["--email", "someone@people.test", "--role", "boss"], 'Unknown role "boss": use admin, editor or author.'],
    [["--email", "not-an-email", "--role", "admin"], 'Not a valid email address: "not-an-email".'],
    [["--email", "someone@people.test", "--role", "admin", "--password", "short"], "The password must be 10 to 1000 characters long."],
    [["--email", "someone@people.test"], "--email and --role are required (usage: npm run user:create -- --email a@b.org"],
    [["--email", "someone@people.test", "--role", "admin", "--admin"], "Unknown option '--admin'"],
  ])("refuses %j with one line and exit code 2, before opening a database", async (args, line) => {
    const dataDir = path.join(scratch, `untouched-${randomUUID()}`);
    const run = await createUser(args, { dataDir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining(line)]);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("creates an account in DATABASE_URL and prints the generated password once", async () => {
    const address = email();
    const run = await createUser(["--email", address.toUpperCase(), "--role", "editor", "--name", "Cli Editor"], {
      url: inject("databaseUrl"),
    });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const password = /Password \(shown once, pass it on privately\): (\S+)/.exec(run.stdout)?.[1];
    const [row] = await getDb().select().from(users).where(eq(users.email, address));
    expect(row).toMatchObject({ name: "Cli Editor", role: "editor", active: true, passwordHash: expect.stringMatching(/^\$argon2id\$/) });
    expect((await checkCredentials(address, password!, "192.0.2.10")).ok).toBe(true);
  });

  it("refuses an email that already has an account, with exit code 1", async () => {
    const address = email();
    const database = { url: inject("databaseUrl") };
    expect((await createUser(["--email", address, "--role", "author", "--password", "first-password"], database)).code).toBe(0);
    const again = await createUser(["--email", address, "--role", "admin", "--password", "second-password"], database);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining(`already an account with the email ${address}`) });
    const rows = await getDb().select({ role: users.role }).from(users).where(eq(users.email, address));
    expect(rows).toEqual([{ role: "author" }]);
    expect((await checkCredentials(address, "first-password", "192.0.2.11")).ok).toBe(true);
  });

  it.runIf(inject("databaseEmbedded"))(
    "works on an embedded data folder, and says so when another process holds it",
    async () => {
      const dataDir = path.join(scratch, "pglite");
      const args = ["--email", "first-admin@people.test", "--role", "admin", "--password", "first-admin-password"];
      expect(await createUser(args, { dataDir })).toMatchObject({ code: 0, stdout: expect.stringContaining("Created admin account") });
      expect(await createUser(args, { dataDir })).toMatchObject({ code: 1, stderr: expect.stringContaining("already an account") });

      // This test process stands in for a running `npm run dev`, which holds the folder's lock.
      fs.writeFileSync(`${dataDir}.lock`, String(process.pid));
      const locked = await createUser(["--email", "second@people.test", "--role", "admin"], { dataDir });
      expect(locked).toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`already open in process ${process.pid}. Stop that server first`),
      });
      fs.rmSync(`${dataDir}.lock`);
    },
    90_000,
  );
});
