import { expect, test } from "@playwright/test";
import { tags } from "../../db/seed/content/taxonomy";
import { complete, slugOf } from "./support/demo";

const tagName = (slug: string, locale: "en" | "be" | "ru") => tags.find((tag) => tag.slug === slug)!.name[locale];

test("an article's tag opens the tag's page, which lists the article", async ({ page }) => {
  await page.goto(`/be/articles/${slugOf(complete, "be")}`);
  const tag = complete.tags[0]!;
  await page.getByRole("link", { name: tagName(tag, "be"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/be/tags/${tag}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tagName(tag, "be"));
  // The demo's first article is the tag's oldest, so it is on the last page.
  await page
    .getByRole("navigation", { name: "Старонкі" })
    .getByRole("link", { name: /Старэйшыя/ })
    .click();
  await expect(page.getByRole("link", { name: complete.translations.be!.title })).toBeVisible();
});

test("an unknown tag is a 404 in the reader's language", async ({ page }) => {
  const response = await page.goto("/ru/tags/no-such-tag");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Страница не найдена");
});

test("the trends chart comes with its key and a table of the same data, for the period chosen", async ({ page }) => {
  await page.goto("/ru");
  await page.getByRole("navigation", { name: "Главная навигация" }).getByRole("link", { name: "Динамика" }).click();
  await expect(page).toHaveURL(/\/ru\/trends$/);
  const chart = page.getByRole("img", { name: "Оценки ситуации по рубрикам и неделям" });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/Безопасность: улучшение — \d+, без изменений — \d+, ухудшение — \d+/);
  const legend = page.getByTestId("trend-legend");
  for (const label of ["Ситуация улучшилась", "Ситуация не изменилась", "Ситуация ухудшилась", "Без оценки"]) {
    await expect(legend.getByText(label)).toBeVisible();
  }
  const table = page.getByRole("table", { name: "Оценки по неделям и рубрикам" });
  await expect(table.getByRole("columnheader", { name: "Безопасность" })).toBeVisible();

  await page.getByLabel("С месяца").selectOption("2025-12");
  await page.getByLabel("По месяц").selectOption("2025-12");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/\/ru\/trends\?from=2025-12&to=2025-12$/);
  await expect(table.locator("tbody tr")).toHaveCount(5);
  await expect(table.getByRole("rowheader").first()).toHaveText("1–7 декабря 2025 г.");

  const presets = page.getByRole("navigation", { name: "Период" });
  await presets.getByRole("link", { name: "Все выпуски" }).click();
  await expect(presets.getByRole("link", { name: "Все выпуски" })).toHaveAttribute("aria-current", "page");
});

test("a section page shows its trend line and leads to all trends", async ({ page }) => {
  await page.goto("/en/sections/economy");
  const line = page.getByRole("img", { name: "Economy: situation assessments over the last 12 weeks" });
  await expect(line).toBeVisible();
  await expect(line).toHaveAccessibleDescription(/\d+ improved, \d+ unchanged, \d+ worsened\./);
  await page.getByRole("link", { name: "Trends in all sections" }).click();
  await expect(page).toHaveURL(/\/en\/trends$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Situation trends");
});
