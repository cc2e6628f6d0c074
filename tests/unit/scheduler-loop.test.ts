import { describe, expect, it } from "vitest";
import { createTick, tickUrl } from "@/lib/scheduler/loop";

function answering(...statuses: number[]) {
  const calls: string[] = [];
  const request = (async (url: string) => {
    calls.push(url);
    const status = statuses.shift() ?? 200;
    return new Response(JSON.stringify({ published: [] }), { status });
  }) as typeof fetch;
  return { request, calls };
}

describe("the scheduler tick", () => {
  it("calls the address the server listens on, and loopback for a wildcard", () => {
    expect(tickUrl({ PORT: "3107", HOSTNAME: "10.0.0.5" })).toBe("http://10.0.0.5:3107/api/scheduler/tick");
    expect(tickUrl({ PORT: "3107", HOSTNAME: "0.0.0.0" })).toBe("http://127.0.0.1:3107/api/scheduler/tick");
    expect(tickUrl({ HOSTNAME: "::1" })).toBe("http://[::1]:3000/api/scheduler/tick");
    expect(tickUrl({})).toBe("http://127.0.0.1:3000/api/scheduler/tick");
  });

  it("logs a refusal once, not on every tick, and again after a recovery", async () => {
    const logged: string[] = [];
    const { request, calls } = answering(403, 403, 403, 200, 403);
    const tick = createTick("http://127.0.0.1:3000/api/scheduler/tick", (m) => logged.push(m), request);
    for (let i = 0; i < 5; i++) await tick();
    expect(calls).toHaveLength(5);
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatch(/HTTP 403.*AUTH_SECRET/);
  });

  it("stays quiet while the server is starting, and says so once if the address stays unreachable", async () => {
    const logged: string[] = [];
    const refused = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    const tick = createTick("http://127.0.0.1:1/api/scheduler/tick", (m) => logged.push(m), refused);
    await tick();
    expect(logged).toEqual([]);
    for (let i = 0; i < 5; i++) await tick();
    expect(logged).toEqual([
      "Scheduler: cannot reach http://127.0.0.1:1/api/scheduler/tick (fetch failed); scheduled issues are not being published.",
    ]);
  });
});
