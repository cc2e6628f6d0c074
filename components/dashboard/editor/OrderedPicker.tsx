"use client";

import { useTranslations } from "next-intl";
import type { Option } from "@/lib/dashboard/issue-desk";

/** Choose some options and put them in order (a byline), with buttons that work from the keyboard. */
export function OrderedPicker({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: Option[];
  selected: number[];
  onChange: (ids: number[]) => void;
}) {
  const t = useTranslations("ArticleEditor");
  const byId = new Map(options.map((o) => [o.id, o]));
  const move = (index: number, delta: number) => {
    const next = [...selected];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item!);
    onChange(next);
  };
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      <ol className="mt-1 space-y-1">
        {selected.map((id, index) => (
          <li key={id} className="flex items-center gap-2">
            <input type="checkbox" checked onChange={() => onChange(selected.filter((x) => x !== id))} aria-label={byId.get(id)?.label} />
            <span className="flex-1">{byId.get(id)?.label}</span>
            <button
              type="button"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={t("moveUp", { name: byId.get(id)?.label ?? "" })}
              className="rounded border px-1.5 disabled:opacity-30"
            >
              ↑
            </button>
            <button
              type="button"
              disabled={index === selected.length - 1}
              onClick={() => move(index, 1)}
              aria-label={t("moveDown", { name: byId.get(id)?.label ?? "" })}
              className="rounded border px-1.5 disabled:opacity-30"
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {options
          .filter((o) => !selected.includes(o.id))
          .map((option) => (
            <label key={option.id} className="flex items-center gap-1.5 text-stone-700">
              <input type="checkbox" checked={false} onChange={() => onChange([...selected, option.id])} />
              {option.label}
            </label>
          ))}
      </div>
    </fieldset>
  );
}
