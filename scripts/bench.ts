/**
 * `npm run bench`: a production build on a fresh demo database, then autocannon against the
 * main page types and a static file from the same server, which is the ceiling.
 * Options: --no-build, --duration=SECONDS (default 10), --connections=N (default 10).
 * Then the search bench (scripts/bench-search.ts): --search runs only that, --no-search skips it.
 * --lighthouse also runs Lighthouse on the reader's page types in every language (scripts/bench-lighthouse.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";
import { demoIssues } from "../db/seed";
import { slugify } from "../lib/slug";

const args = new Map<string, string | undefined>(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, "").split("=");
    return [key!, value];
  }),
);
const duration = Number(args.get("duration") ?? 10);
const connections = Number(args.get("connections") ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3210);
const base = `http://127.0.0.1:${port}`;
const dataDir = ".data/bench-pglite";

const latest = demoIssues.at(-1)!;
const targets: [string, string][] = [
  ["static file", "/favicon.svg"],
  ["home", "/en"],
  ["issue", `/en/issues/${latest.weekStart}`],
  ["article", `/en/articles/${slugify(latest.articles[0]!.translations.en.title, "en")}`],
  ["archive", "/en/issues"],
];

const locales = ["en", "be", "ru"] as const;
const searchWord = { en: "sanctions", be: "санкцыі", ru: "санкции" };
const lighthousePaths = locales.flatMap((locale) => {
  const article = latest.articles[0]!.translations[locale]!;
  return [
    `/${locale}`,
    `/${locale}/issues/${latest.weekStart}`,
    `/${locale}/articles/${slugify(article.title, locale)}`,
    `/${locale}/search?q=${encodeURIComponent(searchWord[locale])}`,
    `/${locale}/trends`,
  ];
});

/** searchArticles on a generated 10,000-article database; it imports server-only modules, hence the condition. */
function runSearchBench(): number {
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-search.ts"], {
    stdio: "inherit",
  });
  return run.status ?? 1;
}

if (args.has("search")) process.exit(runSearchBench());

if (!args.has("no-build")) {
  const build = spawnSync("npx", ["tsx", "scripts/launch.ts", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

fs.rmSync(dataDir, { recursive: true, force: true });
const server = spawn("npx", ["tsx", "scripts/launch.ts", "start"], {
  env: { ...process.env, PORT: String(port), PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not start within two minutes.");
}

interface Row {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(name: string, path: string): Promise<Row> {
  for (let i = 0; i < 20; i++) await fetch(`${base}${path}`).then((r) => r.arrayBuffer()); // warm caches
  const result = await autocannon({ url: `${base}${path}`, connections, duration });
  return {
    name,
    path,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

try {
  await waitForServer();
  const rows: Row[] = [];
  for (const [name, path] of targets) rows.push(await measure(name, path));
  const ceiling = rows[0]!.rps;
  console.log(`\n${connections} connections, ${duration} s per target, Node ${process.version}\n`);
  console.log("| target | requests/s | p50 ms | p99 ms | errors | ratio to static |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    console.log(
      `| ${row.name} (${row.path.length > 40 ? `${row.path.slice(0, 37)}…` : row.path}) | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${(row.rps / ceiling).toFixed(2)} |`,
    );
  }
  if (args.has("lighthouse")) {
    const { lighthouseTable, runLighthouse } = await import("./bench-lighthouse");
    console.log("\nLighthouse 12, mobile with simulated throttling:\n");
    console.log(lighthouseTable(await runLighthouse(base, lighthousePaths)));
  }
} finally {
  process.kill(-server.pid!, "SIGTERM");
}

if (!args.has("no-search")) process.exitCode = runSearchBench();
