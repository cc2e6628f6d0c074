import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./tests/e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A production server on its own fresh embedded database (the build is made by `npm test`).
    command: "rm -rf .data/e2e-pglite .data/e2e-outbox && tsx scripts/launch.ts start",
    // No SMTP_URL: mail goes to OUTBOX_DIR, where tests/e2e/newsletter.spec.ts reads it.
    env: {
      PORT: String(port),
      PGLITE_DATA_DIR: ".data/e2e-pglite",
      OUTBOX_DIR: ".data/e2e-outbox",
      SITE_URL: baseURL,
      DATABASE_URL: "",
      SMTP_URL: "",
    },
    url: `${baseURL}/en`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
