import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** A digest of every row of every table, to prove that a refused action changed nothing. */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const db = getDb();
  const tables = await db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.execute<{ md5: string }>(
      sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from ${sql.identifier(name)} t`,
    );
    digest[name] = row!.md5;
  }
  return digest;
}
