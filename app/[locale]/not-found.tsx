import { getLocale, getTranslations } from "next-intl/server";
import { MissingTranslation } from "@/components/site/MissingTranslation";
import { ReaderPage } from "@/components/site/ReaderPage";
import { getArticleBySlug } from "@/lib/content/articles";
import { getRequestPathname } from "@/lib/http/pathname";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { isPlausibleSlug } from "@/lib/slug";
import { samePathInEveryLocale } from "@/lib/seo/alternates";

const ARTICLE_PATH = /^\/(?:en|be|ru)\/articles\/([^/]+)\/?$/;
const ISSUE_PATH = /^\/(?:en|be|ru)\/issues\/\d{4}-\d{2}-\d{2}\/?$/;

/** A 404 that says what is missing: an untranslated article lists the languages it exists in. */
export default async function NotFound() {
  const locale = (await getLocale()) as Locale;
  const pathname = await getRequestPathname();
  const untranslated = await findUntranslatedArticle(locale, pathname);
  if (untranslated) return <MissingTranslation translations={untranslated} />;

  const t = await getTranslations("NotFound");
  return (
    <ReaderPage paths={samePathInEveryLocale("/")}>
      <div className="max-w-2xl">
        <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
        <p className="mt-4 font-serif text-lg">{ISSUE_PATH.test(pathname) ? t("weekBody") : t("body")}</p>
        <ul className="mt-6 flex flex-wrap gap-4 font-sans font-semibold">
          <li>
            <Link href="/" className="text-red-800 underline underline-offset-2">
              {t("backHome")}
            </Link>
          </li>
          <li>
            <Link href="/issues" className="text-red-800 underline underline-offset-2">
              {t("archive")}
            </Link>
          </li>
        </ul>
      </div>
    </ReaderPage>
  );
}

async function findUntranslatedArticle(locale: Locale, pathname: string) {
  const encoded = ARTICLE_PATH.exec(pathname)?.[1];
  if (!encoded) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (!isPlausibleSlug(slug)) return null;
  const lookup = await getArticleBySlug(locale, slug);
  return lookup.kind === "untranslated" ? lookup.translations : null;
}
