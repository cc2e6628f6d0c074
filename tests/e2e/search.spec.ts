import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import be from "../../messages/be.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import { missingBelarusian } from "./support/demo";

const messages = { en: en.Search, be: be.Search, ru: ru.Search };
const searches = [
  { locale: "en", q: "Lukashenko" },
  { locale: "be", q: "санкцыямі" },
  { locale: "ru", q: "санкциями" },
] as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const { locale, q } of searches) {
  test(`a ${locale} reader searches from the header and opens a result`, async ({ page }) => {
    const t = messages[locale];
    await page.goto(`/${locale}`);
    const box = page.getByRole("search", { name: t.headerLabel }).getByRole("searchbox", { name: t.formLabel });
    await box.fill(q);
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    await expect(page.getByRole("searchbox", { name: t.queryLabel })).toHaveValue(q);

    await expect(page.locator("main ol li").first().locator("mark").first()).toBeVisible();
    const first = page.locator("main ol li h2 a").first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/articles/`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test(`the ${locale} search page has no serious or critical axe violations`, async ({ page }) => {
    await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
    await expect(page.locator("main ol li").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/${locale}/search`);
    await expect(page.getByRole("heading", { level: 2, name: messages[locale].emptyTitle })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("says when it searched another spelling of a name", async ({ page }) => {
  await page.goto("/en/search?q=Lukashenko");
  await expect(page.getByText("Also showing results for “Lukashenka”.")).toBeVisible();
});

test("labels an article found only in another language and opens it in that language", async ({ page }) => {
  const russianTitle = missingBelarusian.translations.ru!.title;
  await page.goto(`/be/search?q=${encodeURIComponent(russianTitle)}`);
  const hit = page.locator("main ol li", { hasText: "Па-руску" }).first();
  await expect(hit).toBeVisible();
  await hit.locator("h2 a").click();
  await expect(page).toHaveURL(/\/ru\/articles\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(russianTitle);
});

test("treats markup and SQL in a query as text, and cuts a very long query", async ({ page }) => {
  page.on("dialog", () => {
    throw new Error("a script from the query ran");
  });
  const hostile = `<img src=x onerror=alert(1)><script>alert(2)</script>' or 1=1 --`;
  const response = await page.goto(`/en/search?q=${encodeURIComponent(hostile)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("searchbox", { name: en.Search.queryLabel })).toHaveValue(hostile);
  await expect(page.locator("main img")).toHaveCount(0);

  await page.goto(`/en/search?q=${encodeURIComponent("sanctions ".repeat(60))}`);
  await expect(page.getByText(en.Search.truncated.replace("{max}", "200"))).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the search page does not scroll sideways in any language", async ({ page }) => {
    for (const { locale, q } of searches) {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}&section=security`);
      await expect(page.getByRole("search", { name: messages[locale].headerLabel })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, locale).toBeLessThanOrEqual(0);
    }
  });
});
