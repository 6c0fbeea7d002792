// @ts-check
/*
 * Next.js's cache of rendered pages and route-handler responses (`cacheHandler` in next.config.ts).
 * Entries live in this process's memory, bounded by size, and are dropped as soon as any tag they
 * carry is invalidated. Memory rather than Next's default files on disk: the database is the only
 * durable state, so a restart, or a server pointed at another database, never serves pages
 * rendered from other content.
 * Plain JavaScript because Next.js loads it at build and run time, outside our TypeScript loader.
 */
import { LRUCache } from 'lru-cache';

const CACHE_TAGS_HEADER = 'x-next-cache-tags';
/**
 * Carries a stored response's tags to the server (server/httpCaching.ts), which turns them into the
 * surrogate-key headers of shared caches. Next.js sends a stored response's own headers with it,
 * except its tags header; this one goes out, and the server removes it.
 */
export const PAGE_TAGS_HEADER = 'x-page-cache-tags';
const DEFAULT_MAX_MEGABYTES = 256;
const LIMIT_KEY = Symbol.for('the-nation-express.page-cache-limit');

/**
 * Sets the cache's size before Next.js first uses it (the server does, from PAGE_CACHE_MAX_MB);
 * 0 turns the cache off, so every request renders (the benchmark measures renders so).
 * @param {number} megabytes
 */
export function configurePageCache(megabytes) {
  /** @type {{ [LIMIT_KEY]?: number }} */ (globalThis)[LIMIT_KEY] = megabytes;
}

function configuredMegabytes() {
  return /** @type {{ [LIMIT_KEY]?: number }} */ (globalThis)[LIMIT_KEY] ?? DEFAULT_MAX_MEGABYTES;
}
// A render that read the database just before a change can finish just after it; dropping the
// tags once more a little later removes what such a render stored.
export const SECOND_DROP_AFTER_MS = 3000;

/**
 * @typedef {{ value: any; tags: string[]; lastModified: number; size: number }} PageCacheEntry
 * @typedef {{
 *   entries: LRUCache<string, PageCacheEntry>;
 *   invalidatedAt: Map<string, number>;
 *   pageKeyByPathname: Map<string, string>;
 *   disabled: boolean;
 * }} PageCacheState
 */

const STATE_KEY = Symbol.for('the-nation-express.page-cache');

/** One cache per process, whichever copy of this module Next.js or the server loaded. */
function pageCacheState() {
  const holder = /** @type {{ [STATE_KEY]?: PageCacheState }} */ (globalThis);
  if (!holder[STATE_KEY]) {
    const megabytes = configuredMegabytes();
    /** @type {Map<string, string>} */
    const pageKeyByPathname = new Map();
    holder[STATE_KEY] = {
      entries: new LRUCache({
        maxSize: Math.max(1, megabytes * 1024 * 1024),
        sizeCalculation: (entry) => entry.size,
        dispose: (_entry, key) => {
          const pathname = pagePathnameOf(key);
          if (pathname !== null && pageKeyByPathname.get(pathname) === key) pageKeyByPathname.delete(pathname);
        },
      }),
      invalidatedAt: new Map(),
      pageKeyByPathname,
      disabled: megabytes === 0,
    };
  }
  return holder[STATE_KEY];
}

/**
 * The request pathname of a rendered page's key (`/route-cache/APP_PAGE/<route hash>/$<pathname>`),
 * or null for other entries.
 * @param {string} key
 */
function pagePathnameOf(key) {
  if (!key.startsWith('/route-cache/APP_PAGE/')) return null;
  const start = key.indexOf('/$/');
  if (start === -1) return null;
  const pathname = key.slice(start + 2);
  // Next.js keys the root page by /index (normalizePagePath); no page of the site has that address.
  return pathname === '/index' ? '/' : pathname;
}

/** @param {unknown} part */
function byteLength(part) {
  if (typeof part === 'string') return Buffer.byteLength(part);
  if (part instanceof Uint8Array) return part.byteLength;
  return 0;
}

/** Bytes an entry holds, near enough to bound the cache: its HTML, RSC payloads or body. */
function approximateSize(/** @type {any} */ value) {
  let size = 1024;
  if (value?.kind === 'APP_PAGE') {
    size += byteLength(value.html) + byteLength(value.rscData);
    if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) size += byteLength(segment);
  } else if (value?.kind === 'APP_ROUTE') {
    size += byteLength(value.body);
  } else if (value?.kind === 'FETCH') {
    size += byteLength(JSON.stringify(value.data ?? null));
  }
  return size;
}

/** Tags a stored response carries: its own route tags and those of the data it read. */
function tagsOf(/** @type {any} */ value, /** @type {readonly string[] | undefined} */ extraTags) {
  const header = value?.headers?.[CACHE_TAGS_HEADER];
  const fromHeader = typeof header === 'string' && header !== '' ? header.split(',') : [];
  return [...new Set([...fromHeader, ...(extraTags ?? [])])];
}

/** @param {PageCacheState} state @param {readonly string[]} tags @param {number} since */
function anyInvalidatedSince(state, tags, since) {
  return tags.some((tag) => (state.invalidatedAt.get(tag) ?? 0) >= since);
}

// Next.js stores a tag with each run of characters outside printable ASCII percent-encoded, as
// headers need (encodeHeaderSafe, next/dist/server/lib/encode-header-safe.js): `topic:日本語` is kept
// as `topic:%E6%97%A5%E6%9C%AC%E8%AA%9E`. Tags named by writers are put in the same form.
const OUTSIDE_HEADER_CHARACTERS = /[^\t\x20-\x7e]+/g;

/**
 * A tag as stored with a response, and as shared caches know it.
 * @param {string} tag
 */
export function storedTagForm(tag) {
  return tag.replace(OUTSIDE_HEADER_CHARACTERS, (run) => encodeURIComponent(run));
}

/**
 * Drops every cached response carrying any of `tags`, now and once more shortly after.
 * @param {readonly string[]} tags
 */
export function invalidatePageCacheTags(tags) {
  const state = pageCacheState();
  const storedTags = tags.map(storedTagForm);
  const drop = () => {
    const now = Date.now();
    for (const tag of storedTags) state.invalidatedAt.set(tag, now);
  };
  drop();
  setTimeout(drop, SECOND_DROP_AFTER_MS).unref();
}

/**
 * The status of the cached page rendered for `pathname` (200 or 404), or undefined when none is
 * cached and current. Lets the server tell a missing page from a present one without the database.
 * @param {string} pathname
 */
export function cachedPageStatus(pathname) {
  const state = pageCacheState();
  const key = state.pageKeyByPathname.get(pathname);
  const entry = key === undefined ? undefined : state.entries.peek(key);
  if (!entry || anyInvalidatedSince(state, entry.tags, entry.lastModified)) return undefined;
  return typeof entry.value?.status === 'number' ? entry.value.status : 200;
}

/** How many responses are cached, and their approximate bytes. */
export function pageCacheSize() {
  const { entries } = pageCacheState();
  return { entries: entries.size, bytes: entries.calculatedSize };
}

export default class PageCacheHandler {
  /**
   * @param {string} key
   * @param {{ tags?: string[]; softTags?: string[] }} [context]
   */
  async get(key, context) {
    const state = pageCacheState();
    const entry = state.entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(context?.tags ?? []), ...(context?.softTags ?? [])];
    if (anyInvalidatedSince(state, tags, entry.lastModified)) {
      state.entries.delete(key);
      return null;
    }
    return { lastModified: entry.lastModified, value: entry.value };
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ tags?: string[] }} [context]
   */
  async set(key, value, context) {
    const { entries, pageKeyByPathname, disabled } = pageCacheState();
    // An error page is never kept: the next request tries again.
    if (value === null || (typeof value.status === 'number' && value.status >= 500)) {
      entries.delete(key);
      return;
    }
    const tags = tagsOf(value, context?.tags);
    // The response being sent is this value, now and on every hit.
    if (value.headers) value.headers = { ...value.headers, [PAGE_TAGS_HEADER]: tags.join(',') };
    if (disabled) {
      entries.delete(key);
      return;
    }
    entries.set(key, { value, tags, lastModified: Date.now(), size: approximateSize(value) });
    const pathname = pagePathnameOf(key);
    if (pathname !== null && entries.has(key)) pageKeyByPathname.set(pathname, key);
  }

  /** Called for revalidateTag() and revalidatePath() made inside this process. @param {string | string[]} tags */
  async revalidateTag(tags) {
    invalidatePageCacheTags(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache() {}
}
