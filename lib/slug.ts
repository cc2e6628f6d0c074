const common: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  і: "i",
  ў: "w",
  ґ: "g",
  "’": "",
  "'": "",
  ʼ: "",
};

/** Belarusian г is a fricative, romanized h (Лукашэнка → lukashenka, Гродна → hrodna). */
const byLocale: Record<string, Record<string, string>> = {
  be: { ...common, г: "h", и: "i" },
  ru: { ...common, г: "g", и: "i" },
  en: { ...common, г: "g", и: "i" },
};

export const MAX_SLUG_LENGTH = 80;

/** A URL slug from a title: transliterated, lowercase ASCII, hyphen-separated, at most 80 characters. */
export function slugify(title: string, locale: string = "en"): string {
  const table = byLocale[locale] ?? byLocale.en!;
  const transliterated = Array.from(title.toLowerCase(), (char) => table[char] ?? char).join("");
  const ascii = transliterated.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return truncateAtWord(slug, MAX_SLUG_LENGTH);
}

function truncateAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** Whether a string could be a slug we generated or an editor typed; used to reject junk before a query. */
export function isPlausibleSlug(value: string): boolean {
  return value.length > 0 && value.length <= 200 && /^[\p{L}\p{N}-]+$/u.test(value);
}
