import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/dashboard";

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const locale of ["en", "be", "ru"] as const) {
  test(`the ${locale} dashboard pages have no serious or critical axe violations`, async ({ page }) => {
    await page.goto(`/${locale}/dashboard/sign-in`);
    expect(await seriousViolations(page), "sign-in").toEqual([]);
    await signIn(page, "admin@example.org", locale);
    expect(await seriousViolations(page), "issues").toEqual([]);

    await page.locator("table a").first().click();
    await expect(page).toHaveURL(/\/dashboard\/issues\/\d+$/);
    expect(await seriousViolations(page), "issue desk").toEqual([]);

    await page.locator("main li a[href*='/dashboard/articles/']").first().click();
    await expect(page.getByRole("tablist")).toBeVisible();
    expect(await seriousViolations(page), "article editor").toEqual([]);

    for (const area of ["sections", "authors", "tags", "people"]) {
      await page.goto(`/${locale}/dashboard/${area}`);
      expect(await seriousViolations(page), area).toEqual([]);
    }
  });
}
