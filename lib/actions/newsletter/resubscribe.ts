"use server";

import { getTranslations } from "next-intl/server";
import { resubscribeByKey } from "@/lib/newsletter/manage";
import { publicAction } from "@/lib/newsletter/public-action";
import { changeLanguageSchema } from "@/lib/validation/newsletter";

/** Public: "subscribe again" on the subscription page, for an address that had confirmed before. */
export const resubscribeToNewsletter = publicAction({ schema: changeLanguageSchema }, async ({ key, locale }) => {
  const t = await getTranslations("Newsletter");
  return (await resubscribeByKey(key, locale)) ? { ok: true, message: t("resubscribed") } : { ok: false, message: t("resubscribeRefused") };
});
