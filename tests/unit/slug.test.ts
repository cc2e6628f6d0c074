import { describe, expect, it } from "vitest";
import { isPlausibleSlug, MAX_SLUG_LENGTH, slugify } from "@/lib/slug";

describe("slugify", () => {
  it("lowercases and hyphenates English titles", () => {
    expect(slugify("Minsk Tightens the Rules — Again!")).toBe("minsk-tightens-the-rules-again");
    expect(slugify("  CSTO drills: 2026 plans  ")).toBe("csto-drills-2026-plans");
  });

  it("transliterates Belarusian with its own letters", () => {
    expect(slugify("Лукашэнка і Саюзная дзяржава", "be")).toBe("lukashenka-i-sayuznaya-dzyarzhava");
    expect(slugify("Гродна ўзмацняе мяжу", "be")).toBe("hrodna-wzmatsnyae-myazhu");
  });

  it("transliterates Russian", () => {
    expect(slugify("Лукашенко и Союзное государство", "ru")).toBe("lukashenko-i-soyuznoe-gosudarstvo");
    expect(slugify("Щедрый бюджет: объём расходов", "ru")).toBe("shchedryy-byudzhet-obyom-raskhodov");
  });

  it("drops accents and punctuation, keeps digits", () => {
    expect(slugify("Café «Вільня» 2025", "be")).toBe("cafe-vilnya-2025");
    expect(slugify("Apostrophes: п’ятніца, ад'езд", "be")).toBe("apostrophes-pyatnitsa-adezd");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.startsWith("word-word")).toBe(true);
  });

  it("returns an empty slug for a title with nothing to keep", () => {
    expect(slugify("!!! ???")).toBe("");
  });
});

describe("isPlausibleSlug", () => {
  it("accepts generated and Cyrillic slugs", () => {
    expect(isPlausibleSlug("minsk-budget-2026")).toBe(true);
    expect(isPlausibleSlug("бюджэт-2026")).toBe(true);
  });

  it("rejects junk before it reaches a query", () => {
    expect(isPlausibleSlug("a".repeat(2000))).toBe(false);
    expect(isPlausibleSlug("' OR 1=1 --")).toBe(false);
    expect(isPlausibleSlug("<script>alert(1)</script>")).toBe(false);
    expect(isPlausibleSlug("")).toBe(false);
  });
});
