import { outboxMailer } from "./outbox";
import { smtpMailer } from "./smtp";
import type { Mailer } from "./types";

let mailer: Mailer | undefined;

/** SMTP when SMTP_URL is set; otherwise the outbox under .data/, so every flow works on a fresh machine. */
export function getMailer(): Mailer {
  mailer ??= process.env.SMTP_URL ? smtpMailer(process.env.SMTP_URL) : outboxMailer();
  return mailer;
}

export type { Mailer, OutgoingMail, SendOptions } from "./types";
