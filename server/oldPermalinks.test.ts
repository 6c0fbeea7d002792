import { beforeAll, describe, expect, it } from 'vitest';
import { getPublishedArticleBySlug } from '../db/queries/articles';
import { setUpTestStore, TEST_ENGINES } from '../db/testing/testStore';
import { articlePath } from '../lib/paths';
import { oldPermalinkTarget } from './oldPermalinks';

const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';

describe.each(TEST_ENGINES)('oldPermalinkTarget on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  beforeAll(async () => {
    const anchor = await getPublishedArticleBySlug(ANCHOR_SLUG);
    if (!anchor) throw new Error('The demo content has no anchor story');
    await testStore().store.write(async (tx, t) => {
      await tx.insert(t.articleRedirects).values([
        { path: '/2024/03/14/russia-offers-to-mediate', articleId: anchor.id },
        { path: '/?p=101', articleId: anchor.id },
      ]);
    });
  });

  it('sends an imported story’s old address to its page', async () => {
    expect(await oldPermalinkTarget('GET', '/2024/03/14/russia-offers-to-mediate/')).toBe(articlePath(ANCHOR_SLUG, 'desktop'));
    expect(await oldPermalinkTarget('HEAD', '/?p=101')).toBe(articlePath(ANCHOR_SLUG, 'desktop'));
    expect(await oldPermalinkTarget('GET', '/2024/03/14/no-such-story')).toBeNull();
    expect(await oldPermalinkTarget('POST', '/2024/03/14/russia-offers-to-mediate')).toBeNull();
  });

  it('looks up no address of ours', async () => {
    for (const ours of ['/', '/?q=x', '/article/x', '/tag/x/page/2', '/search?q=x', '/m/article/x', '/newsroom/login', '/feed.xml', '/images/x.webp', '/healthz']) {
      expect(await oldPermalinkTarget('GET', ours), ours).toBeNull();
    }
    expect(testStore().statements).toEqual([]);
  });
});
