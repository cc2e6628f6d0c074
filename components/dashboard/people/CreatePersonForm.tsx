"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { createPerson } from "@/lib/actions/people/create-person";
import { OncePassword } from "./OncePassword";
import { RoleSelect } from "./RoleSelect";

export function CreatePersonForm({ minPasswordLength }: { minPasswordLength: number }) {
  const t = useTranslations("DashboardPeople");
  const [state, action, pending] = useActionState((previous: unknown, data: FormData) => createPerson(previous, data), null);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const form = useRef<HTMLFormElement>(null);
  const client = useQueryClient();
  useEffect(() => {
    if (!state?.ok) return;
    form.current?.reset();
    void client.invalidateQueries({ queryKey: ["desk-people"] });
  }, [state, client]);
  const errors: Record<string, string[]> | undefined = state?.ok ? undefined : state?.errors;
  const generated = state?.ok && dismissed !== state ? state.data : undefined;

  // Submitted by hand so a refused form keeps what was typed (a form action would clear it).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  return (
    <div>
      <form
        ref={form}
        action={action}
        onSubmit={submit}
        className="grid gap-4 rounded border border-stone-300 bg-stone-50 p-4 sm:grid-cols-2"
      >
        <Field
          id="new-person-email"
          label={t("email")}
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          errors={errors?.email}
        />
        <Field id="new-person-name" label={t("name")} name="name" autoComplete="off" required maxLength={200} errors={errors?.name} />
        <RoleSelect id="new-person-role" label={t("role")} defaultValue="author" errors={errors?.role} />
        <Field
          id="new-person-password"
          label={t("password")}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={minPasswordLength}
          maxLength={1000}
          hint={t("passwordHint", { min: minPasswordLength })}
          errors={errors?.password}
        />
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-stone-900 px-4 py-2 font-sans font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
          >
            {pending ? t("creating") : t("create")}
          </button>
          <FormMessage state={state} />
        </div>
      </form>
      {generated?.generatedPassword && (
        <OncePassword email={generated.email} password={generated.generatedPassword} onDismiss={() => setDismissed(state)} />
      )}
    </div>
  );
}
