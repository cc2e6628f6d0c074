import { notFound } from "next/navigation";
import { isLocale } from "./locale";
import type { Locale } from "./routing";

/** The locale segment of a route; the layout has already rejected anything else, so this only narrows. */
export function parseLocaleParam(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}

const MAX_PAGE = 10_000;

/** `?page=` as a positive integer; anything else is not a page of this list. */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,4}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_PAGE ? page : null;
}
