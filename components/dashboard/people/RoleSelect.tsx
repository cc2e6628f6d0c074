import { useTranslations } from "next-intl";
import type { Role } from "@/db/schema";

const roles: Role[] = ["author", "editor", "admin"];

type Props = { id: string; label: string; defaultValue: Role; disabled?: boolean; hideLabel?: boolean; errors?: string[] };

/** The three roles, named in the interface language. */
export function RoleSelect({ id, label, defaultValue, disabled, hideLabel, errors }: Props) {
  const names = useTranslations("Dashboard");
  return (
    <div>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block font-sans text-sm font-semibold text-stone-800"}>
        {label}
      </label>
      <select
        id={id}
        name="role"
        defaultValue={defaultValue}
        disabled={disabled}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className={`${hideLabel ? "" : "mt-1"} block w-full rounded border border-stone-400 bg-white px-3 py-2 font-sans text-base text-stone-900 disabled:bg-stone-100 disabled:text-stone-500`}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {names(`role_${role}`)}
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
