/**
 * Search bench: a 10,000-article database (fresh PGlite in .data/bench-search-pglite, or the
 * PostgreSQL server in BENCH_DATABASE_URL, whose public schema is WIPED), then searchArticles
 * itself, uncached, timed per query type. Run through `npm run bench` or directly:
 *   node --conditions=react-server --import tsx scripts/bench-search.ts [--articles=N] [--runs=N] [--reuse]
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { connect } from "../db/connect";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { seedDemoContent } from "../db/seed";
import type { Locale } from "../lib/i18n/routing";
import { generateArticles } from "./bench-search-data";

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string | undefined]));
const articleCount = Number(args.get("articles") ?? 10_000);
const runs = Number(args.get("runs") ?? 200);
const dataDir = ".data/bench-search-pglite";
const serverUrl = process.env.BENCH_DATABASE_URL;

type Case = { locale: Locale; q: string; filters?: { section?: string; year?: number; trend?: "worsened" } };
const cases: Record<string, Case[]> = {
  word: [
    { locale: "en", q: "sanctions" },
    { locale: "en", q: "inflation" },
    { locale: "en", q: "border" },
    { locale: "en", q: "refinery", filters: { section: "economy" } },
    { locale: "ru", q: "бюджета" },
    { locale: "ru", q: "учения", filters: { trend: "worsened" } },
    { locale: "en", q: "prisoners" },
    { locale: "en", q: "exercise", filters: { year: 2010 } },
  ],
  phrase: [
    { locale: "en", q: '"Union State"' },
    { locale: "en", q: '"political prisoners"' },
    { locale: "ru", q: '"Союзного государства"' },
    { locale: "en", q: '"price controls" or "wage growth"' },
    { locale: "be", q: '"Саюзнай дзяржавы"' },
  ],
  "name variant": [
    { locale: "en", q: "Lukashenko" },
    { locale: "be", q: "Лукашенко" },
    { locale: "be", q: "ОДКБ" },
    { locale: "en", q: "Лукашэнка pardon" },
    { locale: "ru", q: "Лукашэнка" },
  ],
  Belarusian: [
    { locale: "be", q: "санкцыямі" },
    { locale: "be", q: "мяжой" },
    { locale: "be", q: "інфляцыяй" },
    { locale: "be", q: "беларускіх вучэнняў" },
    { locale: "be", q: "палітвязняў -памілавання" },
    { locale: "be", q: "эканоміцы" },
  ],
};

async function prepare(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  const reuse = args.has("reuse") && !serverUrl && fs.existsSync(dataDir);
  if (!serverUrl && !reuse) fs.rmSync(dataDir, { recursive: true, force: true });
  const embedded = serverUrl ? undefined : await startEmbeddedDatabase(dataDir);
  const url = serverUrl ?? embedded!.url;
  const { db, sql: client } = connect(url, { embedded: Boolean(embedded) });
  try {
    if (reuse) return { url, embedded };
    if (serverUrl) await db.execute(sql`drop schema if exists drizzle cascade; drop schema public cascade; create schema public`);
    await applyMigrations(db);
    await seedDemoContent(db);
    const started = performance.now();
    await generateArticles(db, articleCount - 64);
    const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from articles`)) as unknown as [{ n: number }];
    console.log(`Generated ${n} articles in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    return { url, embedded };
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(name: string, list: Case[]): Promise<string> {
  const { searchArticles } = await import("../lib/content/search");
  const run = (i: number) => {
    const c = list[i % list.length]!;
    // Pages 1–3 in turn: the same text is never answered from a cache, which search does not have anyway.
    return searchArticles({ locale: c.locale, q: c.q, page: 1 + (Math.floor(i / list.length) % 3), ...c.filters });
  };
  for (let i = 0; i < 20; i++) await run(i);
  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    results += (await run(i)).total;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return `| ${name} | ${runs} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${(results / runs).toFixed(0)} |`;
}

const { url, embedded } = await prepare();
process.env.DATABASE_URL = url;
process.env.DATABASE_EMBEDDED = embedded ? "1" : "0";
try {
  const rows: string[] = [];
  for (const [name, list] of Object.entries(cases)) rows.push(await measure(name, list));
  console.log(
    `\nsearchArticles on ${articleCount} articles, ${embedded ? "PGlite (embedded)" : "PostgreSQL server"}, Node ${process.version}\n`,
  );
  console.log("| query type | runs | p50 ms | p95 ms | mean matches |\n|---|---:|---:|---:|---:|");
  for (const row of rows) console.log(row);
} finally {
  const { getDb } = await import("../db/client");
  await (getDb().$client as { end(): Promise<void> }).end();
  await embedded?.stop();
}
