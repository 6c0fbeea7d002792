import 'server-only';
import { and, count, desc, eq, isNotNull, notInArray } from 'drizzle-orm';
import { processStore } from '../processDatabase';
import type { ReadHandle, Tables } from '../store';
import type { ListedStoryNote, StoryNote, StoryNotePage } from '../../lib/content';
import { pageCount } from '../../lib/pageNumber';
import { isPublished } from '../publishedStories';

/*
 * Readers' view of the notes appended to stories: those still in force (a note superseded by a
 * later one is kept for the record, and shown only in the newsroom), on published stories only.
 */

/** Notes in force: none of them has been superseded by a later note. */
function inForce(read: ReadHandle, t: Tables) {
  return notInArray(t.storyNotes.id, read.select({ id: t.storyNotes.supersedes }).from(t.storyNotes).where(isNotNull(t.storyNotes.supersedes)));
}

const noteColumns = (t: Tables) => ({ id: t.storyNotes.id, kind: t.storyNotes.kind, text: t.storyNotes.text, writtenAt: t.storyNotes.writtenAt });

/** A story's notes in force, oldest first: read with the story itself (db/queries/articles.ts). */
export async function readNotesInForce(read: ReadHandle, t: Tables, articleId: number): Promise<StoryNote[]> {
  return read
    .select(noteColumns(t))
    .from(t.storyNotes)
    .where(and(eq(t.storyNotes.articleId, articleId), inForce(read, t)))
    .orderBy(t.storyNotes.writtenAt, t.storyNotes.id);
}

function selectListedNotes(read: ReadHandle, t: Tables) {
  return read
    .select({
      ...noteColumns(t),
      slug: t.articles.slug,
      headline: t.articles.headline,
      categorySlug: t.categories.slug,
      categoryName: t.categories.name,
    })
    .from(t.storyNotes)
    .innerJoin(t.articles, eq(t.articles.id, t.storyNotes.articleId))
    .innerJoin(t.categories, eq(t.categories.id, t.articles.categoryId))
    .where(and(isPublished(t), inForce(read, t)))
    .orderBy(desc(t.storyNotes.writtenAt), desc(t.storyNotes.id));
}

type ListedNoteRow = Awaited<ReturnType<typeof selectListedNotes>>[number];

function toListedNote(row: ListedNoteRow): ListedStoryNote {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    writtenAt: row.writtenAt,
    story: { slug: row.slug, headline: row.headline, category: { slug: row.categorySlug, name: row.categoryName } },
  };
}

/**
 * One page of every published story's notes in force, newest first; null for a page past the last
 * (the first page exists while there are none).
 */
export async function listStoryNotePage(page: number, pageSize: number): Promise<StoryNotePage | null> {
  const { read, tables: t } = await processStore();
  const [counted] = await read
    .select({ notes: count() })
    .from(t.storyNotes)
    .innerJoin(t.articles, eq(t.articles.id, t.storyNotes.articleId))
    .where(and(isPublished(t), inForce(read, t)));
  const totalItems = Number(counted?.notes ?? 0);
  const totalPages = pageCount(totalItems, pageSize);
  if (page > totalPages) return null;
  const rows = await selectListedNotes(read, t)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: rows.map(toListedNote), page, totalPages, totalItems };
}

/** The newest notes in force, for the corrections feed. */
export async function listLatestStoryNotes(limit: number): Promise<ListedStoryNote[]> {
  const { read, tables: t } = await processStore();
  const rows = await selectListedNotes(read, t).limit(limit);
  return rows.map(toListedNote);
}
