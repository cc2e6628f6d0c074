"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { getTranslations } from "next-intl/server";
import { getMailer } from "@/lib/mail";
import { HONEYPOT_FIELD } from "@/lib/newsletter/honeypot";
import { publicAction } from "@/lib/newsletter/public-action";
import { purgeExpiredSubscriptions } from "@/lib/newsletter/purge";
import { takeRateLimit } from "@/lib/newsletter/rate-limit";
import { alreadySubscribedMail, confirmationMail } from "@/lib/newsletter/reader-mail";
import { requestSubscription } from "@/lib/newsletter/subscriptions";
import { subscribeSchema } from "@/lib/validation/newsletter";
import type { ActionResult } from "../result";

/**
 * Public: a reader asks for the newsletter. The answer is the same whatever the address's state
 * (new, pending, confirmed, unsubscribed), so the form cannot tell anyone who is subscribed.
 */
export const subscribeToNewsletter = publicAction({ schema: subscribeSchema, screen: answerBots }, async ({ email, locale }) => {
  const t = await getTranslations("Newsletter");
  if (!(await takeRateLimit("ip", await requestIp()))) return { ok: false, message: t("tooManyRequests") };
  await purgeExpiredSubscriptions();
  // Over the per-address limit, say the usual thing and send nothing more to that inbox.
  if (!(await takeRateLimit("address", email))) return { ok: true, message: t("checkInbox") };

  const request = await requestSubscription(email, locale);
  const mail = request.kind === "confirm" ? await confirmationMail(request) : await alreadySubscribedMail(request);
  try {
    await getMailer().send(mail);
  } catch (error) {
    console.error("Could not send a newsletter subscription mail", error);
    return { ok: false, message: t("sendFailed") };
  }
  return { ok: true, message: t("checkInbox") };
});

/** A filled honeypot gets the ordinary answer and nothing else: no row, no mail, no hint. */
async function answerBots(raw: Record<string, unknown>): Promise<ActionResult | null> {
  const value = raw[HONEYPOT_FIELD];
  if (value === undefined || value === "") return null;
  return { ok: true, message: (await getTranslations("Newsletter"))("checkInbox") };
}

async function requestIp(): Promise<string> {
  return clientIp(await headers());
}
