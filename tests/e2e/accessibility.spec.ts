import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { locales, pageTypes } from "./support/pages";

for (const locale of locales) {
  for (const { name, path, status } of pageTypes(locale)) {
    test(`${locale} ${name} page has no serious or critical axe violations`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}
