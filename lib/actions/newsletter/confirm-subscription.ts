"use server";

import { getTranslations } from "next-intl/server";
import { publicAction } from "@/lib/newsletter/public-action";
import { confirmSubscription } from "@/lib/newsletter/subscriptions";
import { confirmSchema } from "@/lib/validation/newsletter";

/** Public: the button on the page behind a confirmation link. Holding the token is the permission. */
export const confirmNewsletterSubscription = publicAction({ schema: confirmSchema }, async ({ token }) => {
  const t = await getTranslations("Newsletter");
  const outcome = await confirmSubscription(token);
  if (outcome === "confirmed") return { ok: true, message: t("confirmed") };
  return { ok: false, message: outcome === "used" ? t("tokenUsedBody") : t("tokenInvalidBody") };
});
