/** Carries a stored response's tags from the cache to the server, which removes it. */
export declare const PAGE_TAGS_HEADER: string;
/** How long after a change its tags are dropped a second time, for a render that read the database just before it. */
export declare const SECOND_DROP_AFTER_MS: number;
/** A tag as stored with a response, and as shared caches know it. */
export declare function storedTagForm(tag: string): string;
/** Sets the cache's size in megabytes (0: off); call before Next.js first uses the cache. */
export declare function configurePageCache(megabytes: number): void;
/** Drops every cached response carrying any of `tags`, now and once more shortly after. */
export declare function invalidatePageCacheTags(tags: readonly string[]): void;
/** The status of the cached page for `pathname` (200 or 404), or undefined when none is cached and current. */
export declare function cachedPageStatus(pathname: string): number | undefined;
/** How many responses are cached, and their approximate bytes. */
export declare function pageCacheSize(): { entries: number; bytes: number };

/** Next.js's cacheHandler interface, as this handler implements it. */
export default class PageCacheHandler {
  get(key: string, context?: { tags?: string[]; softTags?: string[] }): Promise<{ lastModified: number; value: unknown } | null>;
  set(key: string, value: unknown, context?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
