import { useTranslations } from "next-intl";
import { formatStamp } from "@/lib/dates/stamp";
import type { IssueStatus } from "@/lib/dashboard/issues";

const colours: Record<IssueStatus, string> = {
  draft: "bg-stone-100 text-stone-800",
  scheduled: "bg-sky-100 text-sky-900",
  published: "bg-emerald-100 text-emerald-900",
};

export function StatusBadge({ status, scheduledAt }: { status: IssueStatus; scheduledAt?: string | null }) {
  const t = useTranslations("DashboardIssues");
  const when = status === "scheduled" && scheduledAt ? formatStamp(scheduledAt) : null;
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${colours[status]}`}>
      {when ? t("scheduledFor", { date: when }) : t(`status_${status}`)}
    </span>
  );
}
