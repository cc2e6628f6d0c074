/** Records the tags a read attaches, in place of Next.js's cache (which only exists inside its server). */
export const recordedTags: string[] = [];

export function cacheTag(...tags: string[]): void {
  recordedTags.push(...tags);
}

export function cacheLife(): void {}

export function takeRecordedTags(): string[] {
  return recordedTags.splice(0, recordedTags.length);
}
