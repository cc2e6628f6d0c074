import { getTranslations } from "next-intl/server";
import { formatStamp } from "@/lib/dates/stamp";
import { Link } from "@/lib/i18n/navigation";
import type { OutboxEntry } from "@/lib/mail/outbox";

const th = "py-2 pr-3 text-left";

/** Newest first: date, recipient, subject; the subject opens the message. */
export async function OutboxList({ entries, limit }: { entries: OutboxEntry[]; limit: number }) {
  const t = await getTranslations("DashboardOutbox");
  if (entries.length === 0) return <p className="font-sans">{t("empty")}</p>;
  return (
    <section aria-labelledby="outbox-messages">
      <h2 id="outbox-messages" className="mb-2 font-sans text-lg font-semibold">
        {entries.length >= limit ? t("newest", { count: limit }) : t("count", { count: entries.length })}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse font-sans text-sm">
          <thead>
            <tr className="border-b-2 border-stone-800">
              <th scope="col" className={th}>
                {t("date")}
              </th>
              <th scope="col" className={th}>
                {t("to")}
              </th>
              <th scope="col" className={th}>
                {t("subject")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.key} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
                  <time dateTime={entry.date}>{formatStamp(entry.date)}</time>
                </td>
                <td className="py-2 pr-3 break-all">{entry.to}</td>
                <td className="py-2 pr-3">
                  <Link
                    href={`/dashboard/outbox/${encodeURIComponent(entry.key)}`}
                    className="font-semibold underline-offset-2 hover:underline"
                  >
                    {entry.subject || t("noSubject")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
