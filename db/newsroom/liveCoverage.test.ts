import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../../lib/articleBody';
import type { Refused } from '../../lib/newsroom/refusals';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { addLivePost, closeLiveCoverage, editLivePost, openLiveCoverage, pinLivePost, removeLivePost, setLiveSummary } from './liveCoverage';

const STORY = 'kudankulam-expansion-anchors-india-russia-nuclear-ties-as-sector-opens-up';
const EDITOR_ID = 1;
const refused = (refusal: Refused['refusal']) => expect.objectContaining({ name: 'Refused', refusal });
const words = (text: string): ArticleBody => [{ type: 'paragraph', content: [{ type: 'text', text }] }];

describe.each(TEST_ENGINES)('the live desk on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function storyId(): Promise<number> {
    const { read, tables: t } = testStore().store;
    const [row] = await read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, STORY));
    if (!row) throw new Error('The demo story is missing');
    return row.id;
  }

  async function coverage() {
    const { read, tables: t } = testStore().store;
    const [row] = await read.select().from(t.liveCoverage).where(eq(t.liveCoverage.articleId, await storyId()));
    return row;
  }

  it('opens coverage once, and each post, edit, pin and summary tells the page cache of the story', async () => {
    const id = await storyId();
    const start = await latestContentChangeId();
    await openLiveCoverage(id, 'Reactor 3 is loading fuel.', new Date('2026-11-30T06:00:00Z'));
    await expect(openLiveCoverage(id, 'Again.')).rejects.toEqual(refused('live-open-already'));
    const first = await addLivePost(id, { body: words('Fuel loading began at dawn.'), keyEvent: 'Fuel loading begins' }, EDITOR_ID, new Date('2026-11-30T06:05:00Z'));
    const second = await addLivePost(id, { body: words('Officials expect it to take a week.'), keyEvent: null }, EDITOR_ID, new Date('2026-11-30T06:10:00Z'));
    await editLivePost(second, { body: words('Officials expect it to take ten days.'), keyEvent: null }, new Date('2026-11-30T06:12:00Z'));
    await pinLivePost(id, first);
    await setLiveSummary(id, 'Reactor 3 is loading fuel.\nLoading should take ten days.');
    const changes = (await listContentChangesAfter(start)).map((change) => change.tags);
    expect(changes).toHaveLength(6);
    for (const tags of changes) expect(tags).toContain(`story:${STORY}`);
    expect(await coverage()).toMatchObject({ pinnedPostId: first, summary: 'Reactor 3 is loading fuel.\nLoading should take ten days.', endedAt: null });
    const { read, tables: t } = testStore().store;
    const [edited] = await read.select().from(t.livePosts).where(eq(t.livePosts.id, second));
    expect(edited).toMatchObject({ editedAt: new Date('2026-11-30T06:12:00Z'), postedAt: new Date('2026-11-30T06:10:00Z'), postedBy: EDITOR_ID });
  });

  it('pins only a post of the same coverage, and a removed post takes its pin with it', async () => {
    const id = await storyId();
    const { read, tables: t } = testStore().store;
    const [other] = await read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack'));
    if (!other) throw new Error('The anchor story is missing');
    await openLiveCoverage(other.id, 'Elsewhere.');
    const elsewhere = await addLivePost(other.id, { body: words('Elsewhere.'), keyEvent: null }, EDITOR_ID);
    await expect(pinLivePost(id, elsewhere)).rejects.toEqual(refused('live-post-gone'));
    const pinned = (await coverage())?.pinnedPostId;
    if (!pinned) throw new Error('No post is pinned');
    await removeLivePost(pinned);
    expect((await coverage())?.pinnedPostId).toBeNull();
    await expect(removeLivePost(pinned)).rejects.toEqual(refused('live-post-gone'));
  });

  it('takes no post once closed, and refuses a post to a story without coverage, storing nothing', async () => {
    const id = await storyId();
    await closeLiveCoverage(id, new Date('2026-11-30T09:00:00Z'));
    expect((await coverage())?.endedAt).toEqual(new Date('2026-11-30T09:00:00Z'));
    const { read, tables: t } = testStore().store;
    const before = await read.select().from(t.livePosts);
    await expect(addLivePost(id, { body: words('Too late.'), keyEvent: null }, EDITOR_ID)).rejects.toEqual(refused('live-closed'));
    await expect(closeLiveCoverage(id)).rejects.toEqual(refused('live-closed'));
    const [plain] = await read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, 'rupee-rouble-payments-remain-a-work-in-progress-as-banks-tread-carefully'));
    if (!plain) throw new Error('The demo story is missing');
    await expect(addLivePost(plain.id, { body: words('No coverage.'), keyEvent: null }, EDITOR_ID)).rejects.toEqual(refused('live-not-open'));
    expect(await read.select().from(t.livePosts)).toEqual(before);
  });
});
