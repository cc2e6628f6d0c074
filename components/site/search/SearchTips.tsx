import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { searchPath } from "@/lib/search/params";

/** What to type: the operators the search understands, and a few searches to start from. */
export function SearchTips() {
  const t = useTranslations("Search");
  const code = (example: string) => <code className="rounded bg-stone-100 px-1 py-0.5 font-mono text-sm">{example}</code>;
  const examples = [t("example1"), t("example2"), t("example3")];
  return (
    <section aria-labelledby="search-tips" className="mt-6 font-sans text-sm text-stone-700">
      <h2 id="search-tips" className="font-semibold text-stone-900">
        {t("tipsTitle")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          {t("tipPhrase")} {code(t("examplePhrase"))}
        </li>
        <li>
          {t("tipOr")} {code(t("exampleOr"))}
        </li>
        <li>
          {t("tipMinus")} {code(t("exampleMinus"))}
        </li>
      </ul>
      <p className="mt-3">
        {t("tryLabel")}{" "}
        {examples.map((example, index) => (
          <span key={example}>
            {index > 0 && ", "}
            <Link href={searchPath({ q: example })} className="text-red-800 underline underline-offset-2 hover:no-underline">
              {example}
            </Link>
          </span>
        ))}
      </p>
    </section>
  );
}
