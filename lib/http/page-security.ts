import type { NextRequest, NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, createNonce, NONCE_HEADER } from "./csp";

export type PageSecurity = { nonce: string; policy: string; dashboard: boolean };

const DASHBOARD_PATH = new RegExp(`^/(?:(?:${routing.locales.join("|")})/)?dashboard(?:/|$)`);

/** A fresh nonce and the policy that names it, for one page request. */
export function pageSecurity(request: NextRequest): PageSecurity {
  const nonce = createNonce();
  const dashboard = DASHBOARD_PATH.test(decodedPathname(request));
  const policy = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
    frameAncestors: dashboard ? "'none'" : "'self'",
  });
  return { nonce, policy, dashboard };
}

/**
 * Next.js finds the nonce in the request's CSP header and puts it on its own scripts; our server
 * components read it from x-nonce. Both overwrite whatever the client sent.
 */
export function setNonceRequestHeaders(headers: Headers, security: PageSecurity): void {
  headers.set(NONCE_HEADER, security.nonce);
  headers.set("Content-Security-Policy", security.policy);
}

/** Every proxy answer carries the policy: rendered pages, redirects and refusals alike. */
export function withSecurityHeaders(response: NextResponse, security: PageSecurity): NextResponse {
  response.headers.set("Content-Security-Policy", security.policy);
  // For browsers without frame-ancestors; next.config.ts sends SAMEORIGIN everywhere else.
  if (security.dashboard) response.headers.set("X-Frame-Options", "DENY");
  return response;
}

// Next.js routes /en/%64ashboard to the dashboard too, so the test must see the decoded path.
function decodedPathname(request: NextRequest): string {
  try {
    return decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return request.nextUrl.pathname;
  }
}
