import { useTranslations } from "next-intl";
import type { TranslationLink } from "@/lib/content/types";
import { TranslationLinks } from "./TranslationLinks";
import { ReaderPage } from "./ReaderPage";

export function MissingTranslation({ translations }: { translations: TranslationLink[] }) {
  const t = useTranslations("MissingTranslation");
  const paths = Object.fromEntries(translations.map((tr) => [tr.locale, `/articles/${tr.slug}`]));
  return (
    <ReaderPage paths={paths}>
      <div className="max-w-2xl">
        <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
        <p className="mt-4 mb-4 font-serif text-lg">{t("body")}</p>
        <TranslationLinks translations={translations} />
      </div>
    </ReaderPage>
  );
}
