"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage } from "@/components/ui/FormMessage";
import { createArticle } from "@/lib/actions/articles/create-article";
import type { Option } from "@/lib/dashboard/issue-desk";
import { useRouter } from "@/lib/i18n/navigation";

export function NewArticleForm({ issueId, sections }: { issueId: number; sections: Option[] }) {
  const t = useTranslations("ArticleEditor");
  const router = useRouter();
  const [sectionId, setSectionId] = useState(sections[0]?.id ?? 0);
  const create = useMutation({
    mutationFn: () => createArticle({ issueId, sectionId }),
    onSuccess: (result) => {
      if (result.ok && result.data) router.push(`/dashboard/articles/${result.data.articleId}`);
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
      className="flex flex-wrap items-end gap-3 font-sans text-sm"
    >
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("createIn")}</span>
        <select
          value={sectionId}
          onChange={(e) => setSectionId(Number(e.target.value))}
          className="rounded border border-stone-400 px-2 py-1.5"
        >
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        disabled={create.isPending}
        className="rounded bg-stone-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
      >
        {t("newArticle")}
      </button>
      <FormMessage state={create.data && !create.data.ok ? create.data : null} />
    </form>
  );
}
