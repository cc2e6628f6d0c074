import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { Role } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/users";
import { fieldErrors, formToObject } from "./form-input";
import type { ActionResult } from "./result";

const requiredRoles = new WeakMap<object, Role>();

/** The minimum role an action was declared with (for the test that calls every action as every role). */
export function requiredRoleOf(action: object): Role | undefined {
  return requiredRoles.get(action);
}

/** Every failure has the same shape, however a handler spelled its own. */
type Refusal = { ok: false; message: string; errors?: Record<string, string[]>; conflict?: unknown };

/**
 * The one door for dashboard mutations. Every exported action is a public endpoint, so this
 * checks, in order: a live session (re-read from the database), the input (zod), the minimum
 * role; then runs the handler, which does the scoped lookup, the transaction and the cache
 * invalidation. Works with useActionState (state, formData) and with a plain object argument.
 */
export function editorAction<S extends z.ZodType, R extends ActionResult<unknown>>(
  options: { schema: S; role: Role },
  handler: (input: z.infer<S>, user: SessionUser) => Promise<R>,
) {
  const action = async (stateOrInput: unknown, formData?: FormData): Promise<Extract<R, { ok: true }> | Refusal> => {
    const t = await getTranslations("Actions");
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: t("signedOut") };

    const raw =
      formData instanceof FormData ? formToObject(formData) : stateOrInput instanceof FormData ? formToObject(stateOrInput) : stateOrInput;
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return { ok: false, message: t("invalid"), errors: await fieldErrors(parsed.error) };
    if (!hasRole(user, options.role)) return { ok: false, message: t("forbidden") };

    try {
      return (await handler(parsed.data, user)) as Extract<R, { ok: true }> | Refusal;
    } catch (error) {
      console.error("Action failed", error);
      return { ok: false, message: t("failed") };
    }
  };
  requiredRoles.set(action, options.role);
  return action;
}
