import { getTranslations } from "next-intl/server";
import { ReaderPage } from "@/components/site/ReaderPage";
import { Link } from "@/lib/i18n/navigation";
import { samePathInEveryLocale } from "@/lib/seo/alternates";

/** An unknown unsubscribe key: the link is incomplete, or the subscription was deleted. */
export default async function UnknownSubscription() {
  const t = await getTranslations("Newsletter");
  return (
    <ReaderPage paths={samePathInEveryLocale("/")}>
      <div className="max-w-2xl">
        <h1 className="font-serif text-3xl font-bold">{t("unknownKeyTitle")}</h1>
        <p className="mt-4 font-serif text-lg">{t("unknownKeyBody")}</p>
        <p className="mt-6 font-sans font-semibold">
          <Link href="/" className="text-red-800 underline underline-offset-2">
            {t("backHome")}
          </Link>
        </p>
      </div>
    </ReaderPage>
  );
}
