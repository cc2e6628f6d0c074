import { schedulerToken } from "./token";

const FIRST_TICK_MS = 3_000;
const INTERVAL_MS = 30_000;
/** Failed connections in a row before we say so: the first ones are the server still starting. */
const UNREACHABLE_AFTER = 3;

/** This very server: the address it listens on (a wildcard address is reached through loopback). */
export function tickUrl(env: Record<string, string | undefined> = process.env): string {
  const listening = env.HOSTNAME?.trim();
  const host = !listening || listening === "0.0.0.0" || listening === "::" ? "127.0.0.1" : listening;
  return `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT ?? "3000"}/api/scheduler/tick`;
}

/**
 * One tick: asks the server to publish what is due. A refusal (say 403, when this process's
 * AUTH_SECRET is not the server's) is logged once, not every 30 s, and again only if it changes;
 * so is an address that stays unreachable after start-up.
 */
export function createTick(url: string, log: (message: string) => void = console.error, request: typeof fetch = fetch) {
  let lastProblem: number | null = null;
  let unreachable = 0;
  return async function tick(): Promise<void> {
    let response: Response;
    try {
      response = await request(url, { method: "POST", headers: { authorization: `Bearer ${schedulerToken()}` } });
    } catch (error) {
      // Not listening yet, or shutting down: the next tick retries, and only a lasting failure is news.
      if (++unreachable === UNREACHABLE_AFTER) {
        log(`Scheduler: cannot reach ${url} (${(error as Error).message}); scheduled issues are not being published.`);
      }
      return;
    }
    unreachable = 0;
    if (!response.ok) {
      if (lastProblem !== response.status) {
        log(`Scheduler: ${url} answered HTTP ${response.status}; scheduled issues are not being published.${hint(response.status)}`);
      }
      lastProblem = response.status;
      return;
    }
    lastProblem = null;
    const body = (await response.json().catch(() => ({}))) as { published?: number[] };
    if (body.published?.length) console.log(`Scheduler published issue(s) ${body.published.join(", ")}.`);
  };
}

function hint(status: number): string {
  return status === 403 ? " The server refused the scheduler token: does this process have the server's AUTH_SECRET?" : "";
}

/** Ticks the scheduler endpoint of this very server: at start (catching up after downtime), then every 30 s. */
export function startSchedulerLoop(): void {
  const tick = createTick(tickUrl());
  setTimeout(tick, FIRST_TICK_MS).unref();
  setInterval(tick, INTERVAL_MS).unref();
}
