import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "@/lib/http/csp";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("lets only nonced scripts, and what they load, run on a page", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123==" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("allows eval and websockets only in development", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", dev: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("connect-src")).toEqual(["'self'", "ws:"]);
    expect(contentSecurityPolicy({ nonce: "n" })).not.toMatch(/unsafe-eval|ws:/);
  });

  it("runs no script at all without a nonce", () => {
    expect(directives(contentSecurityPolicy()).get("script-src")).toEqual(["'none'"]);
  });

  it("upgrades insecure requests only over https", () => {
    expect(directives(contentSecurityPolicy({ https: true })).has("upgrade-insecure-requests")).toBe(true);
    expect(directives(contentSecurityPolicy({ https: false })).has("upgrade-insecure-requests")).toBe(false);
  });

  it("forbids framing when asked and allows the site itself otherwise", () => {
    expect(directives(contentSecurityPolicy({ frameAncestors: "'none'" })).get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy()).get("frame-ancestors")).toEqual(["'self'"]);
  });
});

describe("createNonce", () => {
  it("makes a fresh base64 value of 128 bits each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
