"use server";

import { getTranslations } from "next-intl/server";
import { unsubscribeByKey } from "@/lib/newsletter/manage";
import { publicAction } from "@/lib/newsletter/public-action";
import { subscriptionKeySchema } from "@/lib/validation/newsletter";

/** Public: the unsubscribe button. Holding the key from a newsletter is the permission. */
export const unsubscribeFromNewsletter = publicAction({ schema: subscriptionKeySchema }, async ({ key }) => {
  const t = await getTranslations("Newsletter");
  const locale = await unsubscribeByKey(key);
  return locale ? { ok: true, message: t("unsubscribed") } : { ok: false, message: t("linkInvalid") };
});
