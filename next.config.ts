import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy } from "./lib/http/csp";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Every response. Pages pass through proxy.ts, whose nonce-bearing policy replaces this one;
// feeds, sitemap, robots, API answers and files keep this one, under which no script runs.
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy() },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  // "use cache" + cacheTag for data, while pages still render per request, so a
  // missing week answers a real 404 and a weekday a real 308 (cacheComponents would
  // stream those after a 200 shell).
  experimental: { useCache: true },
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(config);
