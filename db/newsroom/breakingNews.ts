import { and, desc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import { SITE_TAG } from '../../lib/contentTags';
import { breakingNewsEndRefusal, isBreakingNewsUp } from '../../lib/newsroom/breakingNews';
import { Refused } from '../../lib/newsroom/refusals';
import type { ArticleStatus } from '../../lib/newsroom/storyStatus';
import { recordContentChange } from '../contentChanges';
import { processStore } from '../processDatabase';
import type { ReadHandle, Tables, WriteHandle } from '../store';

/*
 * The newsroom's writes to the breaking-news strip, and what it reads of it. Each change is one
 * transaction with its note to the page cache. Readers see the newest strip put up, while it lasts
 * and while its story is published (db/queries/breakingNews.ts).
 */

/**
 * What a change to the strip tells the page cache. The strip is on every public page, and SITE_TAG
 * is the one tag every cached page carries: every page is rendered again, in both versions.
 */
const STRIP_CHANGE_TAGS: readonly string[] = [SITE_TAG];

/** The newest strip put up: the only one readers may see, since each replaces the last. */
async function newestStrip(db: ReadHandle | WriteHandle, t: Tables) {
  const [newest] = await db
    .select({
      id: t.breakingNews.id,
      articleId: t.breakingNews.articleId,
      endsAt: t.breakingNews.endsAt,
      clearedAt: t.breakingNews.clearedAt,
      endRecordedAt: t.breakingNews.endRecordedAt,
    })
    .from(t.breakingNews)
    .orderBy(desc(t.breakingNews.id))
    .limit(1);
  return newest ?? null;
}

/**
 * Puts the strip up on story `storyId` until `endsAt`, in place of the one up, which is recorded as
 * taken down by `setBy`. Throws Refused when the end is past or too far ahead
 * (lib/newsroom/breakingNews.ts), when there is no such story, or when it is not published.
 */
export async function setBreakingNews(strip: { storyId: number; endsAt: Date }, setBy: number, now = new Date()): Promise<void> {
  const refusal = breakingNewsEndRefusal(strip.endsAt, now);
  if (refusal) throw new Refused(refusal);
  const store = await processStore();
  await store.write(async (tx, t) => {
    const [story] = await tx.select({ status: t.articles.status }).from(t.articles).where(eq(t.articles.id, strip.storyId)).limit(1);
    if (!story) throw new Refused('story-gone');
    if (story.status !== 'published') throw new Refused('breaking-story-unpublished');
    await tx
      .update(t.breakingNews)
      .set({ clearedAt: now, clearedBy: setBy })
      .where(and(isNull(t.breakingNews.clearedAt), gt(t.breakingNews.endsAt, now)));
    await tx.insert(t.breakingNews).values({ articleId: strip.storyId, setAt: now, setBy, endsAt: strip.endsAt });
    await recordContentChange(tx, t, STRIP_CHANGE_TAGS);
  });
}

/** Takes strip `stripId` down before its end. Throws Refused ('breaking-gone') when it has ended or been taken down already. */
export async function clearBreakingNews(stripId: number, clearedBy: number, now = new Date()): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    const cleared = await tx
      .update(t.breakingNews)
      .set({ clearedAt: now, clearedBy })
      .where(and(eq(t.breakingNews.id, stripId), isNull(t.breakingNews.clearedAt), gt(t.breakingNews.endsAt, now)))
      .returning({ id: t.breakingNews.id });
    if (cleared.length === 0) throw new Refused('breaking-gone');
    await recordContentChange(tx, t, STRIP_CHANGE_TAGS);
  });
}

/**
 * Tells the page cache, once, that the strip's end has passed, so cached pages drop it; returns
 * whether this call did. Every server process, on every machine, calls this every few seconds: the
 * strip is claimed by a conditional update (its end not yet recorded), which only one transaction
 * can make, and only the claimant records the change.
 */
export async function recordEndedBreakingNews(now = new Date()): Promise<boolean> {
  const store = await processStore();
  // Most calls find nothing ended: they read, without waiting for the writer (SQLite) or a transaction.
  const newest = await newestStrip(store.read, store.tables);
  if (!newest || newest.clearedAt !== null || newest.endRecordedAt !== null || newest.endsAt > now) return false;
  return store.write(async (tx, t) => {
    const claimed = await tx
      .update(t.breakingNews)
      .set({ endRecordedAt: now })
      .where(
        and(
          eq(t.breakingNews.id, newest.id),
          isNull(t.breakingNews.clearedAt),
          isNull(t.breakingNews.endRecordedAt),
          lte(t.breakingNews.endsAt, now),
        ),
      )
      .returning({ id: t.breakingNews.id });
    if (claimed.length === 0) return false;
    await recordContentChange(tx, t, STRIP_CHANGE_TAGS);
    return true;
  });
}

/** What the strip shows of its story. */
export interface StoryOnStrip {
  status: ArticleStatus;
  headline: string;
  slug: string;
}

/**
 * The tags a change to story `storyId` adds for the strip, in the change's own transaction: every
 * page's, when the strip is up on that story and the change alters what the strip shows (the
 * headline, the address, or whether the story is published, which decides whether the strip shows
 * at all). `before` is null for a story no reader could see. Any other edit of the story leaves the
 * pages that only show it in the strip cached.
 */
export async function breakingNewsTagsForStoryChange(
  tx: WriteHandle,
  t: Tables,
  storyId: number,
  before: StoryOnStrip | null,
  after: StoryOnStrip,
  now = new Date(),
): Promise<readonly string[]> {
  const published = (story: StoryOnStrip | null) => story?.status === 'published';
  if (before && published(before) === published(after) && before.headline === after.headline && before.slug === after.slug) return [];
  const newest = await newestStrip(tx, t);
  return newest?.articleId === storyId && isBreakingNewsUp(newest, now) ? STRIP_CHANGE_TAGS : [];
}

/** A strip as the newsroom lists it. */
export interface BreakingNewsEntry {
  id: number;
  story: { id: number; slug: string; headline: string; published: boolean };
  setAt: Date;
  /** Who put it up: null once their account is gone. */
  setBy: string | null;
  endsAt: Date;
  clearedAt: Date | null;
  clearedBy: string | null;
}

/**
 * The strip up now (null when none is; its story may have been unpublished since), and the
 * latest `historyLength` strips put up, the one up now included, newest first.
 */
export async function getBreakingNewsDesk(historyLength: number, now = new Date()): Promise<{ current: BreakingNewsEntry | null; history: BreakingNewsEntry[] }> {
  const { read, tables: t } = await processStore();
  const rows = await read
    .select({
      id: t.breakingNews.id,
      storyId: t.articles.id,
      slug: t.articles.slug,
      headline: t.articles.headline,
      status: t.articles.status,
      setAt: t.breakingNews.setAt,
      setBy: t.breakingNews.setBy,
      endsAt: t.breakingNews.endsAt,
      clearedAt: t.breakingNews.clearedAt,
      clearedBy: t.breakingNews.clearedBy,
    })
    .from(t.breakingNews)
    // Fixes the join's order on SQLite, from the latest strips to their stories, however many stories there are.
    .crossJoin(t.articles)
    .where(eq(t.articles.id, t.breakingNews.articleId))
    .orderBy(desc(t.breakingNews.id))
    .limit(historyLength);
  const staffIds = [...new Set(rows.flatMap((row) => [row.setBy, row.clearedBy]).filter((id) => id !== null))];
  const names = new Map(
    staffIds.length === 0
      ? []
      : (await read.select({ id: t.staff.id, name: t.staff.name }).from(t.staff).where(inArray(t.staff.id, staffIds))).map((member) => [member.id, member.name]),
  );
  const nameOf = (id: number | null) => (id === null ? null : (names.get(id) ?? null));
  const history = rows.map((row) => ({
    id: row.id,
    story: { id: row.storyId, slug: row.slug, headline: row.headline, published: row.status === 'published' },
    setAt: row.setAt,
    setBy: nameOf(row.setBy),
    endsAt: row.endsAt,
    clearedAt: row.clearedAt,
    clearedBy: nameOf(row.clearedBy),
  }));
  const [newest] = history;
  return { current: newest && isBreakingNewsUp(newest, now) ? newest : null, history };
}

/** The published stories a strip may lead to, most recently changed first. */
export async function listBreakingNewsChoices(limit: number): Promise<{ id: number; headline: string }[]> {
  const { read, tables: t } = await processStore();
  return read
    .select({ id: t.articles.id, headline: t.articles.headline })
    .from(t.articles)
    .where(eq(t.articles.status, 'published'))
    .orderBy(desc(t.articles.modifiedAt), desc(t.articles.id))
    .limit(limit);
}
