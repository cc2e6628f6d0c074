"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { resetPersonPassword } from "@/lib/actions/people/reset-person-password";
import type { Person } from "@/lib/dashboard/people";

export type ResetDone = { message?: string; generatedPassword?: string };
type Props = { person: Person; minPasswordLength: number; onDone: (done: ResetDone) => void; onCancel: () => void };

export function ResetPasswordForm({ person, minPasswordLength, onDone, onCancel }: Props) {
  const t = useTranslations("DashboardPeople");
  const [state, action, pending] = useActionState(resetPersonPassword, null);
  const client = useQueryClient();
  useEffect(() => {
    if (!state) return;
    // Success bumps the version, and a stale refusal means the list is out of date: reload it either way.
    void client.invalidateQueries({ queryKey: ["desk-people"] });
    if (state.ok) onDone({ message: state.message, generatedPassword: state.data?.generatedPassword });
  }, [state, client, onDone]);
  return (
    <form action={action} className="mt-3 space-y-3 rounded border border-stone-300 bg-stone-50 p-3">
      <input type="hidden" name="userId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <Field
        id={`new-password-${person.id}`}
        className="max-w-md"
        label={t("newPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        maxLength={1000}
        hint={t("newPasswordHint", { min: minPasswordLength })}
        errors={state?.ok ? undefined : state?.errors?.password}
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-stone-900 px-3 py-2 font-sans text-sm font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
        >
          {t("setPassword")}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-stone-400 bg-white px-3 py-2 font-sans text-sm hover:bg-stone-100"
        >
          {t("cancel")}
        </button>
        {state && !state.ok && <FormMessage state={state} />}
      </div>
    </form>
  );
}
