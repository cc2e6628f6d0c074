import { fontVariables } from "./fonts";

/** Only for paths outside the locale routes; everything else gets app/[locale]/not-found.tsx. */
export default function GlobalNotFound() {
  return (
    <html lang="en" className={fontVariables}>
      <body className="mx-auto max-w-xl px-6 py-16 font-sans text-stone-900">
        <h1 className="font-serif text-3xl font-bold">Page not found</h1>
        <p className="mt-4">There is nothing at this address.</p>
        <ul className="mt-6 flex gap-4 underline">
          <li>
            <a href="/en" hrefLang="en">
              English
            </a>
          </li>
          <li>
            <a href="/be" hrefLang="be" lang="be">
              Беларуская
            </a>
          </li>
          <li>
            <a href="/ru" hrefLang="ru" lang="ru">
              Русский
            </a>
          </li>
        </ul>
      </body>
    </html>
  );
}
