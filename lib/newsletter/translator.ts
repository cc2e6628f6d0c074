import { createTranslator } from "use-intl/core";
import be from "@/messages/be.json";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import type { Locale } from "@/lib/i18n/routing";

const messages = { en, be, ru };

/** Translations outside a request (the sending worker runs in the background, not in a page). */
export function translatorFor<N extends keyof typeof en>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messages[locale], namespace });
}
