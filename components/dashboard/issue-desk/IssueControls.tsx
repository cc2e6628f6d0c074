"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { StatusBadge } from "@/components/dashboard/issues/StatusBadge";
import { FormMessage } from "@/components/ui/FormMessage";
import { publishIssue, scheduleIssue, unpublishIssue, unscheduleIssue } from "@/lib/actions/issues/publish-issue";
import { minskLocalToIso } from "@/lib/dates/minsk";

type Props = { issueId: number; status: "draft" | "scheduled" | "published"; scheduledAt: string | null };
type Command = "publish" | "unpublish" | "schedule" | "unschedule";

/** Publish now, take down, schedule for a date and time (publication time zone: Minsk), or cancel the schedule. */
export function IssueControls({ issueId, status, scheduledAt }: Props) {
  const t = useTranslations("IssueDesk");
  const ti = useTranslations("DashboardIssues");
  const router = useRouter();
  const [when, setWhen] = useState("");
  const run = useMutation({
    mutationFn: (command: Command) => {
      if (command === "schedule") return scheduleIssue({ issueId, publishAt: minskLocalToIso(when) });
      return { publish: publishIssue, unpublish: unpublishIssue, unschedule: unscheduleIssue }[command]({ issueId });
    },
    onSuccess: (result) => {
      if (result.ok) router.refresh();
    },
  });
  return (
    <section className="flex flex-wrap items-end gap-4 rounded border border-stone-300 bg-stone-50 p-4 font-sans text-sm">
      <StatusBadge status={status} scheduledAt={scheduledAt} />
      <button
        type="button"
        disabled={run.isPending}
        onClick={() => {
          if (status === "published" && !window.confirm(ti("confirmUnpublish"))) return;
          run.mutate(status === "published" ? "unpublish" : "publish");
        }}
        className="rounded bg-emerald-800 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
      >
        {status === "published" ? t("unpublishIssue") : t("publishIssue")}
      </button>
      {status === "scheduled" && (
        <button
          type="button"
          disabled={run.isPending}
          onClick={() => run.mutate("unschedule")}
          className="rounded border border-stone-500 px-3 py-1.5 disabled:opacity-50"
        >
          {t("unschedule")}
        </button>
      )}
      {status !== "published" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run.mutate("schedule");
          }}
          className="flex flex-wrap items-end gap-2"
        >
          <label className="flex flex-col gap-1">
            <span className="font-semibold">{t("scheduleAt")}</span>
            <input
              type="datetime-local"
              required
              value={when}
              onChange={(e) => setWhen(e.target.value)}
              aria-describedby="schedule-hint"
              className="rounded border border-stone-400 px-2 py-1"
            />
          </label>
          <button
            type="submit"
            disabled={run.isPending || !when}
            className="rounded border border-stone-500 px-3 py-1.5 disabled:opacity-50"
          >
            {ti("schedule")}
          </button>
          <span id="schedule-hint" className="basis-full text-xs text-stone-600">
            {t("scheduleHint")}
          </span>
        </form>
      )}
      <div className="basis-full">
        <FormMessage state={run.data ?? null} />
      </div>
    </section>
  );
}
