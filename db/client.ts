import { connect, type Database } from "./connect";

const globalForDb = globalThis as unknown as { focusDb?: Database };

/** The app's database, created on first use from DATABASE_URL (the launcher sets it in embedded mode). */
export function getDb(): Database {
  if (!globalForDb.focusDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
    }
    globalForDb.focusDb = connect(url, { embedded: process.env.DATABASE_EMBEDDED === "1" }).db;
  }
  return globalForDb.focusDb;
}
