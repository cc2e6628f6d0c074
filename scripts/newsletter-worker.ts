/**
 * Sends queued newsletters outside the web server: `npm run newsletter:work` (the server runs the
 * same worker itself; this is for a separate worker machine, and for the crash-recovery test).
 * Uses DATABASE_URL and SMTP_URL (or the outbox). With --until-idle it exits when nothing is due.
 */
import { processDueDeliveries } from "../lib/newsletter/worker";

const untilIdle = process.argv.includes("--until-idle");
if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL: the worker needs the same database as the site.");
  process.exit(2);
}

for (;;) {
  const sent = await processDueDeliveries();
  if (sent === 0) {
    if (untilIdle) process.exit(0);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
