"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { listPeople } from "@/lib/actions/people/list-people";
import type { Person } from "@/lib/dashboard/people";
import { PersonRow } from "./PersonRow";

async function fetchPeople(): Promise<Person[]> {
  const result = await listPeople({});
  if (!result.ok || !result.data) throw new Error(result.ok ? "empty" : result.message);
  return result.data;
}

type Props = { initial: Person[]; currentUserId: number; minPasswordLength: number };

export function PeopleList({ initial, currentUserId, minPasswordLength }: Props) {
  const t = useTranslations("DashboardPeople");
  const query = useQuery({ queryKey: ["desk-people"], queryFn: fetchPeople, initialData: initial });
  const people = query.data;
  return (
    <section aria-labelledby="people-list">
      <div className="flex flex-wrap items-baseline gap-4">
        <h2 id="people-list" className="font-sans text-lg font-semibold">
          {t("accounts", { count: people.length })}
        </h2>
        <p role="status" aria-live="polite" className="font-sans text-sm text-stone-600">
          {query.isFetching ? t("loading") : query.isError ? t("loadFailed") : ""}
        </p>
      </div>
      <ul className="mt-2 divide-y divide-stone-200 border-y border-stone-300">
        {people.map((person) => (
          <PersonRow key={person.id} person={person} isSelf={person.id === currentUserId} minPasswordLength={minPasswordLength} />
        ))}
      </ul>
    </section>
  );
}
