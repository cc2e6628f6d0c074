import type { TestProject } from "vitest/node";
import { prepareTestDatabase } from "./prepare";

/** The PostgreSQL server named by TEST_DATABASE_URL; its public schema is rebuilt from scratch. */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL!;
  await prepareTestDatabase(url, { embedded: false, reset: true });
  project.provide("databaseUrl", url);
  project.provide("databaseEmbedded", false);
}
