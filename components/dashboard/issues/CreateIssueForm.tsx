"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { createIssue } from "@/lib/actions/issues/create-issue";

export function CreateIssueForm() {
  const t = useTranslations("DashboardIssues");
  const [state, action, pending] = useActionState(createIssue, null);
  const client = useQueryClient();
  useEffect(() => {
    if (state?.ok) void client.invalidateQueries({ queryKey: ["desk-issues"] });
  }, [state, client]);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 rounded border border-stone-300 bg-stone-50 p-4">
      <Field
        label={t("dateLabel")}
        name="date"
        type="date"
        required
        hint={t("dateHint")}
        errors={state?.ok ? undefined : state?.errors?.date}
      />
      <button
        type="submit"
        disabled={pending}
        className="mb-5 rounded bg-stone-900 px-4 py-2 font-sans font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
      >
        {t("create")}
      </button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
