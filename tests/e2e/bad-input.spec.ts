import { expect, test } from "@playwright/test";

const hostile = [
  "/en/issues/2017-13-45",
  "/be/issues/2017-02-30",
  "/ru/issues/not-a-date",
  "/en/issues/2017-11-27",
  `/en/articles/${"a".repeat(2000)}`,
  "/en/articles/'%20OR%201=1%20--",
  "/ru/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "/be/sections/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
  "/en/authors/..%2F..%2Fetc%2Fpasswd",
  "/en/issues?page=abc",
  "/en/issues?page=-1",
  "/en/issues?page=99999999999",
  "/ru/sections/economy?page=%3Cscript%3E",
  "/en/articles/%E0%A4%A",
];

for (const path of hostile) {
  test(`answers a clean 404 for ${path.slice(0, 60)}`, async ({ request }) => {
    const response = await request.get(path);
    // A malformed percent-encoding may be refused as 400 before routing; anything else is a 404.
    expect([400, 404]).toContain(response.status());
    if (!path.includes("%E0%A4%A")) expect(response.status()).toBe(404);
    const body = await response.text();
    // The path may appear escaped inside Next's flight data; it must never appear as markup.
    expect(body).not.toMatch(/<script>alert|<img[^>]*onerror/i);
    expect(body).not.toMatch(/at \w+ \(.*:\d+:\d+\)|node_modules|Error:/);
  });
}

test("an unknown locale ends on a localized 404, not an error", async ({ page }) => {
  const response = await page.goto("/xx/issues");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a week without an issue says so in the reader's language", async ({ page }) => {
  const response = await page.goto("/ru/issues/2017-11-27");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("За эту неделю выпуск не выходил.")).toBeVisible();
});
