/**
 * `npm run user:create -- --email a@b.org --role admin [--name "…"] [--password "…"]`
 * Adds a dashboard account to DATABASE_URL, or to the embedded database (PGLITE_DATA_DIR,
 * default .data/pglite) when it is unset. Without --password a strong one is generated and printed.
 * Exit codes: 0 created, 1 refused or failed, 2 bad arguments.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { connect } from "../db/connect";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { users } from "../db/schema";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../lib/auth/password";
import { createPersonSchema, generatePassword } from "../lib/validation/people";

const USAGE = 'usage: npm run user:create -- --email a@b.org --role admin|editor|author [--name "…"] [--password "…"]';

type Account = { email: string; name: string; role: "admin" | "editor" | "author"; password?: string };

/** The account the arguments describe, or the one line that says what is wrong with them. */
function readAccount(argv: string[]): Account | string {
  let values: Record<string, string | undefined>;
  try {
    const options = {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
    } as const;
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return `${(error as Error).message.split("\n")[0]} (${USAGE})`;
  }
  if (!values.email || !values.role) return `--email and --role are required (${USAGE})`;
  const name = values.name ?? values.email.split("@")[0];
  const parsed = createPersonSchema.safeParse({ ...values, name });
  if (parsed.success) return parsed.data;
  const field = parsed.error.issues[0]!.path[0];
  if (field === "email") return `Not a valid email address: "${values.email}".`;
  if (field === "role") return `Unknown role "${values.role}": use admin, editor or author.`;
  if (field === "password") return `The password must be ${MIN_PASSWORD_LENGTH} to 1000 characters long.`;
  return `The name must be 1 to 200 characters long.`;
}

async function main(): Promise<number> {
  const account = readAccount(process.argv.slice(2));
  if (typeof account === "string") {
    console.error(account);
    return 2;
  }
  const configuredUrl = process.env.DATABASE_URL?.trim() || undefined;
  let embedded: EmbeddedDatabase | undefined;
  try {
    embedded = configuredUrl ? undefined : await startEmbeddedDatabase(path.resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite"));
  } catch (error) {
    // Above all the lock: PGlite allows one process per data folder, and `npm run dev` may hold it.
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
  const { db, sql } = connect(configuredUrl ?? embedded!.url, { embedded: Boolean(embedded) });
  try {
    await applyMigrations(db);
    const password = account.password ?? generatePassword();
    const [row] = await db
      .insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(password) })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!row) {
      console.error(`There is already an account with the email ${account.email}; nothing was changed.`);
      return 1;
    }
    console.log(`Created ${account.role} account ${account.email} ("${account.name}", id ${row.id}).`);
    if (!account.password) console.log(`Password (shown once, pass it on privately): ${password}`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await sql.end();
    await embedded?.stop();
  }
}

process.exitCode = await main();
