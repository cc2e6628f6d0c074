import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The e2e server has no SMTP_URL, so its mail lands here as JSON (see playwright.config.ts).
const outbox = path.resolve(".data/e2e-outbox");

type OutboxEntry = { key: string; to: string; subject: string; text: string };

/** The newest message to `to` whose key starts with `prefix`, waiting briefly for it to be written. */
async function mailTo(to: string, prefix: string): Promise<OutboxEntry> {
  let found: OutboxEntry | undefined;
  await expect
    .poll(() => {
      const names = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((n) => n.endsWith(".json")) : [];
      const entries = names.map((n) => JSON.parse(fs.readFileSync(path.join(outbox, n), "utf8")) as OutboxEntry);
      found = entries.filter((e) => e.to === to && e.key.startsWith(prefix)).at(-1);
      return Boolean(found);
    })
    .toBe(true);
  return found!;
}

function linkIn(mail: OutboxEntry, pattern: RegExp): string {
  const match = pattern.exec(mail.text);
  if (!match) throw new Error(`No link in "${mail.subject}"`);
  return new URL(match[0]).pathname;
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function subscribe(page: Page, email: string, labels: { form: string; email: string; button: string }) {
  const form = page.getByRole("region", { name: labels.form });
  await form.getByLabel(labels.email).fill(email);
  await form.getByRole("button", { name: labels.button }).click();
  return form;
}

test.describe("a Belarusian reader", () => {
  test.use({ locale: "be-BY", extraHTTPHeaders: { "Accept-Language": "be-BY,be;q=0.9" } });
  const labels = { form: "Штотыднёвая рассылка", email: "Адрас электроннай пошты", button: "Падпісацца" };

  test("subscribes in Belarusian, confirms from the email in the outbox and is told it worked", async ({ page }) => {
    const email = `e2e-be-${Date.now()}@example.org`;
    await page.goto("/be/issues");
    await expect(page.getByRole("region", { name: labels.form }).getByLabel("Мова")).toHaveValue("be");
    const form = await subscribe(page, email, labels);
    await expect(form.getByRole("status")).toHaveText(/^Дзякуй! Праверце паштовую скрыню/);

    const mail = await mailTo(email, "confirm-");
    expect(mail.subject).toBe("Пацвердзіце падпіску на «Фокус тыдня»");
    const confirmPath = linkIn(mail, /https?:\/\/\S+\/be\/newsletter\/confirm\/[A-Za-z0-9_-]+/);

    // Opening the link twice (as a mail scanner and then the reader would) leaves it usable.
    await page.goto(confirmPath);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Пацвердзіце падпіску");
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Пацвердзіць падпіску" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вы паспяхова падпісаліся");
    await expect(page.locator("html")).toHaveAttribute("lang", "be");

    await page.goto(confirmPath);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Гэтай спасылкай ужо скарысталіся");
  });

  test("changes the newsletter's language and unsubscribes from the page behind an email's link", async ({ page }) => {
    const email = `e2e-manage-${Date.now()}@example.org`;
    await page.goto("/be");
    await subscribe(page, email, labels);
    await page.goto(linkIn(await mailTo(email, "confirm-"), /https?:\/\/\S+\/newsletter\/confirm\/[A-Za-z0-9_-]+/));
    await page.getByRole("button", { name: "Пацвердзіць падпіску" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вы паспяхова падпісаліся");

    // Subscribing a confirmed address again sends a note with the link to the subscription page.
    await subscribe(page, email, labels);
    const managePath = linkIn(await mailTo(email, "already-subscribed-"), /https?:\/\/\S+\/newsletter\/unsubscribe\/[A-Za-z0-9_-]+/);
    await page.goto(managePath.replace("/newsletter/", "/api/newsletter/").replace(/^\/be/, ""));
    await expect(page).toHaveURL(new RegExp(`${managePath}$`));
    await expect(page.getByRole("status").first()).toContainText("Мова рассылкі: Беларуская.");
    await expectNoSeriousAxeViolations(page);

    const language = page.getByRole("region", { name: "Мова рассылкі" });
    await language.getByLabel("Мова").selectOption("ru");
    await language.getByRole("button", { name: "Захаваць мову" }).click();
    await expect(page.getByRole("status").first()).toContainText("Мова рассылкі: Русский.");

    await page.getByRole("region", { name: "Адпісацца" }).getByRole("button", { name: "Адпісацца" }).click();
    await expect(page.getByRole("status").first()).toHaveText("Вы адпісаліся і не атрымліваеце рассылку.");
    await expect(page.getByRole("button", { name: "Падпісацца зноў" })).toBeVisible();
  });
});
