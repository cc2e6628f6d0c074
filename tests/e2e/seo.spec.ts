import { expect, test } from "@playwright/test";
import { complete, missingBelarusian, slugOf } from "./support/demo";

test("an article page carries canonical, hreflang for its translations, Open Graph and NewsArticle", async ({ page, baseURL }) => {
  await page.goto(`/ru/articles/${slugOf(missingBelarusian, "ru")}`);
  const head = page.locator("head");
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/ru/articles/${slugOf(missingBelarusian, "ru")}`);
  const hreflangs = await head
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => l.getAttribute("hreflang")).sort());
  expect(hreflangs).toEqual(["en", "ru", "x-default"]);
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ru_RU");
  await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd["@type"]).toBe("NewsArticle");
  expect(jsonLd.inLanguage).toBe("ru");
  expect(jsonLd.headline).toBe(missingBelarusian.translations.ru!.title);
  expect(jsonLd.author.length).toBeGreaterThan(0);
});

test("every page has a title, a description and its language", async ({ page }) => {
  for (const path of ["/en", "/be/issues", "/ru/sections/economy", `/be/articles/${slugOf(complete, "be")}`]) {
    await page.goto(path);
    expect(await page.title(), path).not.toBe("");
    await expect(page.locator('meta[name="description"]'), path).toHaveCount(1);
    await expect(page.locator("html"), path).toHaveAttribute("lang", path.split("/")[1]!);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]'), path).toHaveCount(1);
  }
});

test("sitemap.xml lists translations as alternates and robots.txt points to it", async ({ request, baseURL }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`<loc>${baseURL}/be/articles/${slugOf(complete, "be")}</loc>`);
  expect(xml).toContain(`hreflang="ru" href="${baseURL}/ru/articles/${slugOf(complete, "ru")}"`);
  expect(xml).not.toContain(`/be/articles/${slugOf(missingBelarusian, "en")}<`);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("each language has an RSS 2.0 feed", async ({ request }) => {
  for (const locale of ["en", "be", "ru"]) {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain(`<language>${locale}</language>`);
    expect(xml.match(/<item>/g)?.length).toBeGreaterThan(5);
  }
  expect((await request.get("/xx/feed.xml")).status()).toBe(404);
});
