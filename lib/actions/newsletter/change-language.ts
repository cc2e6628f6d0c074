"use server";

import { getTranslations } from "next-intl/server";
import { localeNames } from "@/lib/i18n/routing";
import { changeSubscriptionLanguage } from "@/lib/newsletter/manage";
import { publicAction } from "@/lib/newsletter/public-action";
import { changeLanguageSchema } from "@/lib/validation/newsletter";

/** Public: the language form on the subscription page, authorized by the key in its address. */
export const changeNewsletterLanguage = publicAction({ schema: changeLanguageSchema }, async ({ key, locale }) => {
  const t = await getTranslations("Newsletter");
  const changed = await changeSubscriptionLanguage(key, locale);
  return changed
    ? { ok: true, message: t("languageChanged", { language: localeNames[locale] }) }
    : { ok: false, message: t("linkInvalid") };
});
