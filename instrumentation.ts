export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.SCHEDULER !== "off") {
    const { startSchedulerLoop } = await import("./lib/scheduler/loop");
    startSchedulerLoop();
  }
  if (process.env.NEWSLETTER_WORKER !== "off") {
    const { startNewsletterWorker } = await import("./lib/newsletter/worker-loop");
    startNewsletterWorker();
  }
}
