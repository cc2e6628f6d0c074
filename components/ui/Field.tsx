import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[]; hint?: string };

/** A labelled input whose errors are announced and tied to it with aria-describedby. */
export function Field({ label, name, errors, hint, id = name, className = "", ...input }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-sans text-sm font-semibold text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 font-sans text-base text-stone-900 aria-[invalid=true]:border-red-700"
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 font-sans text-xs text-stone-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 font-sans text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
