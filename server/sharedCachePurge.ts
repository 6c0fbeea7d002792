import { CHANGE_POLL_INTERVAL_MS } from './followContentChanges';
import { surrogateKey } from './httpCaching';
import { SECOND_DROP_AFTER_MS, storedTagForm } from './pageCacheHandler.mjs';

/*
 * Purging the shared caches in front (SHARED_CACHE_PURGE_URLS: Varnish with the xkey module, as in
 * deploy/varnish/) by tag. Every process purges for every change it follows, after dropping its own
 * copies: a cache that refetched a page from a process that had not yet seen the change is purged
 * again by that process, so the last purge comes after every process is current. The purges are
 * timed from the change, not from when each process saw it: every process sends its purge at the
 * same moment, once all of them have had a poll to drop their copies, so the caches refetch a page
 * once per round rather than once per process. A render that read the database just before a
 * change is caught as the page cache catches it, by a second round a little later.
 */

/** The header the cache tier reads the tags to purge from, space-separated (deploy/varnish/). */
export const PURGE_TAGS_HEADER = 'xkey-purge';
// Varnish refuses request headers over 8 kB; a bulk change's tags go in several purges.
const MAX_TAGS_HEADER_CHARS = 4000;
const PURGE_TIMEOUT_MS = 2000;
/** Two polls after a change, every process following the change log has dropped its copies. */
export const FIRST_PURGE_AFTER_CHANGE_MS = 2 * CHANGE_POLL_INTERVAL_MS;

export interface PurgeOutcome {
  cache: string;
  /** What the cache said (`Invalidated 3 objects`), or why it could not be reached. */
  detail: string;
  ok: boolean;
}

export interface SharedCachePurgerOptions {
  caches: readonly URL[];
  /** Told each purge's outcome, for the log and metrics. */
  onPurged?: (outcome: PurgeOutcome) => void;
  firstPurgeAfterMs?: number;
  secondPurgeAfterMs?: number;
}

/** The tags to purge, as surrogate keys (the form responses carry), in header values of at most MAX_TAGS_HEADER_CHARS each. */
export function purgeHeaderValues(tags: readonly string[]): string[] {
  const values: string[] = [];
  let current = '';
  for (const tag of new Set(tags.map((tag) => surrogateKey(storedTagForm(tag))))) {
    if (current !== '' && current.length + 1 + tag.length > MAX_TAGS_HEADER_CHARS) {
      values.push(current);
      current = '';
    }
    current = current === '' ? tag : `${current} ${tag}`;
  }
  if (current !== '') values.push(current);
  return values;
}

async function purgeOnce(cache: URL, tags: string): Promise<PurgeOutcome> {
  try {
    const response = await fetch(new URL('/', cache), {
      method: 'PURGE',
      headers: { [PURGE_TAGS_HEADER]: tags },
      signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
    });
    const detail = (await response.text()).trim().slice(0, 200) || response.statusText;
    return { cache: cache.origin, detail: `${response.status} ${detail}`, ok: response.ok };
  } catch (error) {
    return { cache: cache.origin, detail: error instanceof Error ? error.message : String(error), ok: false };
  }
}

/**
 * A function that purges `tags`, changed at `changedAt` (milliseconds), from every cache
 * `firstPurgeAfterMs` after the change (at once, if that is past) and again `secondPurgeAfterMs`
 * after that; it resolves when the first round is done. It never throws: a cache that cannot be
 * reached is reported through `onPurged`, and its copies age out with their lifetime.
 */
export function createSharedCachePurger({
  caches,
  onPurged,
  firstPurgeAfterMs = FIRST_PURGE_AFTER_CHANGE_MS,
  secondPurgeAfterMs = SECOND_DROP_AFTER_MS,
}: SharedCachePurgerOptions) {
  const purgeAll = async (values: readonly string[]) => {
    const outcomes = await Promise.all(caches.flatMap((cache) => values.map((value) => purgeOnce(cache, value))));
    for (const outcome of outcomes) onPurged?.(outcome);
  };
  return async function purge(tags: readonly string[], changedAt: number): Promise<void> {
    const values = purgeHeaderValues(tags);
    if (caches.length === 0 || values.length === 0) return;
    const now = Date.now();
    const firstAt = Math.max(now, changedAt + firstPurgeAfterMs);
    // After this process's own second drop (secondPurgeAfterMs from now), so that a late render
    // it dropped is not refetched: aligned with the other processes' when it saw the change in time.
    const secondAt = Math.max(now + secondPurgeAfterMs, changedAt + firstPurgeAfterMs + secondPurgeAfterMs);
    setTimeout(() => void purgeAll(values), secondAt - now).unref();
    await new Promise((resolve) => setTimeout(resolve, firstAt - now).unref());
    await purgeAll(values);
  };
}
