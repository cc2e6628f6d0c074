export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers (List-Unsubscribe, List-Id, …); values must not contain line breaks. */
  headers?: Record<string, string>;
  /** Names the message for idempotent delivery: the same key is the same message. */
  key: string;
}

export interface SendOptions {
  /**
   * Runs after the whole message has been handed over but before the mail server is told it is
   * complete. The newsletter records "sent" here, so a crash either loses the message on the
   * server's side too (it never saw the end) or finds it recorded: never both, never neither.
   */
  beforeCommit?: () => Promise<void>;
}

export interface Mailer {
  kind: "smtp" | "outbox";
  send(mail: OutgoingMail, options?: SendOptions): Promise<void>;
}
