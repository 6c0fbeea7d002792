import { and, desc, eq, gt, gte, inArray, lt, sql, sum } from 'drizzle-orm';
import { recordContentChange } from './contentChanges';
import { processStore } from './processDatabase';
import { MOST_READ_TAG } from '../lib/contentTags';
import { MOST_READ_LENGTH, MOST_READ_WINDOW_MS, READ_PERIOD_MS } from '../lib/mostRead';
import { isPublished } from './publishedStories';

/*
 * The reads behind "Most read" (lib/mostRead.ts): added up by the server processes and written
 * here a few times a minute, then turned into the list pages show. The list is kept as its own
 * rows so that pages read it with one small query, and so that a change to it, and only a change,
 * tells the page cache to draw the pages that show it again.
 */

/**
 * Adds reads counted in one period (story id → reads) to the stored counts, in one transaction.
 * Reads of a story that does not exist, or is not published, are dropped: a beacon's address is
 * whatever the client asked for.
 */
export async function addStoryReads(reads: ReadonlyMap<number, number>, periodStart: Date): Promise<void> {
  if (reads.size === 0) return;
  const store = await processStore();
  await store.write(async (tx, t) => {
    const published = await tx
      .select({ id: t.articles.id })
      .from(t.articles)
      .where(and(inArray(t.articles.id, [...reads.keys()]), isPublished(t)));
    const rows = published.map(({ id }) => ({ articleId: id, periodStart, reads: reads.get(id) ?? 0 }));
    if (rows.length === 0) return;
    await tx
      .insert(t.storyReads)
      .values(rows)
      .onConflictDoUpdate({
        target: [t.storyReads.articleId, t.storyReads.periodStart],
        set: { reads: sql`${t.storyReads.reads} + excluded.reads` },
      });
  });
}

/** The list as pages show it: each story's id, address, headline and reads, by position. */
type ReadList = { articleId: number; slug: string; headline: string; reads: number }[];

const sameList = (a: ReadList, b: ReadList) =>
  a.length === b.length && a.every((entry, index) => entry.articleId === b[index]?.articleId && entry.slug === b[index].slug && entry.headline === b[index].headline);

/**
 * Works the list out again from the reads of the last MOST_READ_WINDOW_MS: the published stories
 * read most, most first (ties to the newer story). When its stories, their order, or a listed
 * story's address or headline differ from the stored list, stores it and tells the page cache, in
 * one transaction; returns whether it changed. Every server process calls this every minute: a
 * second process finding the same list changes nothing. Counts older than the window go on the way.
 */
export async function refreshMostRead(now = new Date()): Promise<boolean> {
  const store = await processStore();
  return store.write(async (tx, t) => {
    const windowStart = new Date(now.getTime() - MOST_READ_WINDOW_MS);
    // Only whole periods inside the window: one that began before it would hold reads older than a day.
    const firstPeriod = new Date(Math.ceil(windowStart.getTime() / READ_PERIOD_MS) * READ_PERIOD_MS);
    await tx.delete(t.storyReads).where(lt(t.storyReads.periodStart, firstPeriod));
    const readsInWindow = sum(t.storyReads.reads).mapWith(Number);
    const counted = await tx
      .select({ articleId: t.storyReads.articleId, slug: t.articles.slug, headline: t.articles.headline, reads: readsInWindow })
      .from(t.storyReads)
      .innerJoin(t.articles, eq(t.articles.id, t.storyReads.articleId))
      .where(and(gte(t.storyReads.periodStart, firstPeriod), isPublished(t)))
      .groupBy(t.storyReads.articleId, t.articles.slug, t.articles.headline, t.articles.publishedAt)
      .orderBy(desc(readsInWindow), desc(t.articles.publishedAt), desc(t.storyReads.articleId))
      .limit(MOST_READ_LENGTH);
    const stored = await tx
      .select({ articleId: t.mostReadStories.articleId, slug: t.mostReadStories.slug, headline: t.mostReadStories.headline, reads: t.mostReadStories.reads })
      .from(t.mostReadStories)
      .orderBy(t.mostReadStories.position);
    if (sameList(counted, stored)) return false;
    if (counted.length > 0) {
      await tx
        .insert(t.mostReadStories)
        .values(counted.map((entry, index) => ({ position: index + 1, ...entry })))
        .onConflictDoUpdate({
          target: t.mostReadStories.position,
          set: { articleId: sql`excluded.article_id`, slug: sql`excluded.slug`, headline: sql`excluded.headline`, reads: sql`excluded.reads` },
        });
    }
    await tx.delete(t.mostReadStories).where(gt(t.mostReadStories.position, counted.length));
    await recordContentChange(tx, t, [MOST_READ_TAG], now.getTime());
    return true;
  });
}
