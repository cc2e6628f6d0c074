import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../../db/embedded";
import { prepareTestDatabase } from "./prepare";

export default async function setup(project: TestProject) {
  const database = await startEmbeddedDatabase();
  await prepareTestDatabase(database.url, { embedded: true, reset: false });
  project.provide("databaseUrl", database.url);
  project.provide("databaseEmbedded", true);
  return () => database.stop();
}
