/** Request header through which the proxy hands the page's nonce to server components. */
export const NONCE_HEADER = "x-nonce";

export type PolicyOptions = {
  /** Per-request nonce for pages. Without one (feeds, files, API) no script may run at all. */
  nonce?: string;
  /** `next dev`: React rebuilds server error stacks with eval, and HMR talks over a websocket. */
  dev?: boolean;
  https?: boolean;
  /** Who may frame the response: the dashboard nobody, reader pages the site itself. */
  frameAncestors?: "'none'" | "'self'";
};

/** The Content-Security-Policy header value: only what the site loads, all of it from its own origin. */
export function contentSecurityPolicy({ nonce, dev = false, https = false, frameAncestors = "'self'" }: PolicyOptions = {}): string {
  const directives: string[][] = [
    ["default-src", "'self'"],
    ["script-src", ...scriptSources(nonce, dev)],
    // Not nonces: a nonce cannot cover style attributes, which React server-renders from `style`
    // props (and which dnd-kit and TipTap's injected <style> use in the dashboard); a nonce in
    // style-src would also switch 'unsafe-inline' off. CSS cannot run script in current browsers,
    // and article bodies lose style attributes and <style> in the sanitizer.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(dev ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", frameAncestors],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * 'strict-dynamic' lets the nonced Next.js bootstrap load its chunks; 'self' is then ignored by
 * current browsers and only matters to those without strict-dynamic.
 */
function scriptSources(nonce: string | undefined, dev: boolean): string[] {
  if (!nonce) return ["'none'"];
  return ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])];
}

/** 128 random bits, base64: unguessable, and in the character set a CSP nonce-source allows. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
