import fs from "node:fs/promises";
import path from "node:path";
import { buildMessage } from "./compose";
import type { Mailer, OutgoingMail } from "./types";

export interface OutboxEntry {
  key: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  date: string;
}

export function outboxDir(): string {
  return path.resolve(process.env.OUTBOX_DIR ?? ".data/outbox");
}

function safeName(key: string): string {
  return key.replace(/[^a-zA-Z0-9._-]/g, "_");
}

/**
 * With no SMTP server configured, mail is written to .data/outbox (the .eml a server would get,
 * and a JSON copy the dashboard shows). A message's key names its files, so writing it twice
 * leaves one copy.
 */
export function outboxMailer(): Mailer {
  return {
    kind: "outbox",
    async send(mail: OutgoingMail, options = {}) {
      const dir = outboxDir();
      await fs.mkdir(dir, { recursive: true });
      const entry: OutboxEntry = { ...mail, headers: mail.headers ?? {}, date: new Date().toISOString() };
      const name = safeName(mail.key);
      await fs.writeFile(path.join(dir, `${name}.eml`), await buildMessage(mail));
      await fs.writeFile(path.join(dir, `${name}.json`), JSON.stringify(entry));
      await options.beforeCommit?.();
    },
  };
}

export async function listOutbox(limit = 200): Promise<OutboxEntry[]> {
  const dir = outboxDir();
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const entries = await Promise.all(
    names.filter((n) => n.endsWith(".json")).map(async (n) => JSON.parse(await fs.readFile(path.join(dir, n), "utf8")) as OutboxEntry),
  );
  return entries.sort((a, b) => b.date.localeCompare(a.date)).slice(0, limit);
}

export async function readOutboxEntry(key: string): Promise<OutboxEntry | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(outboxDir(), `${safeName(key)}.json`), "utf8")) as OutboxEntry;
  } catch {
    return null;
  }
}
