import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";

/** A submitted form as a plain object for zod, without Next's $ACTION fields; a repeated name becomes a list. */
export function formToObject(form: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    object[key] = key in object ? ([] as unknown[]).concat(object[key], value) : value;
  }
  return object;
}

/** Schemas name their errors with Validation message keys; anything else reads as "not valid". */
export async function fieldErrors(error: z.ZodError): Promise<Record<string, string[]>> {
  const t = await getTranslations("Validation");
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    const key = issue.message as Parameters<typeof t>[0];
    (errors[field] ??= []).push(t.has(key) ? t(key) : t("invalid"));
  }
  return errors;
}
