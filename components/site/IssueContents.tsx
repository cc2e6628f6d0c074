import type { IssueDetail } from "@/lib/content/types";
import { Link } from "@/lib/i18n/navigation";
import { ArticleTeaser } from "./ArticleTeaser";

/** An issue's articles under their section headings. */
export function IssueContents({ issue, headingLevel = 2 }: { issue: IssueDetail; headingLevel?: 2 | 3 }) {
  const SectionHeading = `h${headingLevel}` as const;
  return (
    <div className="divide-y divide-stone-300">
      {issue.groups.map((group) => (
        <section key={group.section.id} aria-labelledby={`section-${group.section.slug}`} className="py-4 first:pt-0">
          <SectionHeading
            id={`section-${group.section.slug}`}
            className="font-sans text-sm font-bold tracking-widest text-red-800 uppercase"
          >
            <Link href={`/sections/${group.section.slug}`} className="hover:underline">
              {group.section.name}
            </Link>
          </SectionHeading>
          {group.articles.map((article) => (
            <ArticleTeaser key={article.id} article={article} headingLevel={headingLevel === 2 ? 3 : 2} />
          ))}
        </section>
      ))}
    </div>
  );
}
