import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../../lib/articleBody';
import { addLivePost, closeLiveCoverage, editLivePost, openLiveCoverage, pinLivePost } from '../newsroom/liveCoverage';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { getLiveDesk, storyOfLivePost } from './liveDesk';

const STORY = 'rupee-ends-april-stronger-as-foreign-investors-return';
const OTHER_STORY = 'north-south-transport-corridor-gains-momentum-as-russia-and-iran-push-rail-link';
const words = (text: string): ArticleBody => [{ type: 'paragraph', content: [{ type: 'text', text }] }];

describe.each(TEST_ENGINES)('the live desk’s read on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function idOf(slug: string): Promise<number> {
    const { read, tables: t } = testStore().store;
    const [row] = await read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, slug));
    if (!row) throw new Error(`The demo story ${slug} is missing`);
    return row.id;
  }

  async function editorId(): Promise<number> {
    const { read, tables: t } = testStore().store;
    const [row] = await read.select({ id: t.staff.id }).from(t.staff).where(eq(t.staff.email, 'editor@nationexpress.test'));
    if (!row) throw new Error('The demo editor is missing');
    return row.id;
  }

  it('finds nothing for a story without coverage', async () => {
    expect(await getLiveDesk(await idOf(STORY))).toBeNull();
  });

  it('reads the coverage and every post, newest first, with who posted each, and its own story’s alone', async () => {
    const id = await idOf(STORY);
    const other = await idOf(OTHER_STORY);
    const editor = await editorId();
    await openLiveCoverage(id, 'Markets open.\nThe rupee gains.', new Date('2026-11-30T03:00:00Z'));
    await openLiveCoverage(other, 'Elsewhere.');
    const first = await addLivePost(id, { body: words('Trading begins.'), keyEvent: 'Markets open' }, editor, new Date('2026-11-30T03:45:00Z'));
    const second = await addLivePost(id, { body: words('The rupee is up.'), keyEvent: null }, null, new Date('2026-11-30T04:00:00Z'));
    await addLivePost(other, { body: words('Not this story’s.'), keyEvent: null }, editor);
    await editLivePost(first, { body: words('Trading began on time.'), keyEvent: 'Markets open' }, new Date('2026-11-30T04:10:00Z'));
    await pinLivePost(id, first);
    await closeLiveCoverage(id, new Date('2026-11-30T10:00:00Z'));

    expect(await getLiveDesk(id)).toEqual({
      startedAt: new Date('2026-11-30T03:00:00Z'),
      endedAt: new Date('2026-11-30T10:00:00Z'),
      summary: 'Markets open.\nThe rupee gains.',
      pinnedPostId: first,
      posts: [
        { id: second, body: words('The rupee is up.'), postedAt: new Date('2026-11-30T04:00:00Z'), editedAt: null, keyEvent: null, postedBy: null },
        {
          id: first,
          body: words('Trading began on time.'),
          postedAt: new Date('2026-11-30T03:45:00Z'),
          editedAt: new Date('2026-11-30T04:10:00Z'),
          keyEvent: 'Markets open',
          postedBy: 'Ananya Rao',
        },
      ],
    });
    expect(await storyOfLivePost(second)).toBe(id);
    expect(await storyOfLivePost(second + 1000)).toBeNull();
  });

});

// EXPLAIN QUERY PLAN and its index names are SQLite's own.
describe('the live desk’s read plan on sqlite', () => {
  const testStore = setUpTestStore('sqlite');

  it('reads a story’s posts through the index on the story', async () => {
    const { store, statements } = testStore();
    if (store.engine !== 'sqlite') throw new Error('a SQLite store was expected');
    await getLiveDesk(1);
    const posts = statements.find(({ query }) => /from "live_posts"/.test(query));
    if (!posts) throw new Error('The posts were not read');
    const plan = store.reader.$client.prepare(`EXPLAIN QUERY PLAN ${posts.query}`).all(...(posts.params as (string | number | null)[])) as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toContain('live_posts_article_idx');
  });
});
