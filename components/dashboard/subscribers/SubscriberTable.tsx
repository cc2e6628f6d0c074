"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { deleteSubscriber } from "@/lib/actions/subscribers/delete-subscriber";
import type { DeskSubscriber } from "@/lib/dashboard/subscribers";
import { formatStamp } from "@/lib/dates/stamp";
import { localeNames } from "@/lib/i18n/routing";
import { statusColours } from "./statuses";

const th = "py-2 pr-3 text-left";

export function SubscriberTable({ items }: { items: DeskSubscriber[] }) {
  const t = useTranslations("DashboardSubscribers");
  const client = useQueryClient();
  const [notice, setNotice] = useState<ActionResult | null>(null);
  const erase = useMutation({
    mutationFn: (subscriberId: number) => deleteSubscriber({ subscriberId }),
    onSuccess: (result) => {
      setNotice(result);
      void client.invalidateQueries({ queryKey: ["desk-subscribers"] });
    },
  });
  function confirmDelete(subscriber: DeskSubscriber) {
    if (window.confirm(t("confirmDelete", { email: subscriber.email }))) erase.mutate(subscriber.id);
  }

  return (
    <div>
      <p role="status" aria-live="polite" className={`font-sans text-sm ${notice?.ok ? "text-emerald-800" : "text-red-800"}`}>
        {notice?.message ?? ""}
      </p>
      {items.length === 0 ? (
        <p className="font-sans">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse font-sans text-sm">
            <thead>
              <tr className="border-b-2 border-stone-800">
                <th scope="col" className={th}>
                  {t("email")}
                </th>
                <th scope="col" className={th}>
                  {t("language")}
                </th>
                <th scope="col" className={th}>
                  {t("status")}
                </th>
                <th scope="col" className={th}>
                  {t("consent")}
                </th>
                <th scope="col" className={th}>
                  {t("added")}
                </th>
                <th scope="col" className="relative py-2 text-left">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((subscriber) => (
                <SubscriberRow key={subscriber.id} subscriber={subscriber} busy={erase.isPending} onDelete={confirmDelete} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

type RowProps = { subscriber: DeskSubscriber; busy: boolean; onDelete: (subscriber: DeskSubscriber) => void };

function SubscriberRow({ subscriber, busy, onDelete }: RowProps) {
  const t = useTranslations("DashboardSubscribers");
  const changedAt = subscriber.status === "unsubscribed" ? subscriber.unsubscribedAt : subscriber.confirmedAt;
  return (
    <tr className="border-b border-stone-200 align-top">
      <td className="max-w-72 min-w-44 py-2 pr-3 font-semibold [overflow-wrap:anywhere]">{subscriber.email}</td>
      <td className="py-2 pr-3" lang={subscriber.locale}>
        {localeNames[subscriber.locale]}
      </td>
      <td className="py-2 pr-3">
        <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${statusColours[subscriber.status]}`}>
          {t(`status_${subscriber.status}`)}
        </span>
        {changedAt && (
          <span className="block text-xs whitespace-nowrap text-stone-600">{t("since", { date: formatStamp(changedAt) })}</span>
        )}
      </td>
      <td className="py-2 pr-3">
        <span className="block min-w-40 break-words">{subscriber.consentSource}</span>
        {subscriber.consentAt && (
          <span className="block text-xs whitespace-nowrap text-stone-600">{formatStamp(subscriber.consentAt)}</span>
        )}
      </td>
      <td className="py-2 pr-3 whitespace-nowrap">{formatStamp(subscriber.createdAt)}</td>
      <td className="py-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => onDelete(subscriber)}
          aria-label={t("deleteLabel", { email: subscriber.email })}
          className="rounded border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50 disabled:opacity-50"
        >
          {t("delete")}
        </button>
      </td>
    </tr>
  );
}
