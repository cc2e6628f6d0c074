import "server-only";
import { getTranslations } from "next-intl/server";
import type { PersonRefusal } from "@/lib/dashboard/people";
import type { ActionResult } from "../result";

/** Why an account change was refused, in the admin's language. */
export async function refusal(reason: PersonRefusal): Promise<ActionResult<never>> {
  if (reason === "notFound") return { ok: false, message: (await getTranslations("Actions"))("notFound") };
  return { ok: false, message: (await getTranslations("DashboardPeople"))(reason) };
}
