import { expect, test } from "@playwright/test";
import { missingBelarusian, slugOf } from "./support/demo";

test.describe("a Belarusian reader", () => {
  test.use({ locale: "be-BY", extraHTTPHeaders: { "Accept-Language": "be-BY,be;q=0.9,ru;q=0.7,en;q=0.5" } });

  test("is sent to /be, reads the latest issue and an article, then switches language", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/be$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "be");
    await expect(page.getByText("Апошні нумар").first()).toBeVisible();

    // The latest issue: the demo's, or one an editor test published meanwhile.
    await page.locator("#latest-issue a").click();
    await expect(page).toHaveURL(/\/be\/issues\/\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Нумар");

    const firstArticle = page.locator("main article h3 a").first();
    const title = await firstArticle.textContent();
    await firstArticle.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!.trim());
    const belarusianUrl = page.url();

    const switcher = page.getByRole("navigation", { name: "Мова" });
    await switcher.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/\/en\/articles\//);
    await expect(page.getByText("From the issue of")).toBeVisible();

    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page).toHaveURL(/\/ru\/articles\//);

    await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "Беларуская" }).click();
    await expect(page).toHaveURL(belarusianUrl);
  });

  test("meets an article that has no Belarusian translation", async ({ page }) => {
    await page.goto(`/en/articles/${slugOf(missingBelarusian, "en")}`);
    const switcher = page.getByRole("navigation", { name: "Language" });
    await expect(switcher.getByRole("link", { name: "Беларуская" })).toHaveCount(0);
    await expect(switcher.getByText("Беларуская: няма перакладу").or(switcher.getByText("Беларуская: not translated"))).toHaveCount(1);

    const response = await page.goto(`/be/articles/${slugOf(missingBelarusian, "en")}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Гэтага артыкула няма па-беларуску");
    await page
      .getByRole("main")
      .getByRole("link", { name: /Русский/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/ru/articles/${slugOf(missingBelarusian, "ru")}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  });
});

test("the archive walks back across the year boundary", async ({ page }) => {
  await page.goto("/en/issues");
  await expect(page.getByRole("heading", { name: "2026", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "2025", level: 2 })).toBeVisible();

  await page.getByRole("link", { name: /January 5 – 11, 2026/ }).click();
  await expect(page).toHaveURL(/\/en\/issues\/2026-01-05$/);
  await page.getByRole("link", { name: /Previous week/ }).click();
  await expect(page).toHaveURL(/\/en\/issues\/2025-12-29$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("December 29, 2025 – January 4, 2026");
  await page.getByRole("link", { name: /Previous week/ }).click();
  await expect(page).toHaveURL(/\/en\/issues\/2025-12-22$/);

  await page.goto("/ru/issues");
  await page.getByRole("link", { name: /Более ранние/ }).click();
  await expect(page).toHaveURL(/\/ru\/issues\?page=2$/);
  await expect(page.getByRole("heading", { name: "2025", level: 2 })).toBeVisible();
  await page.getByRole("link", { name: /Более новые/ }).click();
  await expect(page).toHaveURL(/\/ru\/issues$/);
});

test("a weekday in an issue address goes to that week's Monday", async ({ page }) => {
  const response = await page.request.get("/en/issues/2026-01-08", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/\/en\/issues\/2026-01-05$/);
  await page.goto("/be/issues/2026-01-11");
  await expect(page).toHaveURL(/\/be\/issues\/2026-01-05$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("5–11 студзеня 2026");
});

test("section and author pages list their articles", async ({ page }) => {
  await page.goto("/ru");
  await page.getByRole("navigation", { name: "Главная навигация" }).getByRole("link", { name: "Экономика" }).click();
  await expect(page).toHaveURL(/\/ru\/sections\/economy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Экономика");
  await page.locator("main article h2 a").first().click();
  await page.locator("main a[href*='/authors/']").first().click();
  await expect(page).toHaveURL(/\/ru\/authors\//);
  await expect(page.locator("main article").first()).toBeVisible();
});
