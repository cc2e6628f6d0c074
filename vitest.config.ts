import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;

function integrationProject(name: string, globalSetup: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    // Server actions run as on the server: next-intl's server build, and next/headers answering
    // from a request simulated by asUser() (a real Auth.js session cookie, a locale header).
    test: {
      env: { AUTH_SECRET: "integration-test-secret-integration-test-secret" },
      server: { deps: { inline: ["next-intl", "use-intl", "next-auth", "@auth/core"] } },
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
      "next/headers": path.join(root, "tests/support/next-headers.ts"),
      "next-intl/config": path.join(root, "lib/i18n/request.ts"),
      "next-intl/server": path.join(root, "node_modules/next-intl/dist/esm/production/server.react-server.js"),
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
