/** Loads the demo content into DATABASE_URL, or into the embedded database when it is unset. */
import path from "node:path";
import { connect } from "../db/connect";
import { startEmbeddedDatabase } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { seedDemoContent } from "../db/seed";

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedDatabase(path.resolve(".data/pglite"));
const { db, sql } = connect(process.env.DATABASE_URL ?? embedded!.url, { embedded: Boolean(embedded) });
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
