import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from './contentChanges';
import { addStoryReads, refreshMostRead } from './mostRead';
import { listMostRead } from './queries/mostRead';
import { TEST_ENGINES, setUpTestStore } from './testing/testStore';
import { MOST_READ_LENGTH, MOST_READ_WINDOW_MS, readPeriodStart } from '../lib/mostRead';

const NOW = new Date('2026-11-30T06:05:00Z');
const HOUR_MS = 60 * 60 * 1000;

describe.each(TEST_ENGINES)('most read on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function storyIds(): Promise<{ id: number; slug: string; headline: string }[]> {
    const { read, tables: t } = testStore().store;
    return read.select({ id: t.articles.id, slug: t.articles.slug, headline: t.articles.headline }).from(t.articles).orderBy(t.articles.id);
  }

  const changesSince = async (id: number) => (await listContentChangesAfter(id)).map((change) => change.tags);

  it('lists the stories read most in the last day, most first, and tells the page cache only when the list changes', async () => {
    const [a, b, c] = await storyIds();
    if (!a || !b || !c) throw new Error('The demo stories are missing');
    const start = await latestContentChangeId();
    await addStoryReads(new Map([[a.id, 3], [b.id, 5]]), readPeriodStart(new Date(NOW.getTime() - HOUR_MS)));
    await addStoryReads(new Map([[a.id, 4]]), readPeriodStart(NOW));
    // Older than a day: no longer counted.
    await addStoryReads(new Map([[c.id, 100]]), readPeriodStart(new Date(NOW.getTime() - MOST_READ_WINDOW_MS - HOUR_MS)));
    expect(await refreshMostRead(NOW)).toBe(true);
    expect(await listMostRead()).toEqual([
      { slug: a.slug, headline: a.headline },
      { slug: b.slug, headline: b.headline },
    ]);
    expect(await changesSince(start)).toEqual([['most-read']]);

    const unchanged = await latestContentChangeId();
    await addStoryReads(new Map([[b.id, 1]]), readPeriodStart(NOW));
    expect(await refreshMostRead(NOW)).toBe(false);
    expect(await changesSince(unchanged)).toEqual([]);
    // The day-old reads are gone from the database too.
    const { read, tables: t } = testStore().store;
    expect(await read.select().from(t.storyReads).where(eq(t.storyReads.articleId, c.id))).toEqual([]);
  });

  it('follows a listed story’s new headline, and leaves out a story no longer published', async () => {
    const [a, b] = await storyIds();
    if (!a || !b) throw new Error('The demo stories are missing');
    await testStore().store.write((tx, t) => tx.update(t.articles).set({ headline: 'A new headline' }).where(eq(t.articles.id, b.id)));
    expect(await refreshMostRead(NOW)).toBe(true);
    expect((await listMostRead()).map((story) => story.headline)).toEqual([a.headline, 'A new headline']);
    await testStore().store.write((tx, t) => tx.update(t.articles).set({ status: 'draft' }).where(eq(t.articles.id, a.id)));
    try {
      expect(await refreshMostRead(NOW)).toBe(true);
      expect((await listMostRead()).map((story) => story.slug)).toEqual([b.slug]);
      // Nor are reads of it counted while it is not published.
      await addStoryReads(new Map([[a.id, 50]]), readPeriodStart(NOW));
      const { read, tables: t } = testStore().store;
      const rows = await read.select({ reads: t.storyReads.reads }).from(t.storyReads).where(eq(t.storyReads.articleId, a.id));
      expect(rows.reduce((total, row) => total + row.reads, 0)).toBe(7);
    } finally {
      await testStore().store.write((tx, t) => tx.update(t.articles).set({ status: 'published' }).where(eq(t.articles.id, a.id)));
    }
  });

  it('keeps ten at most, and drops reads of stories that do not exist', async () => {
    const stories = await storyIds();
    const reads = new Map(stories.slice(0, MOST_READ_LENGTH + 3).map((story, index) => [story.id, 100 + index]));
    reads.set(999_999, 1_000);
    await addStoryReads(reads, readPeriodStart(NOW));
    await refreshMostRead(NOW);
    const listed = await listMostRead();
    expect(listed).toHaveLength(MOST_READ_LENGTH);
    expect(listed[0]?.slug).toBe(stories[MOST_READ_LENGTH + 2]?.slug);
  });
});
