import type { ReactNode } from "react";

type Props = { id?: string; label: string; disabled?: boolean; danger?: boolean; onClick: () => void; children: ReactNode };

/** aria-disabled rather than disabled: a disabled button would drop the keyboard focus it holds. */
export function RowButton({ id, label, disabled, danger, onClick, children }: Props) {
  return (
    <button
      id={id}
      type="button"
      aria-label={label}
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
      className={`rounded border px-2 py-1 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 ${
        danger ? "border-red-300 text-red-800 hover:bg-red-50" : "border-stone-400 hover:bg-stone-100"
      }`}
    >
      {children}
    </button>
  );
}
