"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/FormMessage";
import { deleteArticle } from "@/lib/actions/articles/delete-article";
import { useRouter } from "@/lib/i18n/navigation";

/** Deletes an unpublished article after a confirmation, then returns to its issue. */
export function DeleteArticleButton({ articleId, issueId }: { articleId: number; issueId: number }) {
  const t = useTranslations("ArticleEditor");
  const router = useRouter();
  const remove = useMutation({
    mutationFn: () => deleteArticle({ articleId }),
    onSuccess: (result) => {
      if (result.ok) router.push(`/dashboard/issues/${issueId}`);
    },
  });
  return (
    <div className="border-t border-stone-200 pt-2">
      <button
        type="button"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(t("confirmDelete"))) remove.mutate();
        }}
        className="rounded border border-red-800 px-3 py-1.5 text-red-800 hover:bg-red-50 disabled:opacity-50"
      >
        {t("deleteArticle")}
      </button>
      {remove.data && !remove.data.ok && <FormMessage state={remove.data} />}
    </div>
  );
}
