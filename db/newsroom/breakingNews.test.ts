import { and, eq, ne } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { setProcessStore } from '../processDatabase';
import { getCurrentBreakingNews } from '../queries/breakingNews';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import type { Refused } from '../../lib/newsroom/refusals';
import { createStaffMember } from './accounts';
import {
  clearBreakingNews,
  getBreakingNewsDesk,
  listBreakingNewsChoices,
  recordEndedBreakingNews,
  setBreakingNews,
} from './breakingNews';
import { getStoryForEditing, publishDueStories, saveStory } from './stories';

const HOUR_MS = 60 * 60 * 1000;
const PASSWORD = 'correct horse battery staple';
const LEAD_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';

const refused = (refusal: Refused['refusal']) => expect.objectContaining({ name: 'Refused', refusal });
const changesSince = async (id: number) => (await listContentChangesAfter(id)).map((change) => [...change.tags].sort());

describe.each(TEST_ENGINES)('the breaking-news strip on %s', (engine) => {
  const testStore = setUpTestStore(engine);
  let editorId = 0;
  let adminId = 0;

  beforeAll(async () => {
    editorId = (await createStaffMember({ email: 'meera@example.in', name: 'Meera', role: 'editor', password: PASSWORD })).id;
    adminId = (await createStaffMember({ email: 'asha@example.in', name: 'Asha', role: 'admin', password: PASSWORD })).id;
  });

  // Each test begins with no strip up, as if each before it had been cleared.
  beforeEach(async () => {
    await testStore().store.write((tx, t) => tx.delete(t.breakingNews));
  });

  async function storyIdOf(slug: string): Promise<number> {
    const { read, tables: t } = testStore().store;
    const [story] = await read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, slug));
    if (!story) throw new Error(`There is no story ${slug}`);
    return story.id;
  }

  /** A published demo story other than the lead. */
  async function otherPublishedStory(): Promise<{ id: number; slug: string; headline: string }> {
    const { read, tables: t } = testStore().store;
    const [story] = await read
      .select({ id: t.articles.id, slug: t.articles.slug, headline: t.articles.headline })
      .from(t.articles)
      .where(and(eq(t.articles.status, 'published'), ne(t.articles.slug, LEAD_SLUG)))
      .orderBy(t.articles.id)
      .limit(1);
    if (!story) throw new Error('A second published story was expected');
    return story;
  }

  async function stripRows() {
    const { read, tables: t } = testStore().store;
    return read.select().from(t.breakingNews).orderBy(t.breakingNews.id);
  }

  it('is put up on a published story until its end, and tells every cached page', async () => {
    const leadId = await storyIdOf(LEAD_SLUG);
    const now = new Date();
    const start = await latestContentChangeId();
    await setBreakingNews({ storyId: leadId, endsAt: new Date(now.getTime() + 2 * HOUR_MS) }, editorId, now);
    expect(await changesSince(start)).toEqual([['site']]);
    const lead = await getStoryForEditing(leadId);
    expect(await getCurrentBreakingNews()).toEqual({ slug: LEAD_SLUG, headline: lead?.headline });
    const [row] = await stripRows();
    expect(row).toMatchObject({ articleId: leadId, setAt: now, setBy: editorId, clearedAt: null, clearedBy: null, endRecordedAt: null });
  });

  it('replaces the strip up with a new one, keeping the one it replaced as cleared by whoever replaced it', async () => {
    const leadId = await storyIdOf(LEAD_SLUG);
    const other = await otherPublishedStory();
    const first = new Date();
    await setBreakingNews({ storyId: leadId, endsAt: new Date(first.getTime() + HOUR_MS) }, editorId, first);
    const second = new Date(first.getTime() + 1000);
    await setBreakingNews({ storyId: other.id, endsAt: new Date(second.getTime() + HOUR_MS) }, adminId, second);
    expect(await getCurrentBreakingNews(second)).toEqual({ slug: other.slug, headline: other.headline });
    expect((await stripRows()).map((row) => [row.articleId, row.clearedAt, row.clearedBy])).toEqual([
      [leadId, second, adminId],
      [other.id, null, null],
    ]);
    const desk = await getBreakingNewsDesk(10, second);
    expect(desk.current).toMatchObject({ story: { id: other.id, published: true }, setBy: 'Asha', clearedAt: null });
    expect(desk.history.map((strip) => [strip.story.id, strip.setBy, strip.clearedBy])).toEqual([
      [other.id, 'Asha', null],
      [leadId, 'Meera', 'Asha'],
    ]);
  });

  it('refuses a story that is not published, an end that is past or too far, and a story that is gone, writing nothing', async () => {
    const now = new Date();
    const draft = await saveStory(
      {
        headline: 'A draft that is not out',
        standfirst: 'Not yet.',
        slug: 'a-draft-that-is-not-out',
        body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Draft.' }] }],
        categoryId: 1,
        authorId: 1,
        tagNames: [],
        image: { path: 'articles/none', width: 1600, height: 900, alt: 'None', credit: 'Staff' },
        sourceName: null,
        sourceUrl: null,
        disclaimer: null,
        status: 'draft',
        publishedAt: null,
      },
      editorId,
    );
    const leadId = await storyIdOf(LEAD_SLUG);
    const start = await latestContentChangeId();
    const inAnHour = new Date(now.getTime() + HOUR_MS);
    await expect(setBreakingNews({ storyId: draft.id, endsAt: inAnHour }, editorId, now)).rejects.toThrow(refused('breaking-story-unpublished'));
    await expect(setBreakingNews({ storyId: 999_999, endsAt: inAnHour }, editorId, now)).rejects.toThrow(refused('story-gone'));
    await expect(setBreakingNews({ storyId: leadId, endsAt: now }, editorId, now)).rejects.toThrow(refused('publish-time-past'));
    await expect(setBreakingNews({ storyId: leadId, endsAt: new Date(now.getTime() - 60_000) }, editorId, now)).rejects.toThrow(
      refused('publish-time-past'),
    );
    await expect(setBreakingNews({ storyId: leadId, endsAt: new Date(now.getTime() + 48 * HOUR_MS + 1) }, editorId, now)).rejects.toThrow(
      refused('breaking-end-too-far'),
    );
    expect(await stripRows()).toEqual([]);
    expect(await changesSince(start)).toEqual([]);
    // The longest allowed is allowed.
    await setBreakingNews({ storyId: leadId, endsAt: new Date(now.getTime() + 48 * HOUR_MS) }, editorId, now);
    expect(await getCurrentBreakingNews(now)).not.toBeNull();
  });

  it('is cleared by an editor, once, and an older strip does not come back', async () => {
    const leadId = await storyIdOf(LEAD_SLUG);
    const other = await otherPublishedStory();
    const now = new Date();
    await setBreakingNews({ storyId: leadId, endsAt: new Date(now.getTime() + HOUR_MS) }, editorId, now);
    await setBreakingNews({ storyId: other.id, endsAt: new Date(now.getTime() + HOUR_MS) }, editorId, now);
    const [, newest] = await stripRows();
    if (!newest) throw new Error('The second strip is missing');
    const start = await latestContentChangeId();
    await clearBreakingNews(newest.id, adminId);
    expect(await changesSince(start)).toEqual([['site']]);
    expect(await getCurrentBreakingNews()).toBeNull();
    expect((await getBreakingNewsDesk(10)).current).toBeNull();
    expect((await stripRows()).at(-1)).toMatchObject({ clearedBy: adminId });
    await expect(clearBreakingNews(newest.id, editorId)).rejects.toThrow(refused('breaking-gone'));
    expect(await changesSince(start)).toHaveLength(1);
  });

  it('shows nothing once past its end, and refuses to be cleared then', async () => {
    const now = new Date();
    await setBreakingNews({ storyId: await storyIdOf(LEAD_SLUG), endsAt: new Date(now.getTime() + HOUR_MS) }, editorId, now);
    const [strip] = await stripRows();
    if (!strip) throw new Error('The strip is missing');
    expect(await getCurrentBreakingNews(new Date(now.getTime() + HOUR_MS - 1))).not.toBeNull();
    expect(await getCurrentBreakingNews(new Date(now.getTime() + HOUR_MS))).toBeNull();
    expect((await getBreakingNewsDesk(10, new Date(now.getTime() + HOUR_MS))).current).toBeNull();
    await expect(clearBreakingNews(strip.id, editorId, new Date(now.getTime() + HOUR_MS))).rejects.toThrow(refused('breaking-gone'));
  });

  it('tells the page cache once when its end passes, whichever of several processes notices', async () => {
    const now = new Date();
    const endsAt = new Date(now.getTime() + HOUR_MS);
    await setBreakingNews({ storyId: await storyIdOf(LEAD_SLUG), endsAt }, editorId, now);
    const start = await latestContentChangeId();
    expect(await recordEndedBreakingNews(new Date(endsAt.getTime() - 1))).toBe(false);
    expect(await changesSince(start)).toEqual([]);

    const { store } = testStore();
    // On PostgreSQL a second pool, as another machine has; on SQLite the two calls share the store,
    // whose writer queue runs them one after the other as the write lock runs processes.
    const other = engine === 'postgres' ? await testStore().openAnother() : store;
    let recorded: boolean[];
    try {
      const first = recordEndedBreakingNews(endsAt);
      setProcessStore(other);
      const second = recordEndedBreakingNews(endsAt);
      setProcessStore(store);
      recorded = await Promise.all([first, second]);
    } finally {
      setProcessStore(store);
      if (other !== store) await other.close();
    }
    expect(recorded.filter(Boolean)).toHaveLength(1);
    expect(await changesSince(start)).toEqual([['site']]);
    expect((await stripRows())[0]?.endRecordedAt).toEqual(endsAt);
    expect(await recordEndedBreakingNews(new Date(endsAt.getTime() + HOUR_MS))).toBe(false);
    expect(await changesSince(start)).toHaveLength(1);
  });

  it('records nothing at the end of a strip that was cleared, which told the page cache already', async () => {
    const now = new Date();
    const endsAt = new Date(now.getTime() + HOUR_MS);
    await setBreakingNews({ storyId: await storyIdOf(LEAD_SLUG), endsAt }, editorId, now);
    const [strip] = await stripRows();
    await clearBreakingNews(strip?.id ?? 0, editorId, now);
    const start = await latestContentChangeId();
    expect(await recordEndedBreakingNews(endsAt)).toBe(false);
    expect(await changesSince(start)).toEqual([]);
  });

  it('leaves the pages when its story is unpublished, and comes back with it, telling every page each time', async () => {
    const other = await otherPublishedStory();
    const now = new Date();
    await setBreakingNews({ storyId: other.id, endsAt: new Date(now.getTime() + HOUR_MS) }, editorId, now);
    const story = await getStoryForEditing(other.id);
    if (!story) throw new Error('The story is missing');

    let start = await latestContentChangeId();
    await saveStory({ ...story, status: 'draft', publishedAt: null }, editorId);
    expect(await getCurrentBreakingNews()).toBeNull();
    expect((await changesSince(start))[0]).toContain('site');
    const desk = await getBreakingNewsDesk(10);
    expect(desk.current?.story).toMatchObject({ id: other.id, published: false });

    start = await latestContentChangeId();
    await saveStory({ ...story, status: 'scheduled', publishedAt: new Date(now.getTime() + 60_000) }, editorId);
    expect(await changesSince(start)).toEqual([]);
    await publishDueStories(new Date(now.getTime() + 60_000));
    expect(await getCurrentBreakingNews()).toEqual({ slug: other.slug, headline: other.headline });
    expect((await changesSince(start))[0]).toContain('site');
  });

  it('tells every page when its story’s headline or address changes, and only the story’s pages for other edits', async () => {
    const other = await otherPublishedStory();
    const now = new Date();
    await setBreakingNews({ storyId: other.id, endsAt: new Date(now.getTime() + HOUR_MS) }, editorId, now);
    const story = await getStoryForEditing(other.id);
    if (!story) throw new Error('The story is missing');

    let start = await latestContentChangeId();
    await saveStory({ ...story, standfirst: `${story.standfirst} More.` }, editorId);
    expect((await changesSince(start))[0]).not.toContain('site');

    start = await latestContentChangeId();
    await saveStory({ ...story, headline: 'A headline the strip must show' }, editorId);
    expect((await changesSince(start))[0]).toContain('site');
    expect(await getCurrentBreakingNews()).toEqual({ slug: other.slug, headline: 'A headline the strip must show' });

    start = await latestContentChangeId();
    await saveStory({ ...story, headline: 'A headline the strip must show', slug: `${other.slug}-moved` }, editorId);
    expect((await changesSince(start))[0]).toContain('site');
    expect(await getCurrentBreakingNews()).toEqual({ slug: `${other.slug}-moved`, headline: 'A headline the strip must show' });

    // Another story's edit, or the story's once the strip is down, reaches only that story's pages.
    const lead = await getStoryForEditing(await storyIdOf(LEAD_SLUG));
    if (!lead) throw new Error('The lead story is missing');
    start = await latestContentChangeId();
    await saveStory({ ...lead, headline: `${lead.headline} ` }, editorId);
    expect((await changesSince(start))[0]).not.toContain('site');
    await saveStory(lead, editorId);
    await clearBreakingNews((await stripRows())[0]?.id ?? 0, editorId);
    start = await latestContentChangeId();
    await saveStory({ ...story }, editorId);
    expect((await changesSince(start))[0]).not.toContain('site');
  });

  it('offers only published stories to lead to, most recently changed first', async () => {
    const choices = await listBreakingNewsChoices(100);
    const { read, tables: t } = testStore().store;
    const published = await read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.status, 'published'));
    expect(new Set(choices.map((choice) => choice.id))).toEqual(new Set(published.map((story) => story.id)));
    expect(await listBreakingNewsChoices(3)).toHaveLength(3);
  });
});
