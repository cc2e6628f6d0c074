"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/FormMessage";
import { getNewsletterProgress, sendNewsletter } from "@/lib/actions/newsletter/send-newsletter";
import type { SendProgress } from "@/lib/newsletter/send";

/** The send button and live progress (polled while the background worker is sending). */
export function SendControls({ issueId, audience, initial }: { issueId: number; audience: number; initial: SendProgress }) {
  const t = useTranslations("DashboardNewsletter");
  const client = useQueryClient();
  const progress = useQuery({
    queryKey: ["newsletter-progress", issueId],
    queryFn: async () => {
      const result = await getNewsletterProgress({ issueId });
      if (!result.ok || !result.data) throw new Error(result.ok ? "" : result.message);
      return result.data;
    },
    initialData: initial,
    refetchInterval: (query) =>
      query.state.data && (query.state.data.counts.pending > 0 || query.state.data.counts.sending > 0) ? 2000 : false,
  });
  const send = useMutation({
    mutationFn: () => sendNewsletter({ issueId }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["newsletter-progress", issueId] }),
  });
  const data = progress.data;
  return (
    <section aria-labelledby="send" className="space-y-3 rounded border border-stone-300 bg-stone-50 p-4 font-sans text-sm">
      <h2 id="send" className="text-lg font-semibold">
        {t("progress")}: {t(`status_${data.status}`)}
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-live="polite">
        {(["pending", "sending", "sent", "failed"] as const).map((state) => (
          <div key={state} className="rounded bg-white p-2">
            <dt className="text-stone-600">{t(state)}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-count={state}>
              {data.counts[state]}
            </dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        disabled={send.isPending || audience === 0}
        onClick={() => {
          if (window.confirm(t("confirmSend"))) send.mutate();
        }}
        className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white disabled:opacity-50"
      >
        {t("send", { count: audience })}
      </button>
      <FormMessage state={send.data ?? null} />
    </section>
  );
}
