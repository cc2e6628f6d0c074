import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { periodSearch, presets, type Period } from "@/lib/trends/period";

type Props = { period: Period; months: string[]; fromMonth: string; toMonth: string };

/** Preset periods as links, and a month-to-month form; both plain GET, so they work without scripts. */
export function PeriodPicker({ period, months, fromMonth, toMonth }: Props) {
  const t = useTranslations("Trends");
  const locale = useLocale();
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const current = "preset" in period ? period.preset : null;
  return (
    <div className="mt-6 flex flex-wrap items-end gap-x-8 gap-y-4 border-y border-stone-200 py-4 font-sans text-sm">
      <nav aria-label={t("presetsLabel")}>
        <ul className="flex flex-wrap gap-2">
          {presets.map((preset) => (
            <li key={preset}>
              <Link
                href={`/trends${periodSearch({ preset })}`}
                aria-current={current === preset ? "page" : undefined}
                className="inline-block rounded-full border border-stone-300 px-3 py-1 font-semibold text-stone-800 hover:bg-stone-100 aria-[current=page]:border-stone-900 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white"
              >
                {t(`preset.${preset}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={`/${locale}/trends`} className="flex flex-wrap items-end gap-3">
        <MonthSelect name="from" label={t("from")} months={months} value={fromMonth} format={monthName} />
        <MonthSelect name="to" label={t("to")} months={months} value={toMonth} format={monthName} />
        <button type="submit" className="rounded bg-stone-900 px-4 py-1.5 font-semibold text-white hover:bg-stone-700">
          {t("apply")}
        </button>
      </form>
    </div>
  );
}

type SelectProps = { name: string; label: string; months: string[]; value: string; format: Intl.DateTimeFormat };

function MonthSelect({ name, label, months, value, format }: SelectProps) {
  return (
    <label className="flex flex-col gap-1 font-semibold text-stone-700">
      {label}
      <select name={name} defaultValue={value} className="rounded border border-stone-400 bg-white px-2 py-1.5 font-normal text-stone-900">
        {months.map((month) => (
          <option key={month} value={month}>
            {format.format(new Date(`${month}-01T00:00:00Z`))}
          </option>
        ))}
      </select>
    </label>
  );
}
