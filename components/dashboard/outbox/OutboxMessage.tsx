import { getTranslations } from "next-intl/server";
import { formatStamp } from "@/lib/dates/stamp";
import { mailFrom } from "@/lib/mail/compose";
import type { OutboxEntry } from "@/lib/mail/outbox";

/**
 * One message as a mail client would get it. The HTML runs in an iframe with an empty sandbox:
 * no scripts, no forms, no same-origin access, whatever the message contains.
 */
export async function OutboxMessage({ entry }: { entry: OutboxEntry }) {
  const t = await getTranslations("DashboardOutbox");
  // From is added when the message is built (lib/mail/compose.ts), so it is not in the entry.
  const headers: [string, string][] = [
    ["From", mailFrom()],
    ["To", entry.to],
    ["Subject", entry.subject],
    ["Date", formatStamp(entry.date)],
    ...Object.entries(entry.headers),
  ];
  return (
    <div className="space-y-8">
      <section aria-labelledby="message-headers">
        <h2 id="message-headers" className="mb-2 font-sans text-lg font-semibold">
          {t("headers")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-4 rounded border border-stone-300 bg-stone-50 p-3 font-mono text-sm sm:grid-cols-[max-content_1fr]">
          {headers.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-semibold text-stone-700">{name}:</dt>
              <dd className="mb-2 break-all sm:mb-1">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="message-html">
        <h2 id="message-html" className="mb-1 font-sans text-lg font-semibold">
          {t("html")}
        </h2>
        <p className="mb-2 font-sans text-sm text-stone-600">{t("sandboxNote")}</p>
        {entry.html ? (
          <iframe
            sandbox=""
            srcDoc={entry.html}
            title={t("htmlFrameTitle", { subject: entry.subject })}
            className="h-[70vh] w-full rounded border border-stone-300 bg-white"
          />
        ) : (
          <p className="font-sans">{t("noHtml")}</p>
        )}
      </section>
      <section aria-labelledby="message-text">
        <h2 id="message-text" className="mb-2 font-sans text-lg font-semibold">
          {t("text")}
        </h2>
        <pre className="overflow-x-auto rounded border border-stone-300 bg-stone-50 p-3 font-mono text-sm whitespace-pre-wrap break-words">
          {entry.text}
        </pre>
      </section>
    </div>
  );
}
