import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = ReturnType<typeof connect>["db"];

/**
 * A drizzle client over postgres.js. The embedded database multiplexes every
 * socket onto one PGlite session, so transactions from two pooled connections
 * would interleave: embedded mode gets exactly one connection.
 */
export function connect(url: string, options: { embedded: boolean }) {
  const sql = postgres(url, {
    max: options.embedded ? 1 : 10,
    onnotice: () => {},
    connection: { application_name: "focus-weekly" },
  });
  const db = drizzle(sql, { schema, casing: "snake_case" });
  return { db, sql };
}
