import { requestHeaders } from "./request-context";

/**
 * next/headers outside a Next.js server: the headers of the request simulated by asUser(),
 * so next-auth and next-intl read a real session cookie and locale exactly as in production.
 */
export async function headers(): Promise<Headers> {
  return requestHeaders.getStore() ?? new Headers();
}

export async function cookies() {
  const jar = new Map<string, string>();
  for (const part of ((await headers()).get("cookie") ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name) jar.set(name, rest.join("="));
  }
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: () => {},
    delete: () => {},
  };
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
