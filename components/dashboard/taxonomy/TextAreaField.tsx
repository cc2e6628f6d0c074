import type { TextareaHTMLAttributes } from "react";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; errors?: string[] };

/** components/ui/Field for several lines of text: labelled, errors announced and tied to it. */
export function TextAreaField({ label, name, errors, id = name, className = "", ...textarea }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-sans text-sm font-semibold text-stone-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={5}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 font-sans text-base text-stone-900 aria-[invalid=true]:border-red-700"
        {...textarea}
      />
      {errors?.length ? (
        <p id={errorId} className="mt-1 font-sans text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
