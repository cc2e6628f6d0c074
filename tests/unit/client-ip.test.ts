import { describe, expect, it } from "vitest";
import { clientIp, trustedProxyHops } from "@/lib/auth/client-ip";

const headers = (init: Record<string, string>) => new Headers(init);

describe("clientIp", () => {
  it("takes the last X-Forwarded-For entry, the one our own proxy added, not what the client sent", () => {
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), 1)).toBe("203.0.113.7");
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.7" }), 1)).toBe("203.0.113.7");
  });

  it("counts trusted proxy hops from the right", () => {
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }), 2)).toBe("203.0.113.7");
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.7" }), 3)).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(clientIp(headers({ "x-real-ip": "198.51.100.4" }), 1)).toBe("198.51.100.4");
    expect(clientIp(headers({}), 1)).toBe("unknown");
  });

  it("reads TRUSTED_PROXY_HOPS, defaulting to one hop for anything that is not a positive integer", () => {
    expect([undefined, "", "0", "-1", "1.5", "two", "1", "3"].map((v) => trustedProxyHops(v))).toEqual([1, 1, 1, 1, 1, 1, 1, 3]);
  });
});
