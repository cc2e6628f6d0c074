import type { ActionResult } from "@/lib/actions/result";

/** The outcome of a form submission, in a live region so screen readers hear it. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  return (
    <p role="status" aria-live="polite" className={`font-sans text-sm ${state?.ok ? "text-emerald-800" : "text-red-800"}`}>
      {state?.message ?? ""}
    </p>
  );
}
