/** Drops every cached response carrying any of `tags`, now and once more shortly after. */
export declare function invalidatePageCacheTags(tags: readonly string[]): void;
/** The status of the cached page for `pathname` (200 or 404), or undefined when none is cached and current. */
export declare function cachedPageStatus(pathname: string): number | undefined;
/** How many responses are cached, and their approximate bytes. */
export declare function pageCacheSize(): { entries: number; bytes: number };
declare class PageCacheHandler {}
export default PageCacheHandler;
