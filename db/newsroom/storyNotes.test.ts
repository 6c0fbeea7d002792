import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { getPublishedArticleBySlug } from '../queries/articles';
import { listLatestStoryNotes, listStoryNotePage } from '../queries/storyNotes';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import type { Refused } from '../../lib/newsroom/refusals';
import { appendStoryNote, listStoryNotesForEditing } from './storyNotes';

const EDITOR_ID = 1;
const STORY = 'russian-crude-holds-top-spot-in-indias-imports-despite-sanctions-squeeze';
const refused = (refusal: Refused['refusal']) => expect.objectContaining({ name: 'Refused', refusal });

describe.each(TEST_ENGINES)('story notes on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function storyId(slug: string): Promise<number> {
    const { read, tables: t } = testStore().store;
    const [row] = await read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, slug));
    if (!row) throw new Error(`There is no story ${slug}`);
    return row.id;
  }

  it('appends a correction: shown at the story’s end, its "Updated" time set, and the story, feeds and corrections page dropped', async () => {
    const id = await storyId(STORY);
    const start = await latestContentChangeId();
    const when = new Date('2026-11-30T06:00:00Z');
    const noteId = await appendStoryNote(id, { kind: 'correction', text: 'The share was a third, not a half.', supersedes: null }, EDITOR_ID, when);
    const article = await getPublishedArticleBySlug(STORY);
    expect(article?.notes).toEqual([{ id: noteId, kind: 'correction', text: 'The share was a third, not a half.', writtenAt: when }]);
    expect(article?.updatedAt).toEqual(when);
    expect(article?.modifiedAt).toEqual(when);
    const changes = (await listContentChangesAfter(start)).map((change) => [...change.tags].sort());
    expect(changes).toEqual([['corrections', 'feeds', 'sitemaps', `story:${STORY}`]]);
  });

  it('lists notes in force newest first on the corrections page and feed, with their stories', async () => {
    const page = await listStoryNotePage(1, 2);
    expect(page?.items[0]).toMatchObject({ kind: 'correction', text: 'The share was a third, not a half.', story: { slug: STORY, category: { slug: 'india-russia' } } });
    const all = await listLatestStoryNotes(50);
    expect(all.map((note) => note.writtenAt.getTime())).toEqual([...all.map((note) => note.writtenAt.getTime())].sort((a, b) => b - a));
    // The demo content's three notes, and the one just added.
    expect(all).toHaveLength(4);
    expect(page?.totalItems).toBe(4);
    expect(page?.totalPages).toBe(2);
    expect(await listStoryNotePage(3, 2)).toBeNull();
  });

  it('puts a note right with a later one: the earlier is kept for the newsroom, and readers see the later only', async () => {
    const id = await storyId(STORY);
    const [earlier] = await listStoryNotesForEditing(id);
    if (!earlier) throw new Error('The note is missing');
    const laterId = await appendStoryNote(id, { kind: 'correction', text: 'The share was a third, not a quarter.', supersedes: earlier.id }, EDITOR_ID, new Date('2026-11-30T07:00:00Z'));
    expect((await getPublishedArticleBySlug(STORY))?.notes.map((note) => note.id)).toEqual([laterId]);
    expect((await listLatestStoryNotes(50)).map((note) => note.id)).not.toContain(earlier.id);
    const record = await listStoryNotesForEditing(id);
    expect(record.map((note) => [note.id, note.supersedes, note.supersededBy])).toEqual([
      [laterId, earlier.id, null],
      [earlier.id, null, laterId],
    ]);
    expect(record[0]?.writtenBy).toBe('Demo Admin');

    await expect(appendStoryNote(id, { kind: 'update', text: 'Again.', supersedes: earlier.id }, EDITOR_ID)).rejects.toEqual(refused('note-superseded-already'));
  });

  it('refuses a note on a story that is not published, or replacing another story’s note, and stores nothing', async () => {
    const { read, tables: t } = testStore().store;
    const other = await storyId('rupee-rouble-payments-remain-a-work-in-progress-as-banks-tread-carefully');
    const [othersNote] = await listStoryNotesForEditing(other);
    if (!othersNote) throw new Error('The demo correction is missing');
    const before = await read.select().from(t.storyNotes);
    const changesBefore = await latestContentChangeId();

    await expect(appendStoryNote(await storyId(STORY), { kind: 'update', text: 'Wrong story.', supersedes: othersNote.id }, EDITOR_ID)).rejects.toEqual(refused('note-unknown'));
    await testStore().store.write((tx, tt) => tx.update(tt.articles).set({ status: 'draft' }).where(eq(tt.articles.id, other)));
    try {
      await expect(appendStoryNote(other, { kind: 'update', text: 'Unpublished.', supersedes: null }, EDITOR_ID)).rejects.toEqual(refused('note-story-unpublished'));
      // Nor do readers see the notes of a story that is not published.
      expect((await listLatestStoryNotes(50)).map((note) => note.id)).not.toContain(othersNote.id);
    } finally {
      await testStore().store.write((tx, tt) => tx.update(tt.articles).set({ status: 'published' }).where(eq(tt.articles.id, other)));
    }
    await expect(appendStoryNote(999_999, { kind: 'update', text: 'No story.', supersedes: null }, EDITOR_ID)).rejects.toEqual(refused('story-gone'));
    expect(await read.select().from(t.storyNotes)).toEqual(before);
    expect(await latestContentChangeId()).toBe(changesBefore);
  });

  it('has the database refuse a kind of note it does not know, keeping nothing', async () => {
    const { read, tables: t } = testStore().store;
    const before = await read.select().from(t.storyNotes);
    // The form checks the kind; the database's own check stops one that slips past.
    await expect(appendStoryNote(await storyId(STORY), { kind: 'retraction' as never, text: 'Unknown kind.', supersedes: null }, EDITOR_ID)).rejects.toThrow();
    expect(await read.select().from(t.storyNotes)).toEqual(before);
  });
});
