"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { signInWithPassword } from "@/lib/actions/session/sign-in";

export function SignInForm({ callbackPath }: { callbackPath?: string }) {
  const t = useTranslations("SignIn");
  const [state, action, pending] = useActionState(signInWithPassword, null);
  // Controlled, so a failed attempt keeps the address (React resets a form after its action).
  const [email, setEmail] = useState("");
  return (
    <form action={action} className="space-y-4">
      {callbackPath && <input type="hidden" name="callbackPath" value={callbackPath} />}
      <Field
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required maxLength={1000} />
      <FormMessage state={state} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-stone-900 px-4 py-2 font-sans font-semibold text-white hover:bg-stone-700 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
