import { test, type BrowserContextOptions, type Page } from '@playwright/test';
import { articlePath, authorPath, categoryPath, correctionsPath, homePath, searchPath, tagPath, toMobilePath, type Variant } from '../lib/paths';

/** The India & Russia story every newcomer should be able to find. */
export const ANCHOR_STORY = {
  slug: 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack',
  headline: 'Russia Offers to Mediate India-Pakistan Kashmir Tensions After Pahalgam Attack',
};

/** The demo's live story: its coverage is open, with key events, a pinned post and two pages of posts. */
export const LIVE_STORY = {
  slug: 'pahalgam-aftermath-diplomacy-line-of-control-alerts-and-russias-offer-live',
  headline: 'Pahalgam aftermath: diplomacy, alerts on the Line of Control and Russia’s offer — live',
};

export interface PublicRoute {
  name: string;
  desktopPath: string;
  /** The page's only h1. */
  heading: string | RegExp;
  status: 200 | 404;
  /** Search results are not for search engines: no canonical link. */
  indexable: boolean;
}

/** One list of page types, shared by the desktop and mobile suites. */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  { name: 'home', desktopPath: homePath('desktop'), heading: /The Nation Express/, status: 200, indexable: true },
  { name: 'category', desktopPath: categoryPath('india-russia', 'desktop'), heading: 'India & Russia', status: 200, indexable: true },
  { name: 'article', desktopPath: articlePath(ANCHOR_STORY.slug, 'desktop'), heading: ANCHOR_STORY.headline, status: 200, indexable: true },
  { name: 'live', desktopPath: articlePath(LIVE_STORY.slug, 'desktop'), heading: LIVE_STORY.headline, status: 200, indexable: true },
  { name: 'live older posts', desktopPath: articlePath(LIVE_STORY.slug, 'desktop', 2), heading: LIVE_STORY.headline, status: 200, indexable: true },
  { name: 'author', desktopPath: authorPath('news-desk', 'desktop'), heading: 'News Desk', status: 200, indexable: true },
  { name: 'tag', desktopPath: tagPath('russia', 'desktop'), heading: 'Russia', status: 200, indexable: true },
  { name: 'tag page 2', desktopPath: tagPath('russia', 'desktop', 2), heading: 'Russia', status: 200, indexable: true },
  { name: 'corrections', desktopPath: correctionsPath('desktop'), heading: 'Corrections and updates', status: 200, indexable: true },
  { name: 'search', desktopPath: searchPath('desktop', 'Lavrov'), heading: 'Search: Lavrov', status: 200, indexable: false },
  {
    name: 'not found',
    desktopPath: articlePath('no-such-story', 'desktop'),
    heading: 'We can’t find that page',
    status: 404,
    indexable: false,
  },
];

export function mobilePathOf(route: PublicRoute): string {
  return toMobilePath(route.desktopPath);
}

/** A route's address with more query parameters added. */
export function withQuery(path: string, query: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

export const PHONE_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
export const TABLET_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
export const IPAD_USER_AGENT =
  'Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1';
export const DESKTOP_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

/**
 * Opens the desktop version of a page whatever the device: a phone reader who chose "Exit mobile
 * version" has the preference cookie, which is what this sets.
 */
export async function gotoDesktopVersion(page: Page, path: string) {
  const baseURL = test.info().project.use.baseURL ?? '';
  await page.context().addCookies([{ name: 'nx_view', value: 'desktop', url: baseURL }]);
  return page.goto(path);
}

/** Browser contexts of a reader at a desktop and on a phone (which is served the mobile version). */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, userAgent: PHONE_USER_AGENT, isMobile: true, hasTouch: true };

/** Readers on each kind of device, with script and without, and the version each is served. */
export const READERS: readonly { name: string; version: Variant; options: BrowserContextOptions }[] = [
  { name: 'desktop', version: 'desktop', options: DESKTOP },
  { name: 'phone', version: 'mobile', options: PHONE },
  { name: 'desktop without script', version: 'desktop', options: { ...DESKTOP, javaScriptEnabled: false } },
  { name: 'phone without script', version: 'mobile', options: { ...PHONE, javaScriptEnabled: false } },
];
