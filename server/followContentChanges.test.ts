import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as contentChanges from '../db/contentChanges';
import { recordContentChange } from '../db/contentChanges';
import { LATEST_STORIES_TAG } from '../lib/contentTags';
import { TEST_ENGINES, setUpTestStore } from '../db/testing/testStore';
import { followContentChanges, tagsToDrop } from './followContentChanges';
import * as pageCache from './pageCacheHandler.mjs';
import { NOT_FOUND_ROUTE_TAG } from '../lib/pageTags';

/** Waits, in real time, until `check` passes: the log is read over a connection, not on the fake clock. */
async function eventually(check: () => void): Promise<void> {
  for (let tries = 0; ; tries += 1) {
    try {
      check();
      return;
    } catch (error) {
      if (tries > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

describe.each(TEST_ENGINES)('followContentChanges on %s', (engine) => {
  const testStore = setUpTestStore(engine, { seed: false });
  const record = (tags: string[]) => testStore().store.write((tx, t) => recordContentChange(tx, t, tags));

  let stop: () => void = () => {};
  beforeEach(() => {
    // Only the poll's interval and the clock are faked: the database's connections keep real timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('drops the tags of each change recorded after it started, in order, once', async () => {
    const dropped = vi.spyOn(pageCache, 'invalidatePageCacheTags');
    const lags: number[] = [];
    await record(['story:before-start']);
    stop = await followContentChanges({ intervalMs: 200, onDropped: (seconds) => lags.push(seconds) });
    await record(['story:first']);
    await record(['category:world', 'feeds']);
    expect(dropped).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    await eventually(() => expect(dropped.mock.calls).toEqual([[['story:first']], [['category:world', 'feeds']]]));
    expect(lags).toEqual([0.2, 0.2]);
    vi.advanceTimersByTime(1000);
    // Five more polls, read to the end, find nothing new.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dropped).toHaveBeenCalledTimes(2);
  });

  it('hands on, once per poll, every tag it dropped, for the shared caches to be purged', async () => {
    const handed: [string[], number][] = [];
    stop = await followContentChanges({ intervalMs: 200, onTagsDropped: (tags, changedAt) => handed.push([tags, changedAt]) });
    await record(['story:first', 'feeds']);
    vi.advanceTimersByTime(50);
    await record([LATEST_STORIES_TAG, 'feeds']);
    const lastChangedAt = Date.now();
    vi.advanceTimersByTime(150);
    await eventually(() => expect(handed).toEqual([[['story:first', 'feeds', LATEST_STORIES_TAG, NOT_FOUND_ROUTE_TAG], lastChangedAt]]));
    vi.advanceTimersByTime(1000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handed).toHaveLength(1);
  });
});

describe('followContentChanges while the database cannot be read', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('logs the first failed read, then one line every ten seconds, and one when reading works again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.spyOn(contentChanges, 'latestContentChangeId').mockResolvedValue(0);
    const read = vi.spyOn(contentChanges, 'listContentChangesAfter').mockRejectedValue(new Error('connection refused'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stop = await followContentChanges({ intervalMs: 200 });
    try {
      // Twelve seconds of reads, five a second, every one failing.
      for (let tick = 0; tick < 60; tick += 1) {
        vi.advanceTimersByTime(200);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(read.mock.calls.length).toBeGreaterThanOrEqual(55);
      expect(errors).toHaveBeenCalledTimes(2);
      expect(String(errors.mock.calls[1]?.[0])).toMatch(/\(5\d reads failed in a row\)/);
      read.mockResolvedValue([]);
      vi.advanceTimersByTime(200);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(warnings).toHaveBeenCalledWith(expect.stringMatching(/^Reading the content change log again, after \d+ failed reads\.$/));
    } finally {
      stop();
    }
  });
});

describe('tagsToDrop', () => {
  it('drops the 404 route when the latest stories change', () => {
    expect(tagsToDrop([LATEST_STORIES_TAG])).toEqual([LATEST_STORIES_TAG, NOT_FOUND_ROUTE_TAG]);
    expect(tagsToDrop(['story:x'])).toEqual(['story:x']);
  });
});
