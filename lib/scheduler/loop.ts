import { schedulerToken } from "./token";

const FIRST_TICK_MS = 3_000;
const INTERVAL_MS = 30_000;

/** Ticks the scheduler endpoint of this very server: at start (catching up after downtime), then every 30 s. */
export function startSchedulerLoop(): void {
  const port = process.env.PORT ?? "3000";
  const tick = async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/scheduler/tick`, {
        method: "POST",
        headers: { authorization: `Bearer ${schedulerToken()}` },
      });
      const body = (await response.json()) as { published?: number[] };
      if (body.published?.length) console.log(`Scheduler published issue(s) ${body.published.join(", ")}.`);
    } catch {
      // The server is not listening yet or is shutting down; the next tick retries.
    }
  };
  setTimeout(tick, FIRST_TICK_MS).unref();
  setInterval(tick, INTERVAL_MS).unref();
}
