import { expect, test } from "@playwright/test";
import { locales, pageTypes } from "./support/pages";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const locale of locales) {
    test(`no ${locale} page scrolls sideways`, async ({ page }) => {
      for (const { path } of pageTypes(locale)) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("printing an article leaves out navigation", async ({ page }) => {
  const { path } = pageTypes("en").find((p) => p.name === "article")!;
  await page.goto(path);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Language" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
