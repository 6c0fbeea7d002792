import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../lib/seededRandom';
import {
  cacheShares,
  everyAddress,
  HOME_SHARE,
  nginxCacheOutcomes,
  PHONE_DESKTOP_ADDRESS_SHARE,
  PHONE_SHARE,
  READ_STORIES,
  readerRequestPlanner,
  SECTION_SHARE,
  summariseTimes,
  zipfRanks,
  type ReaderRequest,
} from './electionNight';

const seeded = (seed: number) => {
  const random = new SeededRandom(seed);
  return () => random.next();
};

describe('zipfRanks', () => {
  it('draws rank k as often as 1/(k+1)^s says', () => {
    const ranks = 1000;
    const exponent = 1.1;
    const draw = zipfRanks(ranks, exponent);
    const random = seeded(7);
    const counts = new Array<number>(ranks).fill(0);
    const draws = 200_000;
    for (let index = 0; index < draws; index++) counts[draw(random)]! += 1;
    let total = 0;
    for (let rank = 1; rank <= ranks; rank++) total += 1 / rank ** exponent;
    for (const rank of [0, 1, 9, 99]) {
      const expected = 1 / (rank + 1) ** exponent / total;
      expect(counts[rank]! / draws).toBeCloseTo(expected, 2);
    }
    // The ten newest take most of the traffic, and the tail still gets some.
    const topTen = counts.slice(0, 10).reduce((sum, count) => sum + count, 0) / draws;
    expect(topTen).toBeGreaterThan(0.45);
    expect(counts.slice(500).some((count) => count > 0)).toBe(true);
  });

  it('covers every rank and no other', () => {
    const draw = zipfRanks(5, 1.1);
    expect(draw(() => 0)).toBe(0);
    expect(draw(() => 0.999_999_999)).toBe(4);
    expect(zipfRanks(1, 1.1)(() => 0.5)).toBe(0);
  });

  it('refuses an empty list of ranks', () => {
    expect(() => zipfRanks(0, 1.1)).toThrow(/at least one rank/);
  });
});

describe('readerRequestPlanner', () => {
  const stories = Array.from({ length: 100 }, (_, index) => `story-${index}`);
  const plan = readerRequestPlanner({ storyAtRank: (rank) => stories[rank]!, stories: stories.length, sectionSlugs: ['politics', 'sport'] }, seeded(3));
  const requests: ReaderRequest[] = Array.from({ length: 100_000 }, () => plan());
  const share = (test: (request: ReaderRequest) => boolean) => requests.filter(test).length / requests.length;

  it('sends seven readers in ten from phones, a few of them to desktop addresses', () => {
    expect(share((request) => request.phone)).toBeCloseTo(PHONE_SHARE, 2);
    expect(share((request) => request.redirected)).toBeCloseTo(PHONE_SHARE * PHONE_DESKTOP_ADDRESS_SHARE, 2);
  });

  it('mixes home, section and story pages in their shares', () => {
    expect(share((request) => request.page === 'home')).toBeCloseTo(HOME_SHARE, 2);
    expect(share((request) => request.page === 'section')).toBeCloseTo(SECTION_SHARE, 2);
    expect(share((request) => request.page === 'article')).toBeCloseTo(1 - HOME_SHARE - SECTION_SHARE, 2);
  });

  it('asks for the mobile address exactly when a phone is not being redirected', () => {
    for (const request of requests.slice(0, 5000)) {
      expect(request.path.startsWith('/m')).toBe(request.phone && !request.redirected);
    }
    expect(requests.some((request) => request.path === '/m/article/story-0')).toBe(true);
    expect(requests.some((request) => request.path === '/category/sport')).toBe(true);
  });

  it('reads the newest stories most', () => {
    const newest = share((request) => request.path.endsWith('/article/story-0'));
    const older = share((request) => request.path.endsWith('/article/story-50'));
    expect(newest).toBeGreaterThan(older * 50);
  });
});

describe('the night’s stories', () => {
  const archive = Array.from({ length: READ_STORIES * 3 }, (_, index) => `story-${index}`);
  const site = { storyAtRank: (rank: number) => archive[rank]!, stories: archive.length, sectionSlugs: ['politics'] };

  it('are the newest READ_STORIES: readers ask for no older one', () => {
    const plan = readerRequestPlanner(site, seeded(5));
    const read = new Set(Array.from({ length: 50_000 }, () => plan().path.split('/').pop()));
    expect(read.has(`story-${READ_STORIES - 1}`) || read.size > 100).toBe(true);
    for (const rank of [READ_STORIES, READ_STORIES * 2, READ_STORIES * 3 - 1]) expect(read.has(`story-${rank}`)).toBe(false);
  });

  it('are every story address visited before the readers come, in each version and as phones first arrive', () => {
    const addresses = everyAddress(site);
    expect(addresses).toHaveLength((1 + 1 + READ_STORIES) * 3);
    expect(addresses).toContainEqual({ path: '/article/story-0', page: 'article', phone: false, redirected: false });
    expect(addresses).toContainEqual({ path: '/m/article/story-0', page: 'article', phone: true, redirected: false });
    expect(addresses).toContainEqual({ path: '/article/story-0', page: 'article', phone: true, redirected: true });
    expect(addresses).toContainEqual({ path: '/m/category/politics', page: 'section', phone: true, redirected: false });
    expect(addresses.some((address) => address.path.endsWith(`story-${READ_STORIES}`))).toBe(false);
  });
});

describe('summariseTimes', () => {
  it('gives p50, p95 by nearest rank and the worst, rounded', () => {
    const times = Array.from({ length: 100 }, (_, index) => 100 - index + 0.4);
    expect(summariseTimes(times)).toEqual({ samples: 100, p50Ms: 50, p95Ms: 95, maxMs: 100 });
  });

  it('has no values for no samples', () => {
    const summary = summariseTimes([]);
    expect(summary.samples).toBe(0);
    expect(summary.p95Ms).toBeNaN();
  });
});

describe('cacheShares', () => {
  it('counts the passes in the hit ratio, and leaves them out of the cacheable one', () => {
    const shares = cacheShares({ hits: 960, misses: 10, passes: 30 });
    expect(shares.hitRatio).toBeCloseTo(0.96);
    expect(shares.cacheableHitRatio).toBeCloseTo(960 / 970);
    expect(shares.passShare).toBeCloseTo(0.03);
  });
});

describe('nginxCacheOutcomes', () => {
  it('reads the cache status of each proxied request from the access log', () => {
    const line = (status: string) =>
      `127.0.0.1 [30/Nov/2026:05:40:01 +0000] "GET /m/article/a HTTP/1.1" 200 51234 cache=${status} upstream=127.0.0.1:8291 time=0.001 upstream_time=- id=abc`;
    const log = ['HIT', 'HIT', 'STALE', 'UPDATING', 'MISS', 'EXPIRED', 'REVALIDATED', 'BYPASS', '-'].map(line).join('\n');
    expect(nginxCacheOutcomes(log)).toEqual({ hits: 4, misses: 3, passes: 1 });
  });
});
