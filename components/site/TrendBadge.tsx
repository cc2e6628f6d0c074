import { useTranslations } from "next-intl";
import type { Trend } from "@/lib/content/types";

const styles: Record<Exclude<Trend, "none">, { className: string; symbol: string }> = {
  improved: { className: "bg-emerald-50 text-emerald-800 ring-emerald-700/30", symbol: "▲" },
  unchanged: { className: "bg-stone-100 text-stone-700 ring-stone-500/30", symbol: "■" },
  worsened: { className: "bg-rose-50 text-rose-800 ring-rose-700/30", symbol: "▼" },
};

/** Coloured for the eye, named in words for everyone: the full sentence is the accessible name. */
export function TrendBadge({ trend, size = "sm" }: { trend: Trend; size?: "sm" | "md" }) {
  const t = useTranslations("Trend");
  if (trend === "none") return null;
  const style = styles[trend];
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 font-sans font-semibold ring-1 ring-inset ${style.className} ${size === "md" ? "text-sm" : "text-xs"}`}
      title={t(trend)}
    >
      <span aria-hidden="true" className="text-[0.7em]">
        {style.symbol}
      </span>
      <span className="sr-only">{t(trend)}</span>
      <span aria-hidden="true">{t(`${trend}Short`)}</span>
    </span>
  );
}
