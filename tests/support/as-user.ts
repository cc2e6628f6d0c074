import { encode } from "@auth/core/jwt";
import { requestHeaders } from "./request-context";

const COOKIE = "authjs.session-token";

/** Runs `fn` inside a simulated request from `ip`: signed in as `user` (with a real Auth.js JWT) or signed out. */
export async function asUser<T>(user: { id: number } | null, fn: () => Promise<T>, locale = "en", ip = "203.0.113.7"): Promise<T> {
  const headers = new Headers({
    host: "localhost:3000",
    "x-forwarded-proto": "http",
    "x-next-intl-locale": locale,
    "x-forwarded-for": ip,
  });
  if (user) {
    const token = await encode({
      token: { sub: String(user.id), userId: user.id, issuedAt: Math.floor(Date.now() / 1000) + 1 },
      secret: process.env.AUTH_SECRET!,
      salt: COOKIE,
    });
    headers.set("cookie", `${COOKIE}=${token}`);
  }
  return requestHeaders.run(headers, fn);
}
