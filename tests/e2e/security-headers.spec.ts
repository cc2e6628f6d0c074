import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { complete, latestWeek, slugOf } from "./support/demo";

const articlePath = `/en/articles/${slugOf(complete, "en")}`;

function policyOf(response: APIResponse): Map<string, string[]> {
  const header = response.headers()["content-security-policy"] ?? "";
  return new Map(
    header.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

function nonceOf(response: APIResponse): string {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce, "nonce in the Content-Security-Policy").toBeTruthy();
  return nonce!;
}

/** Collects what the browser reports about blocked content and script errors while a page loads. */
function watchViolations(page: Page): string[] {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) reports.push(message.text());
  });
  page.on("pageerror", (error) => reports.push(error.message));
  return reports;
}

test("a page's policy names a fresh nonce on every request, and Next.js puts it on its scripts", async ({ request }) => {
  const [first, second] = [await request.get("/en"), await request.get("/en")];
  const policy = policyOf(first);
  expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonceOf(first)}'`, "'strict-dynamic'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'self'"]);
  expect(policy.has("upgrade-insecure-requests")).toBe(false);
  expect(nonceOf(first)).not.toBe(nonceOf(second));

  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonceOf(first)}"`);
});

test("an article's JSON-LD carries the nonce of its response", async ({ request }) => {
  const response = await request.get(articlePath);
  const jsonLd = /<script[^>]*type="application\/ld\+json"[^>]*>/.exec(await response.text())?.[0];
  expect(jsonLd).toContain(`nonce="${nonceOf(response)}"`);
});

test("the dashboard cannot be framed, reader pages only by the site itself", async ({ request }) => {
  const signIn = await request.get("/en/dashboard/sign-in");
  expect(policyOf(signIn).get("frame-ancestors")).toEqual(["'none'"]);
  expect(signIn.headers()["x-frame-options"]).toBe("DENY");
  const issue = await request.get(`/be/issues/${latestWeek}`);
  expect(policyOf(issue).get("frame-ancestors")).toEqual(["'self'"]);
  expect(issue.headers()["x-frame-options"]).toBe("SAMEORIGIN");
});

for (const path of ["/en", "/sitemap.xml", "/robots.txt", "/en/feed.xml", "/favicon.svg", "/api/auth/session"]) {
  test(`${path} is sent with nosniff, a referrer policy and a content security policy`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(policyOf(response).get("object-src")).toEqual(["'none'"]);
  });
}

test("files outside the proxy run no script at all", async ({ request }) => {
  expect(policyOf(await request.get("/favicon.svg")).get("script-src")).toEqual(["'none'"]);
});

test("redirects and refusals from the proxy carry the headers too", async ({ request }) => {
  for (const [path, status] of [
    ["/", 307],
    ["/en/issues/2017-11-29", 308],
    ["/en/articles/%E0%A4%A", 400],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expect(policyOf(response).get("object-src"), path).toEqual(["'none'"]);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});

test("the home page and an article load and hydrate without a policy violation", async ({ page }) => {
  const violations = watchViolations(page);
  await page.goto("/en");
  await page.waitForLoadState("networkidle");
  await page.goto(articlePath);
  await page.waitForLoadState("networkidle");
  // A client-side navigation needs the hydrated app, so it proves Next.js's scripts ran.
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  expect(violations).toEqual([]);
});

test("markup injected into a page cannot run script, and the browser says so", async ({ page }) => {
  const violations = watchViolations(page);
  await page.goto("/en");
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img src="data:," onerror="document.title='pwned'">`));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe("pwned");
});
