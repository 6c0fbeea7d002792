import { latestContentChangeId, listContentChangesAfter } from '../db/contentChanges';
import { LATEST_STORIES_TAG } from '../lib/contentTags';
import { invalidatePageCacheTags } from './pageCacheHandler.mjs';
import { NOT_FOUND_ROUTE_TAG } from '../lib/pageTags';

/** How often each process reads the change log. */
export const CHANGE_POLL_INTERVAL_MS = 200;
const FAILURE_LOG_EVERY_MS = 10_000;

/**
 * The tags to drop for a recorded change. The 404 page lists the latest stories; it is also
 * rendered, unseen, into every other page's payload, so rather than tag all of those with the
 * latest stories it is dropped by its route when they change.
 */
export function tagsToDrop(changedTags: readonly string[]): string[] {
  return changedTags.includes(LATEST_STORIES_TAG) ? [...changedTags, NOT_FOUND_ROUTE_TAG] : [...changedTags];
}

interface FollowOptions {
  intervalMs?: number;
  /** Told, for each change, how many seconds after its commit its pages were dropped here. */
  onDropped?: (lagSeconds: number) => void;
  /**
   * Told, once per poll that found changes, every tag this process dropped for them and when the
   * last of them was committed (milliseconds), to purge shared caches.
   */
  onTagsDropped?: (tags: string[], changedAt: number) => void;
}

/**
 * Follows the change log (db/contentChanges.ts) of this process's database and drops the cached
 * pages each change names, so a change committed by any process shows within a poll and a render.
 * Resolves, once it knows where the log stands, to a function that stops.
 */
export async function followContentChanges(options: FollowOptions = {}): Promise<() => void> {
  const { intervalMs = CHANGE_POLL_INTERVAL_MS, onDropped, onTagsDropped } = options;
  // This process's cache starts empty: only changes from now on concern it.
  let lastSeen = await latestContentChangeId();
  let failures = 0;
  let lastFailureLoggedAt = 0;
  // A read slower than the interval (a busy database) is not overtaken by the next, which would drop the same pages twice.
  let polling = false;
  const poll = async () => {
    const dropped = new Set<string>();
    let lastChangedAt = 0;
    try {
      for (const change of await listContentChangesAfter(lastSeen)) {
        const tags = tagsToDrop(change.tags);
        invalidatePageCacheTags(tags);
        for (const tag of tags) dropped.add(tag);
        lastChangedAt = Math.max(lastChangedAt, change.changedAt);
        lastSeen = change.id;
        onDropped?.(Math.max(0, Date.now() - change.changedAt) / 1000);
      }
      if (failures > 0) console.warn(`Reading the content change log again, after ${failures} failed reads.`);
      failures = 0;
    } catch (error) {
      // Five reads a second fail while the database is away: the first is logged, then one line
      // every FAILURE_LOG_EVERY_MS with the count, not one each.
      failures += 1;
      if (failures === 1 || Date.now() - lastFailureLoggedAt >= FAILURE_LOG_EVERY_MS) {
        lastFailureLoggedAt = Date.now();
        console.error(`Could not read the content change log (${failures} reads failed in a row):`, error);
      }
    }
    if (dropped.size > 0) onTagsDropped?.([...dropped], lastChangedAt);
  };
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    void poll().finally(() => {
      polling = false;
    });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
