import fs from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Debian's Chromium (Playwright cannot download its own browser here); CHROMIUM_PATH overrides. */
export function chromiumPath(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  return candidates.find((candidate) => fs.existsSync(candidate));
}
