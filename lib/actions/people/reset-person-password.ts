"use server";

import { getTranslations } from "next-intl/server";
import { hashPassword } from "@/lib/auth/password";
import { clearFailures, throttleKeys } from "@/lib/auth/throttle";
import { resetPassword } from "@/lib/dashboard/people";
import { generatePassword, resetPasswordSchema } from "@/lib/validation/people";
import { editorAction } from "../editor-action";
import { refusal } from "./refusal";

/** Sets a new password (or generates one, returned once) and ends the account's sessions. */
export const resetPersonPassword = editorAction({ schema: resetPasswordSchema, role: "admin" }, async ({ password, ...target }) => {
  const t = await getTranslations("DashboardPeople");
  const chosen = password ?? generatePassword();
  const result = await resetPassword(target, await hashPassword(chosen));
  if (!result.ok) return refusal(result.reason);
  // A lockout earned by guessing the old password should not keep the owner of the new one out.
  await clearFailures(throttleKeys(result.email, "").account);
  return {
    ok: true,
    message: t("passwordReset", { name: result.name }),
    data: { email: result.email, generatedPassword: password ? undefined : chosen },
  };
});
