import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { isMonday, mondayOf, parseIsoDate } from "@/lib/dates/week";
import { PATHNAME_HEADER } from "@/lib/http/pathname-header";
import { routing } from "@/lib/i18n/routing";

const handleI18nRouting = createMiddleware(routing);
const ISSUE_PATH = /^\/(en|be|ru)\/issues\/(\d{4}-\d{2}-\d{2})\/?$/;

export default function proxy(request: NextRequest) {
  return redirectToMonday(request) ?? handleI18nRouting(withPathnameHeader(request));
}

function withPathnameHeader(request: NextRequest): NextRequest {
  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, request.nextUrl.pathname);
  return new NextRequest(request, { headers });
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
