"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { publishIssue, unpublishIssue } from "@/lib/actions/issues/publish-issue";
import { listIssues } from "@/lib/actions/issues/list-issues";
import type { ActionResult } from "@/lib/actions/result";
import type { listDeskIssues } from "@/lib/dashboard/issue-list";
import { Link } from "@/lib/i18n/navigation";
import { IssueFilters, type IssueFilter as Filter } from "./IssueFilters";
import { StatusBadge } from "./StatusBadge";

type IssuePage = Awaited<ReturnType<typeof listDeskIssues>>;

async function fetchIssues(filter: Filter): Promise<IssuePage> {
  const result = await listIssues(filter);
  if (!result.ok || !result.data) throw new Error(result.ok ? "empty" : result.message);
  return result.data;
}

export function IssueTable({ initial, canPublish }: { initial: IssuePage; canPublish: boolean }) {
  const t = useTranslations("DashboardIssues");
  const locale = useLocale();
  const [filter, setFilter] = useState<Filter>({ page: 1 });
  const client = useQueryClient();
  const isInitial = !filter.status && !filter.year && filter.page === 1;
  const query = useQuery({
    queryKey: ["desk-issues", locale, filter],
    queryFn: () => fetchIssues(filter),
    initialData: isInitial ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const [notice, setNotice] = useState<ActionResult | null>(null);
  const change = useMutation({
    mutationFn: ({ id, action }: { id: number; action: "publish" | "unpublish" }) =>
      (action === "publish" ? publishIssue : unpublishIssue)({ issueId: id }),
    onSuccess: (result) => {
      setNotice(result);
      void client.invalidateQueries({ queryKey: ["desk-issues"] });
    },
  });
  const data = query.data ?? initial;

  return (
    <div>
      <IssueFilters
        filter={filter}
        years={data.years}
        status={query.isFetching ? t("loading") : (notice?.message ?? "")}
        onChange={setFilter}
      />
      {data.items.length === 0 ? (
        <p className="font-sans">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse font-sans text-sm">
            <thead>
              <tr className="border-b-2 border-stone-800 text-left">
                <th scope="col" className="py-2 pr-3">
                  {t("number")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("week")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("status")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("articles")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("translations")}
                </th>
                <th scope="col" className="py-2">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((issue) => (
                <tr key={issue.id} className="border-b border-stone-200">
                  <td className="py-2 pr-3 tabular-nums">{issue.number}</td>
                  <td className="py-2 pr-3">
                    <Link href={`/dashboard/issues/${issue.id}`} className="font-semibold underline-offset-2 hover:underline">
                      {issue.weekLabel}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">
                    <StatusBadge status={issue.status} scheduledAt={issue.scheduledAt} />
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{issue.articleCount}</td>
                  <td className="py-2 pr-3 tabular-nums">
                    {issue.translationsReady}/{issue.articleCount * data.languages}
                  </td>
                  <td className="py-2">
                    {canPublish && (
                      <button
                        type="button"
                        disabled={change.isPending}
                        onClick={() => {
                          if (issue.status === "published" && !window.confirm(t("confirmUnpublish"))) return;
                          change.mutate({ id: issue.id, action: issue.status === "published" ? "unpublish" : "publish" });
                        }}
                        className="rounded border border-stone-400 px-2 py-1 hover:bg-stone-100 disabled:opacity-50"
                      >
                        {issue.status === "published" ? t("unpublish") : t("publish")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.totalPages > 1 && (
        <nav aria-label={t("page", { page: data.page, total: data.totalPages })} className="mt-4 flex items-center gap-4 font-sans text-sm">
          <button
            type="button"
            disabled={filter.page <= 1}
            onClick={() => setFilter({ ...filter, page: filter.page - 1 })}
            className="rounded border px-2 py-1 disabled:opacity-40"
          >
            {t("previous")}
          </button>
          <span>{t("page", { page: data.page, total: data.totalPages })}</span>
          <button
            type="button"
            disabled={filter.page >= data.totalPages}
            onClick={() => setFilter({ ...filter, page: filter.page + 1 })}
            className="rounded border px-2 py-1 disabled:opacity-40"
          >
            {t("next")}
          </button>
        </nav>
      )}
    </div>
  );
}
