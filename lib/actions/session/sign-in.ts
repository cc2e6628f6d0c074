"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import type { ActionResult } from "../result";

const schema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1000),
  callbackPath: z.string().optional(),
});

/** Only dashboard paths of this site are valid places to return to after signing in. */
function safeCallback(path: string | undefined, locale: string): string {
  return path && /^\/(en|be|ru)\/dashboard(\/[\w\-/]*)?$/.test(path) ? path : `/${locale}/dashboard`;
}

export async function signInWithPassword(_state: ActionResult | null, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("SignIn");
  const locale = await getLocale();
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: t("required") };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(parsed.data.callbackPath, locale),
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin) return { ok: false, message: error.code === "locked" ? t("locked") : t("invalid") };
    if (error instanceof AuthError) return { ok: false, message: t("failed") };
    throw error; // the redirect after a successful sign-in
  }
}
