import { useLocale, useTranslations } from "next-intl";
import type { TermListItem } from "@/lib/dashboard/taxonomy/types";

/** The name in the dashboard's language; otherwise the English one, marked; otherwise the slug. */
export function TermName({ item }: { item: TermListItem }) {
  const t = useTranslations("DashboardTaxonomy");
  const locale = useLocale();
  if (!item.nameLocale) return <span className="font-mono">{item.slug}</span>;
  return (
    <>
      <span lang={item.nameLocale} className="font-semibold">
        {item.name}
      </span>
      {item.nameLocale !== locale && <span className="ml-1 text-stone-600">({t("inEnglish")})</span>}
    </>
  );
}
