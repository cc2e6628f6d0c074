import type { ArticleCard, Page } from "@/lib/content/types";
import { ArticleTeaser } from "./ArticleTeaser";
import { Pagination } from "./Pagination";

export function ArticleList({ page, basePath, showSection = false }: { page: Page<ArticleCard>; basePath: string; showSection?: boolean }) {
  return (
    <>
      <div>
        {page.items.map((article) => (
          <ArticleTeaser key={article.id} article={article} headingLevel={2} showSection={showSection} />
        ))}
      </div>
      <Pagination basePath={basePath} page={page.page} totalPages={page.totalPages} />
    </>
  );
}
