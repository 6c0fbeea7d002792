/*
 * Election night's readers, as `npm run bench:cluster` replays them: most of them on a few breaking
 * stories (a Zipf law over the stories ranked newest first), some on the home and section pages,
 * seven in ten on phones. A phone that arrives on a desktop address is redirected to /m/… by the
 * app (no cache keeps that answer) and then browses the mobile pages, so phones mostly ask for /m/
 * addresses directly. Pure: randomness comes in as a function, so a seed replays a run.
 */
import { articlePath, categoryPath, homePath, type Variant } from '../lib/paths';
import { quantile } from './httpLoad';

/** How steeply readers crowd onto the newest stories: s of the Zipf law, rank 1 the newest. */
export const ZIPF_EXPONENT = 1.1;
export const PHONE_SHARE = 0.7;
/** Phones' requests for a desktop address: one arrival from an outside link in twenty pages read. */
export const PHONE_DESKTOP_ADDRESS_SHARE = 0.05;
/**
 * The stories readers read: the night's newest, not the archive. A Zipf law over all 100,000
 * stories would send one read in ten past the 10,000th, each the first for its address: what a
 * cache faces the minute a site starts, not on a night it has been serving for hours.
 */
export const READ_STORIES = 1_000;
export const HOME_SHARE = 0.15;
export const SECTION_SHARE = 0.1;
/** What browsers ask for: a cache that stores compressed pages sends them as they are. */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br';

export type ReaderPage = 'home' | 'section' | 'article';

export interface ReaderRequest {
  path: string;
  page: ReaderPage;
  phone: boolean;
  /** A phone asking for a desktop address: the app answers 302 to /m/…, and the cache passes it. */
  redirected: boolean;
}

/** What readers can ask for: stories by rank (0 the newest), and the sections. */
export interface ReaderSite {
  storyAtRank(rank: number): string;
  stories: number;
  sectionSlugs: readonly string[];
}

/**
 * Draws ranks 0…count-1 with P(rank k) ∝ 1/(k+1)^exponent: the cumulative weights once, then a
 * binary search per draw.
 */
export function zipfRanks(count: number, exponent: number): (random: () => number) => number {
  if (!Number.isInteger(count) || count < 1) throw new Error(`A Zipf law needs at least one rank, not ${count}.`);
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let rank = 0; rank < count; rank++) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! <= target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** The next reader's request, drawn with `random`. */
export function readerRequestPlanner(site: ReaderSite, random: () => number): () => ReaderRequest {
  if (site.sectionSlugs.length === 0) throw new Error('Readers need at least one section.');
  const rank = zipfRanks(Math.min(site.stories, READ_STORIES), ZIPF_EXPONENT);
  return () => {
    const phone = random() < PHONE_SHARE;
    const redirected = phone && random() < PHONE_DESKTOP_ADDRESS_SHARE;
    const variant: Variant = phone && !redirected ? 'mobile' : 'desktop';
    const roll = random();
    if (roll < HOME_SHARE) return { path: homePath(variant), page: 'home', phone, redirected };
    if (roll < HOME_SHARE + SECTION_SHARE) {
      const section = site.sectionSlugs[Math.floor(random() * site.sectionSlugs.length)]!;
      return { path: categoryPath(section, variant), page: 'section', phone, redirected };
    }
    return { path: articlePath(site.storyAtRank(rank(random)), variant), page: 'article', phone, redirected };
  };
}

/**
 * Every address the planner can ask for, once each, as its readers would: both versions of the home
 * page, the sections and the stories read, and phones' first visits to the desktop ones. A cache
 * that has served the night so far holds them all.
 */
export function everyAddress(site: ReaderSite): ReaderRequest[] {
  const stories = Array.from({ length: Math.min(site.stories, READ_STORIES) }, (_, rank) => site.storyAtRank(rank));
  const pages: [ReaderPage, (variant: Variant) => string][] = [
    ['home', (variant) => homePath(variant)],
    ...site.sectionSlugs.map((slug): [ReaderPage, (variant: Variant) => string] => ['section', (variant) => categoryPath(slug, variant)]),
    ...stories.map((slug): [ReaderPage, (variant: Variant) => string] => ['article', (variant) => articlePath(slug, variant)]),
  ];
  return pages.flatMap(([page, pathOf]) => [
    { path: pathOf('desktop'), page, phone: false, redirected: false },
    { path: pathOf('mobile'), page, phone: true, redirected: false },
    { path: pathOf('desktop'), page, phone: true, redirected: true },
  ]);
}

export interface TimingSummary {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** p50, p95 (nearest rank) and the worst of `times`, in whole milliseconds. */
export function summariseTimes(times: readonly number[]): TimingSummary {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50Ms: Math.round(quantile(sorted, 0.5)),
    p95Ms: Math.round(quantile(sorted, 0.95)),
    maxMs: Math.round(sorted.at(-1) ?? Number.NaN),
  };
}

/** Where a cache's answers came from, counted over one window. */
export interface CacheOutcomes {
  hits: number;
  misses: number;
  /** Answered by the app past the cache on purpose (phones on desktop addresses). */
  passes: number;
}

export interface CacheShares {
  /** Hits among every request the cache answered. */
  hitRatio: number;
  /** Hits among the requests it may keep: the passes left out. */
  cacheableHitRatio: number;
  passShare: number;
}

export function cacheShares({ hits, misses, passes }: CacheOutcomes): CacheShares {
  const all = hits + misses + passes;
  return {
    hitRatio: all === 0 ? Number.NaN : hits / all,
    cacheableHitRatio: hits + misses === 0 ? Number.NaN : hits / (hits + misses),
    passShare: all === 0 ? Number.NaN : passes / all,
  };
}

/**
 * nginx's cache statuses (its `$upstream_cache_status`) as outcomes: served from the cache (HIT, and
 * STALE or UPDATING while a fresh copy is fetched), fetched from the app (MISS, EXPIRED,
 * REVALIDATED), or past it on purpose (BYPASS).
 */
const NGINX_CACHE_STATUSES: Readonly<Record<string, keyof CacheOutcomes>> = {
  HIT: 'hits',
  STALE: 'hits',
  UPDATING: 'hits',
  MISS: 'misses',
  EXPIRED: 'misses',
  REVALIDATED: 'misses',
  BYPASS: 'passes',
};

/**
 * nginx's outcomes from its access log (deploy/nginx's `cache=$upstream_cache_status` field). Lines
 * with no cache status (files from disk) are not counted.
 */
export function nginxCacheOutcomes(accessLog: string): CacheOutcomes {
  const outcomes: CacheOutcomes = { hits: 0, misses: 0, passes: 0 };
  for (const [, status] of accessLog.matchAll(/ cache=([A-Z]+) /g)) {
    const outcome = status === undefined ? undefined : NGINX_CACHE_STATUSES[status];
    if (outcome) outcomes[outcome] += 1;
  }
  return outcomes;
}
