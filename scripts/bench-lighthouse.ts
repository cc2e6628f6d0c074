/**
 * Lighthouse (mobile, simulated throttling) on reader pages of a running server, in Debian's
 * Chromium (CHROMIUM_PATH for another binary). Used by `npm run bench -- --lighthouse`.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

export interface LighthouseRow {
  path: string;
  scores: Record<(typeof categories)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

export async function runLighthouse(base: string, paths: string[]): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const rows: LighthouseRow[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
      const score = (id: (typeof categories)[number]) => {
        const value = lhr.categories[id]?.score;
        if (typeof value !== "number") throw new Error(`Lighthouse gave no ${id} score for ${path}`);
        return Math.round(value * 100);
      };
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      rows.push({
        path,
        scores: {
          performance: score("performance"),
          accessibility: score("accessibility"),
          "best-practices": score("best-practices"),
          seo: score("seo"),
        },
        lcpMs: metric("largest-contentful-paint"),
        cls: metric("cumulative-layout-shift"),
        tbtMs: metric("total-blocking-time"),
      });
    }
    return rows;
  } finally {
    chrome.kill();
  }
}

export function lighthouseTable(rows: LighthouseRow[]): string {
  const lines = [
    "| page | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (row) =>
        `| ${row.path.length > 48 ? `${row.path.slice(0, 45)}…` : row.path} | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores["best-practices"]} | ${row.scores.seo} | ${row.lcpMs.toFixed(0)} | ${row.cls.toFixed(3)} | ${row.tbtMs.toFixed(0)} |`,
    ),
  ];
  return lines.join("\n");
}
