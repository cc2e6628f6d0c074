"use server";

import { getTranslations } from "next-intl/server";
import { deleteSubscriber as eraseSubscriber } from "@/lib/dashboard/subscribers";
import { subscriberIdSchema } from "@/lib/validation/subscribers";
import { editorAction } from "../editor-action";

/**
 * Erasure on request (GDPR art. 17): the address, its confirmation tokens and its delivery
 * records. Nothing public shows subscribers, so no cache entry changes.
 */
export const deleteSubscriber = editorAction({ schema: subscriberIdSchema, role: "editor" }, async ({ subscriberId }) => {
  const deleted = await eraseSubscriber(subscriberId);
  if (!deleted) return { ok: false, message: (await getTranslations("Actions"))("notFound") };
  return { ok: true, message: (await getTranslations("DashboardSubscribers"))("deleted", { email: deleted.email }) };
});
