import MailComposer from "nodemailer/lib/mail-composer";
import type { OutgoingMail } from "./types";

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Focus Weekly <newsletter@example.org>";
}

/** The bare address of MAIL_FROM ("Name <a@b>" → "a@b"), for the envelope and Message-ID. */
export function senderAddress(): string {
  return /<([^>]+)>/.exec(mailFrom())?.[1] ?? mailFrom();
}

/** The message in RFC 5322 form, built by nodemailer (which encodes headers safely). */
export async function buildMessage(mail: OutgoingMail): Promise<Buffer> {
  if (/[\r\n]/.test(mail.to) || Object.values(mail.headers ?? {}).some((v) => /[\r\n]/.test(v))) {
    throw new Error("Refusing a header with a line break");
  }
  const composer = new MailComposer({
    from: mailFrom(),
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    headers: mail.headers,
    messageId: `<${mail.key}@${senderAddress().split("@")[1] ?? "localhost"}>`,
  });
  return composer.compile().build();
}
