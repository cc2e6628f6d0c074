import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Reader pages ship no messages to the browser; the newsletter forms need their own namespace. */
export async function NewsletterMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ Newsletter: messages.Newsletter }}>{children}</NextIntlClientProvider>;
}
