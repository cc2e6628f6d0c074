/**
 * `npm run dev | build | start`: runs Next.js on the embedded database unless DATABASE_URL is set.
 * The launcher owns PGlite: one process opens the data folder, and Next.js (with all its workers)
 * reaches it over a local socket.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { inArray } from "drizzle-orm";
import { connect } from "../db/connect";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { users } from "../db/schema";
import { DEMO_PASSWORD, demoUsers, hasContent, seedDemoContent } from "../db/seed";

type Mode = "dev" | "build" | "start";
const mode = process.argv[2] as Mode;
if (!["dev", "build", "start"].includes(mode)) {
  console.error("Usage: tsx scripts/launch.ts dev|build|start");
  process.exit(2);
}

const dataDir = path.resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

async function main(): Promise<void> {
  if (mode === "build") {
    // Pages render at request time, so the build needs no database.
    process.exit(await runNext(["build", ...process.argv.slice(3)], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }));
  }
  const configuredUrl = process.env.DATABASE_URL?.trim() || undefined;
  const secret = authSecret(Boolean(configuredUrl));
  const embedded = configuredUrl ? undefined : await startEmbeddedDatabase(dataDir);
  const databaseUrl = configuredUrl ?? embedded!.url;
  await prepareDatabase(databaseUrl, embedded);

  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: secret,
    DATABASE_URL: databaseUrl,
    ...(embedded ? { DATABASE_EMBEDDED: "1" } : {}),
  };
  const stop = shutdownOnSignal(embedded);
  const code = await runNext([mode, ...process.argv.slice(3)], env);
  await stop(code);
}

/**
 * Sessions are signed with AUTH_SECRET. A production server must be given one; elsewhere one is
 * generated once into .data/ so the quick start needs no env file.
 */
function authSecret(realDatabase: boolean): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (realDatabase && mode === "start") {
    throw new Error(
      "AUTH_SECRET is not set. A production server needs one: generate it with `openssl rand -base64 33` and set it in the server's environment.",
    );
  }
  const file = path.join(path.dirname(dataDir), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function prepareDatabase(url: string, embedded?: EmbeddedDatabase): Promise<void> {
  const { db, sql } = connect(url, { embedded: Boolean(embedded) });
  try {
    await applyMigrations(db);
    if (embedded && !(await hasContent(db))) {
      const seeded = await seedDemoContent(db);
      console.log(`Embedded database created in ${dataDir} with demo content (${seeded.issues} issues, ${seeded.articles} articles).`);
    } else if (embedded) {
      console.log(`Embedded database: ${dataDir}`);
    }
    if (embedded) await printDemoAccounts(db);
  } finally {
    await sql.end();
  }
}

async function printDemoAccounts(db: ReturnType<typeof connect>["db"]): Promise<void> {
  const emails: string[] = demoUsers.map((user) => user.email);
  const rows = await db.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  if (rows.length === 0) return;
  console.log(`Demo sign-in (password "${DEMO_PASSWORD}"): ${rows.map((row) => row.email).join(", ")} — /en/dashboard`);
}

let child: ChildProcess | undefined;

function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });
}

/** Ctrl-C or SIGTERM: let Next.js finish, then close PGlite so its files are consistent on disk. */
function shutdownOnSignal(embedded?: EmbeddedDatabase): (code: number) => Promise<never> {
  let stopping = false;
  const stop = async (code: number): Promise<never> => {
    if (stopping) return new Promise<never>(() => {});
    stopping = true;
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (child && child.exitCode === null) child.kill(signal);
      else void stop(0);
    });
  }
  return stop;
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
