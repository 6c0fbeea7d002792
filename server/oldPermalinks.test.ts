import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestDatabase } from '../db/testing/testDatabase';
import { articlePath } from '../lib/paths';
import { oldPermalinkTarget } from './oldPermalinks';

const testDb = setUpTestDatabase();
const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';

describe('oldPermalinkTarget', () => {
  beforeAll(() => {
    const { sqlite } = testDb();
    const anchorId = sqlite.prepare('select id from articles where slug = ?').pluck().get(ANCHOR_SLUG);
    if (typeof anchorId !== 'number') throw new Error('The demo content has no anchor story');
    const redirect = sqlite.prepare('insert into article_redirects (path, article_id) values (?, ?)');
    redirect.run('/2024/03/14/russia-offers-to-mediate', anchorId);
    redirect.run('/?p=101', anchorId);
  });

  it('sends an imported story’s old address to its page', () => {
    expect(oldPermalinkTarget('GET', '/2024/03/14/russia-offers-to-mediate/')).toBe(articlePath(ANCHOR_SLUG, 'desktop'));
    expect(oldPermalinkTarget('HEAD', '/?p=101')).toBe(articlePath(ANCHOR_SLUG, 'desktop'));
    expect(oldPermalinkTarget('GET', '/2024/03/14/no-such-story')).toBeNull();
    expect(oldPermalinkTarget('POST', '/2024/03/14/russia-offers-to-mediate')).toBeNull();
  });

  it('looks up no address of ours', () => {
    for (const ours of ['/', '/?q=x', '/article/x', '/tag/x/page/2', '/search?q=x', '/m/article/x', '/newsroom/login', '/feed.xml', '/images/x.webp', '/healthz']) {
      expect(oldPermalinkTarget('GET', ours), ours).toBeNull();
    }
    expect(testDb().statements).toEqual([]);
  });
});
