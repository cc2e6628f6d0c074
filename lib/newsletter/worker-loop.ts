import { processDueDeliveries } from "./worker";

const IDLE_POLL_MS = 2_000;

/** Runs the sending worker in this process until `stop()`: sends while there is work, then polls. */
export function startNewsletterWorker(): { stop: () => Promise<void> } {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  const loop = async () => {
    while (running) {
      const sent = await (current = processDueDeliveries().catch((error: unknown) => {
        console.error("Newsletter worker:", error instanceof Error ? error.message : error);
        return 0;
      }));
      if (sent === 0 && running) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS).unref());
    }
  };
  void loop();
  return {
    stop: async () => {
      running = false;
      await current;
    },
  };
}
