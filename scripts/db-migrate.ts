/** Applies the committed migrations to DATABASE_URL (the launcher does this at every start). */
import { connect } from "../db/connect";
import { applyMigrations } from "../db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL=postgres://… (the embedded database is migrated by `npm run dev` itself).");
  process.exit(2);
}
const { db, sql } = connect(url, { embedded: false });
await applyMigrations(db);
await sql.end();
console.log("Migrations applied.");
