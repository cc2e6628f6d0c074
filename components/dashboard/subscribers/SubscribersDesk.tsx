"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { listSubscribers } from "@/lib/actions/subscribers/list-subscribers";
import type { listDeskSubscribers } from "@/lib/dashboard/subscribers";
import type { SubscriberListFilter } from "@/lib/validation/subscribers";
import { ExportLinks } from "./ExportLinks";
import { Pager } from "./Pager";
import { SubscriberCounts } from "./SubscriberCounts";
import { SubscriberFilters } from "./SubscriberFilters";
import { SubscriberTable } from "./SubscriberTable";

export type SubscriberPage = Awaited<ReturnType<typeof listDeskSubscribers>>;
export type Filter = SubscriberListFilter;
export const subscribersQueryKey = ["desk-subscribers"];

async function fetchSubscribers(filter: Filter): Promise<SubscriberPage> {
  const result = await listSubscribers(filter);
  if (!result.ok || !result.data) throw new Error(result.ok ? "empty" : result.message);
  return result.data;
}

/** Counts, then the searchable list; the search waits for a pause in typing before it asks. */
export function SubscribersDesk({ initial }: { initial: SubscriberPage }) {
  const t = useTranslations("DashboardSubscribers");
  const [filter, setFilter] = useState<Filter>({ q: "", page: 1 });
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(
      () => setFilter((current) => (current.q === search.trim() ? current : { ...current, q: search.trim(), page: 1 })),
      300,
    );
    return () => clearTimeout(timer);
  }, [search]);
  const isInitial = !filter.q && !filter.status && !filter.locale && filter.page === 1;
  const query = useQuery({
    queryKey: [...subscribersQueryKey, filter],
    queryFn: () => fetchSubscribers(filter),
    initialData: isInitial ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const data = query.data ?? initial;

  return (
    <div className="space-y-8">
      <SubscriberCounts counts={data.counts} />
      <section aria-labelledby="subscriber-list" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="subscriber-list" className="font-sans text-lg font-semibold">
            {t("matches", { count: data.total })}
          </h2>
          <ExportLinks filter={filter} />
        </div>
        <SubscriberFilters
          search={search}
          onSearch={setSearch}
          filter={filter}
          onChange={(change) => setFilter({ ...filter, ...change, page: 1 })}
          status={query.isFetching ? t("loading") : query.isError ? t("loadFailed") : ""}
        />
        <SubscriberTable items={data.items} />
        <Pager page={data.page} totalPages={data.totalPages} onPage={(page) => setFilter({ ...filter, page })} />
      </section>
    </div>
  );
}
