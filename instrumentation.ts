export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.SCHEDULER !== "off") {
    const { startSchedulerLoop } = await import("./lib/scheduler/loop");
    startSchedulerLoop();
  }
}
