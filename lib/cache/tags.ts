/** Every cache tag the site uses. Reads tag themselves with these; actions invalidate through them. */
export const cacheTags = {
  issues: "issues",
  sections: "sections",
  authors: "authors",
  tags: "tags",
  issue: (id: number) => `issue:${id}`,
  article: (id: number) => `article:${id}`,
  section: (id: number) => `section:${id}`,
  author: (id: number) => `author:${id}`,
  tag: (id: number) => `tag:${id}`,
} as const;
