"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState, type FormEvent } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import type { ActionResult } from "@/lib/actions/result";
import { importSubscribers } from "@/lib/actions/subscribers/import-subscribers";
import { ImportReport } from "./ImportReport";

/** fileHint comes formatted from the server: browsers may lack Belarusian number formats. */
type Props = { maxBytes: number; maxSourceLength: number; fileHint: string };

/** Checks the size before uploading: past the server's body limit the request would fail without a word. */
export function ImportForm({ maxBytes, maxSourceLength, fileHint }: Props) {
  const t = useTranslations("DashboardSubscribers");
  const [state, action, pending] = useActionState(importSubscribers, null);
  const [tooLarge, setTooLarge] = useState<ActionResult | null>(null);
  const client = useQueryClient();
  useEffect(() => {
    if (state?.ok) void client.invalidateQueries({ queryKey: ["desk-subscribers"] });
  }, [state, client]);
  const megabytes = maxBytes / 1_000_000;

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    const refused = file instanceof File && file.size > maxBytes;
    setTooLarge(refused ? { ok: false, message: t("fileTooLarge", { megabytes }) } : null);
    if (refused) event.preventDefault();
  }
  const shown = tooLarge ?? state;
  const errors = shown && !shown.ok ? shown.errors : undefined;

  return (
    <div className="space-y-4">
      <form action={action} onSubmit={checkSize} className="space-y-4 rounded border border-stone-300 bg-stone-50 p-4">
        <Field
          label={t("fileLabel")}
          name="file"
          type="file"
          accept=".csv,text/csv,text/plain"
          required
          hint={fileHint}
          errors={errors?.file}
        />
        <Field
          label={t("consentSourceLabel")}
          name="consentSource"
          required
          maxLength={maxSourceLength}
          hint={t("consentSourceHint")}
          errors={errors?.consentSource}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-stone-900 px-4 py-2 font-sans font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
        >
          {pending ? t("importing") : t("importButton")}
        </button>
        <FormMessage state={shown} />
      </form>
      {!tooLarge && state?.ok && state.data && <ImportReport report={state.data} />}
    </div>
  );
}
