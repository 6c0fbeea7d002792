import { and, desc, eq } from 'drizzle-orm';
import { recordContentChange } from '../contentChanges';
import { processStore } from '../processDatabase';
import { storyNoteTags } from '../../lib/contentTags';
import { Refused } from '../../lib/newsroom/refusals';
import type { CheckedStoryNote } from '../../lib/newsroom/storyNoteForm';
import type { StoryNoteKind } from '../../lib/storyNotes';
import { listedAs, readStory } from './stories';

/*
 * Corrections, clarifications and updates, appended to published stories by editors. There is no
 * way here to change or remove a note: a note is put right by a later one that supersedes it, and
 * both are kept, so the record of what readers were told stays whole.
 */

/**
 * Appends `note` to a published story, in one transaction: the note, the story's "Updated" time,
 * and the page cache's note of what changed. Refused when the story is not published, or the note
 * to supersede is not one of its notes in force.
 */
export async function appendStoryNote(articleId: number, note: CheckedStoryNote, writtenBy: number | null, now = new Date()): Promise<number> {
  const store = await processStore();
  return store.write(async (tx, t) => {
    const story = await readStory(tx, t, articleId);
    if (!story) throw new Refused('story-gone');
    if (story.status !== 'published') throw new Refused('note-story-unpublished');
    if (note.supersedes !== null) {
      const [earlier] = await tx
        .select({ id: t.storyNotes.id })
        .from(t.storyNotes)
        .where(and(eq(t.storyNotes.id, note.supersedes), eq(t.storyNotes.articleId, articleId)))
        .limit(1);
      if (!earlier) throw new Refused('note-unknown');
      const [later] = await tx.select({ id: t.storyNotes.id }).from(t.storyNotes).where(eq(t.storyNotes.supersedes, earlier.id)).limit(1);
      if (later) throw new Refused('note-superseded-already');
    }
    const [appended] = await tx
      .insert(t.storyNotes)
      .values({ articleId, kind: note.kind, text: note.text, writtenAt: now, writtenBy, supersedes: note.supersedes })
      .returning({ id: t.storyNotes.id });
    if (!appended) throw new Error(`The note on story ${articleId} could not be stored.`);
    await tx.update(t.articles).set({ updatedAt: now, modifiedAt: now }).where(eq(t.articles.id, articleId));
    await recordContentChange(tx, t, storyNoteTags(await listedAs(tx, t, story)));
    return appended.id;
  });
}

/** A note as the newsroom shows it: in force or not, with who wrote it. */
export interface StoryNoteRecord {
  id: number;
  kind: StoryNoteKind;
  text: string;
  writtenAt: Date;
  /** Null once their account is gone, or for a note written by a tool. */
  writtenBy: string | null;
  supersedes: number | null;
  /** The later note that replaced this one for readers, or null while it is in force. */
  supersededBy: number | null;
}

/** Every note of a story, newest first, whether in force or superseded. */
export async function listStoryNotesForEditing(articleId: number): Promise<StoryNoteRecord[]> {
  const { read, tables: t } = await processStore();
  const rows = await read
    .select({
      id: t.storyNotes.id,
      kind: t.storyNotes.kind,
      text: t.storyNotes.text,
      writtenAt: t.storyNotes.writtenAt,
      writtenBy: t.staff.name,
      supersedes: t.storyNotes.supersedes,
    })
    .from(t.storyNotes)
    .leftJoin(t.staff, eq(t.staff.id, t.storyNotes.writtenBy))
    .where(eq(t.storyNotes.articleId, articleId))
    .orderBy(desc(t.storyNotes.writtenAt), desc(t.storyNotes.id));
  const replacedBy = new Map(rows.flatMap((row) => (row.supersedes === null ? [] : [[row.supersedes, row.id] as const])));
  return rows.map((row) => ({ ...row, supersededBy: replacedBy.get(row.id) ?? null }));
}
