import { localeNames, routing, type Locale } from "@/lib/i18n/routing";

type Props = { id: string; label: string; defaultValue: Locale; errors?: string[] };

/** The newsletter's language, each named in itself (a reader may not read the page's language). */
export function LanguageSelect({ id, label, defaultValue, errors }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block font-sans text-sm font-semibold text-stone-800">
        {label}
      </label>
      <select
        id={id}
        name="locale"
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="mt-1 block h-[2.625rem] w-full rounded border border-stone-400 bg-white px-3 py-2 font-sans text-base text-stone-900 aria-[invalid=true]:border-red-700"
      >
        {routing.locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 font-sans text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
