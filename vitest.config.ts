import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;

function integrationProject(name: string, globalSetup: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: ["tests/integration/**/*.test.ts"],
      globalSetup: [globalSetup],
      setupFiles: ["tests/integration/support/use-test-database.ts"],
      // One database per project, shared by its files: run them one after another.
      fileParallelism: false,
      testTimeout: 30_000,
      hookTimeout: 120_000,
    },
  };
}

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Next.js guards, inert outside its bundler: server-only throws in plain Node, and
      // cacheTag needs a "use cache" scope; the stand-in records tags so tests can check them.
      "server-only": path.join(root, "tests/support/server-only.ts"),
      "next/cache": path.join(root, "tests/support/next-cache.ts"),
    },
  },
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      integrationProject("integration-pglite", "tests/integration/support/global-setup-pglite.ts"),
      ...(process.env.TEST_DATABASE_URL
        ? [integrationProject("integration-postgres", "tests/integration/support/global-setup-postgres.ts")]
        : []),
    ],
  },
});
