"use client";

type Option = { value: string; label: string; lang?: string };

type Props = {
  label: string;
  /** The first option, which clears the filter. */
  allLabel: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string | undefined) => void;
};

/** A labelled list filter whose first option means "no filter". */
export function FilterSelect({ label, allLabel, value, options, onChange }: Props) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select
        className="rounded border border-stone-400 bg-white px-2 py-1.5"
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
