"use server";

import { getTranslations } from "next-intl/server";
import { hashPassword } from "@/lib/auth/password";
import { insertPerson } from "@/lib/dashboard/people";
import { createPersonSchema, generatePassword } from "@/lib/validation/people";
import { editorAction } from "../editor-action";

/**
 * A new dashboard account. Without a password one is generated and returned once, for the admin
 * to pass on; it is never stored or shown again. Accounts are not public: no cache to expire.
 */
export const createPerson = editorAction({ schema: createPersonSchema, role: "admin" }, async ({ password, ...person }) => {
  const t = await getTranslations("DashboardPeople");
  const chosen = password ?? generatePassword();
  const id = await insertPerson({ ...person, passwordHash: await hashPassword(chosen) });
  if (id === null) return { ok: false, message: t("duplicateEmail"), errors: { email: [t("duplicateEmail")] } };
  return {
    ok: true,
    message: t("created", { name: person.name }),
    data: { id, email: person.email, generatedPassword: password ? undefined : chosen },
  };
});
