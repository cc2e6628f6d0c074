import { sql } from "drizzle-orm";
import { connect } from "../../../db/connect";
import { applyMigrations } from "../../../db/migrate";
import { seedDemoContent } from "../../../db/seed";

/** Migrates an empty database and loads the demo content that the tests read. */
export async function prepareTestDatabase(url: string, options: { embedded: boolean; reset: boolean }): Promise<void> {
  const { db, sql: client } = connect(url, options);
  try {
    if (options.reset) {
      await db.execute(sql`drop schema if exists drizzle cascade`);
      await db.execute(sql`drop schema public cascade`);
      await db.execute(sql`create schema public`);
    }
    await applyMigrations(db);
    await seedDemoContent(db);
  } finally {
    await client.end();
  }
}
