/** Loads the demo content into DATABASE_URL, or into the embedded database when it is unset. */
import path from "node:path";
import { connect } from "../db/connect";
import { startEmbeddedDatabase } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { seedDemoContent } from "../db/seed";

const configuredUrl = process.env.DATABASE_URL?.trim() || undefined;
const embedded = configuredUrl ? undefined : await startEmbeddedDatabase(path.resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite"));
const { db, sql } = connect(configuredUrl ?? embedded!.url, { embedded: Boolean(embedded) });
try {
  await applyMigrations(db);
  const seeded = await seedDemoContent(db);
  console.log(`Demo content loaded: ${seeded.issues} issues, ${seeded.articles} articles.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await sql.end();
  await embedded?.stop();
}
