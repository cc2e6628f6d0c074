/**
 * The address to throttle sign-in attempts by. X-Forwarded-For is "client, proxy1, proxy2, …":
 * every proxy appends the address it got the request from, and anything to the left of our own
 * proxies is whatever the client chose to send. So we count TRUSTED_PROXY_HOPS (default 1: one
 * reverse proxy, or Next.js itself, which fills the header from the socket when it is absent)
 * entries from the right, never the first entry.
 */
export function clientIp(headers: Headers, hops = trustedProxyHops()): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length > 0) return chain[Math.max(0, chain.length - hops)]!;
  return headers.get("x-real-ip")?.trim() || "unknown";
}

export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const hops = Number(value);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}
