import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { isMonday, mondayOf, parseIsoDate } from "@/lib/dates/week";
import { pageSecurity, setNonceRequestHeaders, withSecurityHeaders, type PageSecurity } from "@/lib/http/page-security";
import { PATHNAME_HEADER } from "@/lib/http/pathname-header";
import { routing } from "@/lib/i18n/routing";
import be from "@/messages/be.json";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

const badRequestMessages = { en: en.Error.badRequest, be: be.Error.badRequest, ru: ru.Error.badRequest };

const handleI18nRouting = createMiddleware(routing);
const ISSUE_PATH = /^\/(en|be|ru)\/issues\/(\d{4}-\d{2}-\d{2})\/?$/;

export default function proxy(request: NextRequest) {
  const security = pageSecurity(request);
  const response =
    rejectMalformedPath(request) ??
    redirectToMonday(request) ??
    redirectToSignIn(request, security) ??
    handleI18nRouting(withRequestHeaders(request, security));
  return withSecurityHeaders(response, security);
}

/** A path with broken percent-encoding cannot name anything here; say so instead of failing later. */
function rejectMalformedPath(request: NextRequest): NextResponse | undefined {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return undefined;
  } catch {
    const locale = /^\/(be|ru)(\/|$)/.exec(request.nextUrl.pathname)?.[1] ?? "en";
    const message = badRequestMessages[locale as keyof typeof badRequestMessages];
    return new NextResponse(`${message}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale },
    });
  }
}

function withRequestHeaders(request: NextRequest, security: PageSecurity): NextRequest {
  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, request.nextUrl.pathname);
  setNonceRequestHeaders(headers, security);
  return new NextRequest(request, { headers });
}

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Optimistic: no session cookie at all means the dashboard can only answer "sign in", so say it
 * here. Whether a cookie is valid, and what its user may do, is decided by every page and action.
 */
function redirectToSignIn(request: NextRequest, security: PageSecurity): NextResponse | undefined {
  const match = /^\/(en|be|ru)\/dashboard(\/.*)?$/.exec(request.nextUrl.pathname);
  if (!security.dashboard || !match || match[2]?.startsWith("/sign-in")) return undefined;
  // Auth.js splits a large token into name.0, name.1…
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIES.some((name) => cookie.name.startsWith(name)))) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = `/${match[1]}/dashboard/sign-in`;
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname)}`;
  return NextResponse.redirect(url, 307);
}

/** Any day of a week names that week's issue: /en/issues/2017-11-29 → 308 → /en/issues/2017-11-27. */
function redirectToMonday(request: NextRequest): NextResponse | undefined {
  const match = ISSUE_PATH.exec(request.nextUrl.pathname);
  const date = match?.[2];
  if (!match || !date || !parseIsoDate(date) || isMonday(date)) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = `/${match[1]}/issues/${mondayOf(date)}`;
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Everything except API routes, Next.js internals and files with an extension (feeds, sitemap, icons).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
