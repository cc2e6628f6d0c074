import { parsePageParam } from "@/lib/i18n/params";
import { isPlausibleSlug } from "@/lib/slug";
import { normalizeQuery } from "./query";

export const searchTrends = ["improved", "unchanged", "worsened"] as const;
export type SearchTrend = (typeof searchTrends)[number];

export interface SearchFilters {
  section?: string;
  year?: number;
  trend?: SearchTrend;
}

export interface SearchRequest extends SearchFilters {
  q: string;
  /** The query was longer than the search takes and was cut. */
  truncated: boolean;
  page: number;
}

type RawParams = Record<string, string | string[] | undefined>;

/** Reads /search's query string; anything malformed is treated as absent, never as an error. */
export function parseSearchParams(raw: RawParams): SearchRequest {
  const { text, truncated } = normalizeQuery(raw.q);
  return {
    q: text,
    truncated,
    section: parseSection(single(raw.section)),
    year: parseYear(single(raw.year)),
    trend: parseTrend(single(raw.trend)),
    page: parsePageParam(single(raw.page)) ?? 1,
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseSection(value: string | undefined): string | undefined {
  return value && isPlausibleSlug(value) ? value : undefined;
}

function parseYear(value: string | undefined): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

function parseTrend(value: string | undefined): SearchTrend | undefined {
  return searchTrends.find((trend) => trend === value);
}

/** The address of a search (without the locale prefix); page 1 has no page parameter. */
export function searchPath(request: Omit<SearchRequest, "truncated" | "page"> & { page?: number }): string {
  const params = new URLSearchParams();
  if (request.q) params.set("q", request.q);
  if (request.section) params.set("section", request.section);
  if (request.year) params.set("year", String(request.year));
  if (request.trend) params.set("trend", request.trend);
  if (request.page && request.page > 1) params.set("page", String(request.page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
