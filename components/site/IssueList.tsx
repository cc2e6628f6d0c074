import { useLocale, useTranslations } from "next-intl";
import { formatWeekRange } from "@/lib/dates/week";
import type { IssueSummary } from "@/lib/content/types";
import { Link } from "@/lib/i18n/navigation";

export function IssueList({ issues }: { issues: IssueSummary[] }) {
  const locale = useLocale();
  const t = useTranslations("Home");
  return (
    <ul className="divide-y divide-stone-200">
      {issues.map((issue) => (
        <li key={issue.id}>
          <Link
            href={`/issues/${issue.weekStart}`}
            className="flex flex-wrap items-baseline justify-between gap-x-4 py-3 hover:bg-stone-50"
          >
            <span className="font-serif text-lg font-semibold text-stone-900">
              {formatWeekRange(locale, issue.weekStart, issue.weekEnd)}
            </span>
            <span className="font-sans text-sm text-stone-600">{t("issueNumber", { number: issue.number })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
