"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/FormMessage";
import { publishArticle, unpublishArticle } from "@/lib/actions/articles/publish-article";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { DeleteArticleButton } from "./DeleteArticleButton";

type Props = {
  articleId: number;
  issueId: number;
  status: "draft" | "scheduled" | "published";
  canPublish: boolean;
  previewLocale: Locale;
};

/** Preview, publish or unpublish (editors), and delete while the article is not published. */
export function PublishControls({ articleId, issueId, status, canPublish, previewLocale }: Props) {
  const t = useTranslations("ArticleEditor");
  const router = useRouter();
  const change = useMutation({
    mutationFn: () => (status === "published" ? unpublishArticle : publishArticle)({ articleId }),
    onSuccess: (result) => {
      if (result.ok) router.refresh();
    },
  });
  return (
    <section className="space-y-2 rounded border border-stone-300 p-3 font-sans text-sm">
      <p className="font-semibold">{status === "published" ? t("statusPublished") : t("statusDraftArticle")}</p>
      <Link
        href={`/dashboard/preview/${articleId}`}
        locale={previewLocale}
        target="_blank"
        className="inline-block rounded border border-stone-500 px-3 py-1.5 hover:bg-stone-100"
      >
        {t("preview")}
      </Link>
      {canPublish && (
        <button
          type="button"
          onClick={() => change.mutate()}
          disabled={change.isPending}
          className="ml-2 rounded bg-emerald-800 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
        >
          {status === "published" ? t("unpublish") : t("publish")}
        </button>
      )}
      <FormMessage state={change.data ?? null} />
      {status !== "published" && <DeleteArticleButton articleId={articleId} issueId={issueId} />}
    </section>
  );
}
