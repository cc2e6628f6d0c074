import be from "@/messages/be.json";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { fontVariables } from "./fonts";

/** Outside the locale routes no language is known, so the page says it in all three, each linking home. */
const languages = [
  { locale: "en", messages: en.NotFound },
  { locale: "be", messages: be.NotFound },
  { locale: "ru", messages: ru.NotFound },
] as const;

/** Only for paths outside the locale routes; everything else gets app/[locale]/not-found.tsx. */
export default function GlobalNotFound() {
  return (
    <html lang="en" className={fontVariables}>
      <body className="mx-auto max-w-xl px-6 py-16 font-sans text-stone-900">
        {languages.map(({ locale, messages }, index) => (
          <section key={locale} lang={locale} className="mt-8 first:mt-0">
            {index === 0 ? (
              <h1 className="font-serif text-3xl font-bold">{messages.title}</h1>
            ) : (
              <p className="font-serif text-2xl font-bold">{messages.title}</p>
            )}
            <a href={`/${locale}`} hrefLang={locale} className="mt-2 inline-block text-red-800 underline underline-offset-2">
              {messages.backHome}
            </a>
          </section>
        ))}
      </body>
    </html>
  );
}
