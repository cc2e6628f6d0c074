"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import type { DeskArticle, Option } from "@/lib/dashboard/issue-desk";
import { Link } from "@/lib/i18n/navigation";

type Props = { article: DeskArticle; sections: Option[]; canReorder: boolean; onSectionChange: (id: number, sectionId: number) => void };

export function SortableArticleRow({ article, sections, canReorder, onSectionChange }: Props) {
  const t = useTranslations("IssueDesk");
  const te = useTranslations("ArticleEditor");
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: article.id, disabled: !canReorder });
  const title = article.title || t("untitled");
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex flex-wrap items-center gap-3 bg-white px-3 py-2 font-sans text-sm ${isDragging ? "relative z-10 shadow-lg" : ""}`}
      data-article-id={article.id}
    >
      {canReorder && (
        <button
          type="button"
          {...attributes}
          {...listeners}
          aria-label={t("dragHandle", { title })}
          className="cursor-grab touch-none rounded border border-stone-300 px-2 py-1 text-stone-600"
        >
          ⠿
        </button>
      )}
      <Link href={`/dashboard/articles/${article.id}`} className="min-w-48 flex-1 font-semibold underline-offset-2 hover:underline">
        {title}
      </Link>
      <label className="flex items-center gap-1">
        <span className="sr-only">{t("moveToSection", { title })}</span>
        <select
          value={article.sectionId}
          disabled={!canReorder}
          onChange={(e) => onSectionChange(article.id, Number(e.target.value))}
          className="rounded border border-stone-300 px-1 py-0.5"
        >
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.label}
            </option>
          ))}
        </select>
      </label>
      <span className="text-stone-600">{article.status === "published" ? te("statusPublished") : te("statusDraftArticle")}</span>
    </li>
  );
}
