import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { issues, newsletterSends, subscribers } from "@/db/schema";
import { newsletterProgress, queueNewsletter } from "@/lib/newsletter/send";
import { firstDemoIssue } from "./support/demo";
import { recipients, startSmtpSink, type SmtpSink } from "./support/smtp-sink";

const SUBSCRIBERS = 500;
const root = path.resolve(import.meta.dirname, "../..");
let sink: SmtpSink;
let issueId: number;

/** The worker as its own process (as on a worker machine), so the test can kill it outright. */
function startWorker(): ChildProcess {
  // node itself with tsx as a loader: the tsx command would run the script in a child process,
  // which a kill of the parent would leave running.
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/newsletter-worker.ts", "--until-idle"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      SMTP_URL: sink.url,
      NEWSLETTER_RATE: "400",
      NEWSLETTER_LEASE_SECONDS: "2",
    },
  });
}

function exited(worker: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    worker.exitCode !== null || worker.signalCode !== null ? resolve() : worker.once("exit", () => resolve()),
  );
}

beforeAll(async () => {
  sink = await startSmtpSink();
  const [issue] = await getDb().select({ id: issues.id }).from(issues).where(eq(issues.weekStart, firstDemoIssue.weekStart));
  issueId = issue!.id;
  const locales = ["en", "be", "ru"] as const;
  await getDb()
    .insert(subscribers)
    .values(
      Array.from({ length: SUBSCRIBERS }, (_, i) => ({
        email: `reader${i}@crash.test`,
        locale: locales[i % 3]!,
        status: "confirmed" as const,
        consentSource: "test",
        unsubscribeKey: randomBytes(24).toString("base64url"),
      })),
    );
}, 60_000);

afterAll(async () => {
  await sink.close();
  await getDb().delete(newsletterSends).where(eq(newsletterSends.issueId, issueId));
  await getDb().delete(subscribers).where(like(subscribers.email, "%@crash.test"));
});

// Two processes cannot share the embedded database (its socket interleaves their protocol
// messages), and there the worker runs inside the server process anyway; this needs a real server.
describe.skipIf(process.env.DATABASE_EMBEDDED === "1")("a sending worker killed mid-send", () => {
  it("still gives every one of 500 subscribers exactly one copy once it is started again", async () => {
    expect(await queueNewsletter(issueId, null)).toMatchObject({ kind: "queued", added: SUBSCRIBERS });

    for (let kill = 0; kill < 3; kill++) {
      const worker = startWorker();
      const before = sink.messages.length;
      // Wait until it is really sending, then kill it without warning at a random moment.
      while (sink.messages.length < before + 5 && worker.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, Math.random() * 400));
      worker.kill("SIGKILL");
      await exited(worker);
    }

    for (let round = 0; round < 30; round++) {
      const { counts } = await newsletterProgress(issueId);
      if (counts.pending === 0 && counts.sending === 0) break;
      const worker = startWorker();
      await exited(worker);
      await new Promise((r) => setTimeout(r, 500)); // let the leases of killed workers run out
    }

    const delivered = recipients(sink.messages).filter((address) => address.endsWith("@crash.test"));
    expect(delivered.length).toBe(SUBSCRIBERS);
    expect(new Set(delivered).size).toBe(SUBSCRIBERS);
    expect(await newsletterProgress(issueId)).toMatchObject({ status: "done", counts: { sent: SUBSCRIBERS, failed: 0 } });
  }, 240_000);
});
