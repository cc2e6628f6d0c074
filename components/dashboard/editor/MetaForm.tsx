"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveArticleMeta } from "@/lib/actions/articles/save-article-meta";
import type { ArticleMeta } from "@/lib/dashboard/article-meta";
import type { Option } from "@/lib/dashboard/issue-desk";
import { FormMessage } from "@/components/ui/FormMessage";
import { OrderedPicker } from "./OrderedPicker";

const trends = ["improved", "unchanged", "worsened", "none"] as const;

function valuesOf(meta: ArticleMeta) {
  return { sectionId: meta.sectionId, trend: meta.trend, authorIds: meta.authorIds, tagIds: meta.tagIds };
}

export function MetaForm({ meta, sections, authors, tags }: { meta: ArticleMeta; sections: Option[]; authors: Option[]; tags: Option[] }) {
  const t = useTranslations("ArticleEditor");
  const [values, setValues] = useState(() => valuesOf(meta));
  const [version, setVersion] = useState(meta.version);
  // Publishing (or any change refreshed from the server) takes a new version: adopt it with the
  // server's details. The version of our own save arrives the same way and changes nothing here.
  const [received, setReceived] = useState(meta.version);
  if (meta.version !== received) {
    setReceived(meta.version);
    if (meta.version !== version) {
      setVersion(meta.version);
      setValues(valuesOf(meta));
    }
  }
  const save = useMutation({
    mutationFn: () => saveArticleMeta({ articleId: meta.id, baseVersion: version, ...values }),
    onSuccess: (result) => {
      if (result.ok && result.data) setVersion(result.data.version);
    },
  });
  const toggleTag = (id: number) =>
    setValues((v) => ({ ...v, tagIds: v.tagIds.includes(id) ? v.tagIds.filter((x) => x !== id) : [...v.tagIds, id] }));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
      className="space-y-4 font-sans text-sm"
    >
      <label className="block">
        <span className="font-semibold">{t("fieldSection")}</span>
        <select
          value={values.sectionId}
          onChange={(e) => setValues({ ...values, sectionId: Number(e.target.value) })}
          className="mt-1 block w-full rounded border border-stone-400 px-2 py-1.5"
        >
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend className="font-semibold">{t("fieldTrend")}</legend>
        {trends.map((trend) => (
          <label key={trend} className="mt-1 flex items-center gap-2">
            <input type="radio" name="trend" checked={values.trend === trend} onChange={() => setValues({ ...values, trend })} />
            {t(`trend_${trend}`)}
          </label>
        ))}
      </fieldset>
      <OrderedPicker
        legend={t("fieldAuthors")}
        options={authors}
        selected={values.authorIds}
        onChange={(authorIds) => setValues({ ...values, authorIds })}
      />
      <fieldset>
        <legend className="font-semibold">{t("fieldTags")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {tags.map((tag) => (
            <label key={tag.id} className="flex items-center gap-1.5">
              <input type="checkbox" checked={values.tagIds.includes(tag.id)} onChange={() => toggleTag(tag.id)} />
              {tag.label}
            </label>
          ))}
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={save.isPending}
        className="rounded bg-stone-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
      >
        {t("saveDetails")}
      </button>
      <FormMessage state={save.data ?? null} />
    </form>
  );
}
