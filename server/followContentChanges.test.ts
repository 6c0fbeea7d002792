import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordContentChange } from '../db/contentChanges';
import { LATEST_STORIES_TAG } from '../lib/contentTags';
import { setUpTestDatabase } from '../db/testing/testDatabase';
import { followContentChanges, tagsToDrop } from './followContentChanges';
import * as pageCache from './pageCacheHandler.mjs';
import { NOT_FOUND_ROUTE_TAG } from '../lib/pageTags';

const testDb = setUpTestDatabase();

describe('followContentChanges', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('drops the tags of each change recorded after it started, in order, once', () => {
    const dropped = vi.spyOn(pageCache, 'invalidatePageCacheTags');
    const lags: number[] = [];
    recordContentChange(testDb().db, ['story:before-start']);
    stop = followContentChanges({ intervalMs: 200, onDropped: (seconds) => lags.push(seconds) });
    recordContentChange(testDb().db, ['story:first']);
    recordContentChange(testDb().db, ['category:world', 'feeds']);
    expect(dropped).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(dropped.mock.calls).toEqual([[['story:first']], [['category:world', 'feeds']]]);
    expect(lags).toEqual([0.2, 0.2]);
    vi.advanceTimersByTime(1000);
    expect(dropped).toHaveBeenCalledTimes(2);
  });

  it('drops the 404 route when the latest stories change', () => {
    expect(tagsToDrop([LATEST_STORIES_TAG])).toEqual([LATEST_STORIES_TAG, NOT_FOUND_ROUTE_TAG]);
    expect(tagsToDrop(['story:x'])).toEqual(['story:x']);
  });
});
