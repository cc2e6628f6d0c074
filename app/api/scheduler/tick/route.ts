import { invalidate } from "@/lib/cache/invalidate";
import { purgeExpiredSubscriptions } from "@/lib/newsletter/purge";
import { publishDueIssues } from "@/lib/scheduler/publish-due";
import { isSchedulerToken } from "@/lib/scheduler/token";

/**
 * Publishes what is due and removes newsletter sign-ups left unconfirmed past their expiry. Called every half minute by the server itself (instrumentation.ts);
 * an external cron can call it too when the site runs on several servers.
 */
export async function POST(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? null;
  if (!isSchedulerToken(token)) return Response.json({ error: "forbidden" }, { status: 403 });
  const { published, tags } = await publishDueIssues();
  invalidate(tags, "route");
  await purgeExpiredSubscriptions();
  return Response.json({ published });
}
