"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState, type FormEvent } from "react";
import type { Role } from "@/db/schema";
import { changePersonRole } from "@/lib/actions/people/change-person-role";
import { deactivatePerson, reactivatePerson } from "@/lib/actions/people/set-person-active";
import type { ActionResult } from "@/lib/actions/result";
import type { Person } from "@/lib/dashboard/people";
import { OncePassword } from "./OncePassword";
import { ResetPasswordForm, type ResetDone } from "./ResetPasswordForm";
import { RoleSelect } from "./RoleSelect";

const button = "rounded border border-stone-400 bg-white px-3 py-2 font-sans text-sm hover:bg-stone-100 disabled:opacity-50";

export function PersonRow({ person, isSelf, minPasswordLength }: { person: Person; isSelf: boolean; minPasswordLength: number }) {
  const t = useTranslations("DashboardPeople");
  const names = useTranslations("Dashboard");
  const client = useQueryClient();
  const [notice, setNotice] = useState<ActionResult<unknown> | null>(null);
  const [resetting, setResetting] = useState(false);
  const [generated, setGenerated] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (run: () => Promise<ActionResult>) => run(),
    onSuccess: (result) => {
      setNotice(result);
      void client.invalidateQueries({ queryKey: ["desk-people"] });
    },
  });
  const target = { userId: person.id, version: person.version };

  function changeRole(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const role = new FormData(event.currentTarget).get("role") as Role;
    change.mutate(() => changePersonRole({ ...target, role }));
  }
  function toggleActive() {
    if (person.active && !window.confirm(t("confirmDeactivate", { name: person.name }))) return;
    change.mutate(() => (person.active ? deactivatePerson : reactivatePerson)(target));
  }
  const resetDone = useCallback(({ message, generatedPassword }: ResetDone) => {
    setResetting(false);
    setNotice({ ok: true, message });
    setGenerated(generatedPassword ?? null);
  }, []);

  return (
    <li className="py-4">
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="min-w-0 font-sans">
          <p className="font-semibold">
            {person.name}
            {isSelf && <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs font-normal">{t("you")}</span>}
          </p>
          <p className="text-sm break-all text-stone-700">{person.email}</p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-xs">
            <span className="rounded bg-stone-100 px-2 py-0.5 font-semibold text-stone-800">{names(`role_${person.role}`)}</span>
            <span
              className={`rounded px-2 py-0.5 font-semibold ${person.active ? "bg-emerald-100 text-emerald-900" : "bg-red-100 text-red-900"}`}
            >
              {person.active ? t("active") : t("inactive")}
            </span>
            <time dateTime={person.createdAt} className="text-stone-600">
              {t("addedOn", { date: person.createdOn })}
            </time>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <form key={person.version} onSubmit={changeRole} className="flex items-center gap-2">
            <RoleSelect
              id={`role-${person.id}`}
              label={t("roleFor", { name: person.name })}
              defaultValue={person.role}
              disabled={isSelf}
              hideLabel
            />
            <button type="submit" disabled={isSelf || change.isPending} className={button}>
              {t("changeRole")}
            </button>
          </form>
          <button type="button" onClick={() => setResetting(!resetting)} aria-expanded={resetting} className={button}>
            {t("resetPassword")}
          </button>
          <button type="button" onClick={toggleActive} disabled={isSelf || change.isPending} className={button}>
            {person.active ? t("deactivate") : t("reactivate")}
          </button>
        </div>
      </div>
      {isSelf && <p className="mt-2 font-sans text-xs text-stone-600">{t("selfNote")}</p>}
      {resetting && (
        <ResetPasswordForm person={person} minPasswordLength={minPasswordLength} onDone={resetDone} onCancel={() => setResetting(false)} />
      )}
      {generated && <OncePassword email={person.email} password={generated} onDismiss={() => setGenerated(null)} />}
      <p
        role="status"
        aria-live="polite"
        className={`font-sans text-sm ${notice?.message ? "mt-2" : ""} ${notice?.ok ? "text-emerald-800" : "text-red-800"}`}
      >
        {notice?.message ?? ""}
      </p>
    </li>
  );
}
