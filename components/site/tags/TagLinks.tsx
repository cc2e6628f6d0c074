import { useTranslations } from "next-intl";
import type { TagRef } from "@/lib/content/types";
import { Link } from "@/lib/i18n/navigation";

/** An article's tags, each a link to the articles that share it. */
export function TagLinks({ tags }: { tags: TagRef[] }) {
  const t = useTranslations("Article");
  if (tags.length === 0) return null;
  return (
    <div className="mt-8 font-sans text-sm">
      <h2 className="sr-only">{t("tags")}</h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={`/tags/${tag.slug}`}
              className="inline-block rounded-full bg-stone-100 px-3 py-1 text-stone-800 underline-offset-2 hover:bg-stone-200 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
            >
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
