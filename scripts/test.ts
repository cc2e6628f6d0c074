/**
 * `npm test`: unit and integration tests (vitest), then a production build and the browser
 * tests (Playwright in Debian's Chromium). Ends with one line: "N passed, N failed".
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromiumPath } from "../tests/e2e/support/chromium";

const resultsDir = path.resolve(".data/test-results");
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function ensureChromium(): boolean {
  if (chromiumPath()) return true;
  const canInstall = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (canInstall) {
    console.log("No Chromium found; installing Debian's chromium package…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
  }
  if (chromiumPath()) return true;
  console.error(
    "No Chromium for the browser tests: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary.",
  );
  return false;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const vitestJson = path.join(resultsDir, "vitest.json");
const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
const vitest = vitestCounts(vitestJson);
if (vitestStatus !== 0 && vitest.failed === 0) vitest.failed = 1; // crashed before reporting

let e2e: Counts = { passed: 0, failed: 1, skipped: 0 };
if (ensureChromium()) {
  const buildStatus = run("npx", ["tsx", "scripts/launch.ts", "build"]);
  if (buildStatus === 0) {
    const playwrightJson = path.join(resultsDir, "playwright.json");
    const status = run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
    e2e = playwrightCounts(playwrightJson);
    if (status !== 0 && e2e.failed === 0) e2e.failed = 1;
  } else {
    console.error("The production build failed; browser tests did not run.");
  }
}

const passed = vitest.passed + e2e.passed;
const failed = vitest.failed + e2e.failed;
const skipped = vitest.skipped + e2e.skipped;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
