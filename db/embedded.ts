import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens PGlite on `dataDir` (in memory when omitted) and serves it over the
 * PostgreSQL wire protocol on 127.0.0.1, so the app talks to it like any server.
 */
export async function startEmbeddedDatabase(dataDir?: string): Promise<EmbeddedDatabase> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const pg = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
    const server = new PGLiteSocketServer({ db: pg, host: "127.0.0.1", port: 0, maxConnections: 100 });
    await server.start();
    const address = server.getServerConn();
    return {
      url: `postgres://postgres@${address}/postgres`,
      async stop() {
        await server.stop();
        await pg.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** PGlite corrupts a data folder opened by two processes; refuse the second one. */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "..", `${path.basename(dataDir)}.lock`);
  const holder = readLockHolder(lockFile);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is already open in process ${holder}. Stop that server first, or set DATABASE_URL.`,
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

function readLockHolder(lockFile: string): number | undefined {
  try {
    return Number.parseInt(fs.readFileSync(lockFile, "utf8"), 10) || undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
