import { Readable } from "node:stream";
import nodemailer from "nodemailer";
import { buildMessage, senderAddress } from "./compose";
import type { Mailer } from "./types";

/** nodemailer over SMTP_URL. The message is streamed so `beforeCommit` runs before the final dot. */
export function smtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    async send(mail, options = {}) {
      const message = await buildMessage(mail);
      const raw = Readable.from(
        (async function* () {
          yield message;
          await options.beforeCommit?.();
        })(),
      );
      await transport.sendMail({ envelope: { from: senderAddress(), to: [mail.to] }, raw });
    },
  };
}
