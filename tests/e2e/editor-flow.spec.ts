import { expect, test, type Page } from "@playwright/test";
import { formatWeekRange } from "../../lib/dates/week";
import { nextMonday, signIn } from "./support/dashboard";

const week = nextMonday();
const texts = {
  en: {
    tab: /^English/,
    title: "Grain Export Quotas Eased After a Record Harvest",
    lead: "The government loosened grain export quotas this week.",
    body: "Farms had lobbied for weeks.",
  },
  be: {
    tab: /^Беларуская/,
    title: "Квоты на экспарт збожжа змякчылі пасля рэкорднага ўраджаю",
    lead: "Урад на гэтым тыдні змякчыў квоты на экспарт збожжа.",
    body: "Гаспадаркі некалькі тыдняў прасілі пра гэта.",
  },
  ru: {
    tab: /^Русский/,
    title: "Квоты на экспорт зерна смягчили после рекордного урожая",
    lead: "Правительство на этой неделе смягчило квоты на экспорт зерна.",
    body: "Хозяйства несколько недель просили об этом.",
  },
} as const;

async function writeTranslation(page: Page, locale: keyof typeof texts) {
  const text = texts[locale];
  await page.getByRole("tab", { name: text.tab }).click();
  const panel = page.locator(`#panel-${locale}`);
  await panel.getByLabel("Title").fill(text.title);
  await panel.locator(`#lead-${locale}`).fill(text.lead);
  await panel.locator(`#body-${locale}`).click();
  await page.keyboard.type(text.body);
  await panel.getByLabel("ready to publish").check();
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.locator('[data-save-state="saved"]')).toBeVisible();
  await expect(page.getByRole("tab", { name: text.tab })).toContainText("ready");
}

test.describe.serial("an editor publishes a new issue in three languages", () => {
  test("writes, previews and publishes; readers see it in every language at once", async ({ page }) => {
    await signIn(page, "editor@example.org");
    await page.getByLabel("Any day of the week").fill(week);
    await page.getByRole("button", { name: "Create issue" }).click();
    await expect(page.getByRole("status").filter({ hasText: "created" })).toBeVisible();
    await page.getByRole("link", { name: formatWeekRange("en", week), exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Issue");

    await page.getByRole("button", { name: "New article" }).click();
    await expect(page).toHaveURL(/\/en\/dashboard\/articles\/\d+$/);
    for (const locale of ["en", "be", "ru"] as const) await writeTranslation(page, locale);

    const preview = page.getByRole("link", { name: "Preview" });
    await page.goto((await preview.getAttribute("href"))!.replace(/^\/\w\w\//, "/be/"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts.be.title);
    await expect(page.getByRole("note")).toContainText("Папярэдні прагляд");
    await page.goBack();

    await page.getByRole("button", { name: "Publish article", exact: true }).click();
    await expect(page.getByText("The article is published.")).toBeVisible();
    // Published and ready: the open translation is live now, so autosave stops and a change needs Update.
    await expect(page.locator("#panel-en").getByRole("button", { name: "Update the live article" })).toBeVisible();
    // Publishing took a new version; the details form must have it without a reload.
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: /Back to the issue/ }).click();
    await page.getByRole("button", { name: "Publish issue", exact: true }).click();
    await expect(page.getByRole("button", { name: "Unpublish issue", exact: true })).toBeVisible();

    for (const locale of ["en", "be", "ru"] as const) {
      const response = await page.goto(`/${locale}/issues/${week}`);
      expect(response?.status()).toBe(200);
      await page.getByRole("link", { name: texts[locale].title }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts[locale].title);
      await expect(page.getByText(texts[locale].lead)).toBeVisible();
    }
    await page.goto("/ru");
    await expect(page.locator("#latest-issue")).toBeVisible();
  });
});

test("an author can write but not publish", async ({ page }) => {
  await signIn(page, "author@example.org");
  await expect(page.getByRole("button", { name: "Create issue" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Publish$/ })).toHaveCount(0);
  await page.locator("table a").first().click();
  await expect(page.getByRole("button", { name: /publish issue/i })).toHaveCount(0);
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/dashboard\/articles\/\d+$/);
  await expect(page.getByRole("button", { name: /publish article/i })).toHaveCount(0);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete article" }).click();
  await expect(page).toHaveURL(/\/dashboard\/issues\/\d+$/);
});

test("five wrong passwords lock the account for a while, with the same message for an unknown email", async ({ page }) => {
  const attempt = async (email: string, password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    // Wait for the server's answer: the message of the previous attempt may read the same.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    // React resets the form once the action settles; typing before that would be wiped.
    await expect(page.getByLabel("Password")).toHaveValue("");
    return page.getByRole("status");
  };
  await page.goto("/en/dashboard/sign-in");
  for (let n = 1; n <= 4; n++)
    await expect(await attempt("author@example.org", `wrong-${n}`)).toHaveText("The email or password is incorrect.");
  await expect(await attempt("author@example.org", "wrong-5")).toHaveText(/Too many failed attempts/);
  await expect(await attempt("author@example.org", "demo-password")).toHaveText(/Too many failed attempts/);
  await expect(page).toHaveURL(/sign-in/);
  await expect(await attempt("nobody@example.org", "whatever")).toHaveText("The email or password is incorrect.");
});
