/** Records the tags a read attaches, in place of Next.js's cache (which only exists inside its server). */
export const recordedTags: string[] = [];

export function cacheTag(...tags: string[]): void {
  recordedTags.push(...tags);
}

export function cacheLife(): void {}

export function takeRecordedTags(): string[] {
  return recordedTags.splice(0, recordedTags.length);
}

/** Tags invalidated by actions, for tests to check that a change reaches the public pages. */
export const invalidatedTags: string[] = [];

export function updateTag(tag: string): void {
  invalidatedTags.push(tag);
}

export function revalidateTag(tag: string): void {
  invalidatedTags.push(tag);
}

export function takeInvalidatedTags(): string[] {
  return invalidatedTags.splice(0, invalidatedTags.length);
}
