import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { fieldErrors, formToObject } from "@/lib/actions/form-input";
import type { ActionResult } from "@/lib/actions/result";

type Input = Record<string, unknown>;

/**
 * The door for the newsletter's reader-side actions, which have no session by design: whoever
 * holds the address, the token or the unsubscribe key may act. Otherwise as editorAction: input
 * (zod, with translated field errors), then the handler; never throws to the client.
 * `screen` sees the raw input first (the subscribe form's honeypot).
 */
export function publicAction<S extends z.ZodType>(
  options: { schema: S; screen?: (raw: Input) => Promise<ActionResult | null> },
  handler: (input: z.infer<S>) => Promise<ActionResult>,
) {
  return async (stateOrInput: unknown, formData?: FormData): Promise<ActionResult> => {
    const t = await getTranslations("Actions");
    const raw = toObject(formData instanceof FormData ? formData : stateOrInput);
    try {
      const screened = await options.screen?.(raw);
      if (screened) return screened;
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) return { ok: false, message: t("invalid"), errors: await fieldErrors(parsed.error) };
      return await handler(parsed.data);
    } catch (error) {
      console.error("Newsletter action failed", error);
      return { ok: false, message: t("failed") };
    }
  };
}

function toObject(input: unknown): Input {
  if (input instanceof FormData) return formToObject(input);
  return typeof input === "object" && input !== null ? (input as Input) : {};
}
