import { READ_BEACON_PREFIX } from './mostRead';

/*
 * Every URL the portal links to is built here, for both versions of the site, so that pages
 * never glue strings together. The mobile version of a page lives under MOBILE_PREFIX.
 */

export type Variant = 'desktop' | 'mobile';

export const MOBILE_PREFIX = '/m';

/** The `variant` version of a desktop path. */
export function withVariant(desktopPath: string, variant: Variant): string {
  switch (variant) {
    case 'desktop':
      return desktopPath;
    case 'mobile':
      return toMobilePath(desktopPath);
  }
}

function withPage(basePath: string, page: number): string {
  return page > 1 ? `${basePath}/page/${page}` : basePath;
}

export function homePath(variant: Variant): string {
  return withVariant('/', variant);
}

export function categoryPath(slug: string, variant: Variant, page = 1): string {
  return withVariant(withPage(`/category/${encodeURIComponent(slug)}`, page), variant);
}

/** A story's page; a story told as live coverage has its older posts from page 2. */
export function articlePath(slug: string, variant: Variant, page = 1): string {
  return withVariant(withPage(`/article/${encodeURIComponent(slug)}`, page), variant);
}

/** What open desktop live pages ask for new posts (lib/liveCoverage.ts, LiveUpdate). */
export function liveUpdatePath(slug: string): string {
  return `/article/${encodeURIComponent(slug)}/live.json`;
}

/** The RSS feed of a live page's posts. */
export function liveFeedPath(slug: string): string {
  return `/article/${encodeURIComponent(slug)}/feed.xml`;
}

export function authorPath(slug: string, variant: Variant, page = 1): string {
  return withVariant(withPage(`/author/${encodeURIComponent(slug)}`, page), variant);
}

export function tagPath(slug: string, variant: Variant, page = 1): string {
  return withVariant(withPage(`/tag/${encodeURIComponent(slug)}`, page), variant);
}

/** Every story's corrections, clarifications and updates, newest first. */
export function correctionsPath(variant: Variant, page = 1): string {
  return withVariant(withPage('/corrections', page), variant);
}

/** A story's note on its page: the note's own anchor. */
export function storyNoteAnchor(noteId: number): string {
  return `note-${noteId}`;
}

/**
 * The slug a page's dynamic segment names, or null when the segment is not valid percent-encoding.
 * Next.js gives a page its segment as the browser sent it, percent-encoded (`/tag/日本語` arrives
 * as `%E6%97%A5%E6%9C%AC%E8%AA%9E`), though it decodes those of route handlers. No slug holds a `%`.
 */
export function slugFromPageSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** `/article/x` → `/m/article/x`; `/` → `/m`. */
export function toMobilePath(desktopPath: string): string {
  if (isMobilePath(desktopPath)) return desktopPath;
  return desktopPath === '/' ? MOBILE_PREFIX : `${MOBILE_PREFIX}${desktopPath}`;
}

/** `/m/article/x` → `/article/x`; `/m` → `/`. Paths outside the mobile prefix pass through. */
export function toDesktopPath(path: string): string {
  if (!isMobilePath(path)) return path;
  const rest = path.slice(MOBILE_PREFIX.length);
  return rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
}

export function isMobilePath(path: string): boolean {
  return path === MOBILE_PREFIX || path.startsWith(`${MOBILE_PREFIX}/`) || path.startsWith(`${MOBILE_PREFIX}?`);
}

/** Where the newsroom lives: its pages are personal, and the only ones that take posts. */
export const NEWSROOM_PREFIX = '/newsroom';

/** Whether a path is the newsroom's; for a request, its normalised path (lib/requestPath.ts). */
export function isNewsroomPath(path: string): boolean {
  return path === NEWSROOM_PREFIX || path.startsWith(`${NEWSROOM_PREFIX}/`);
}

/** For load balancers and monitors; answered by the HTTP server itself (server/health.ts). */
export const HEALTH_CHECK_PATH = '/healthz';
/** For the cache tier in front: whether the process answers at all, whatever its database (server/health.ts). */
export const LIVENESS_CHECK_PATH = '/livez';

export const EXIT_MOBILE_PATH = '/exit-mobile';
export const GO_MOBILE_PATH = '/go-mobile';
/** Internal: where next.config.ts rewrites a phone's request for a desktop page. */
export const MOBILE_REDIRECT_PATH = '/mobile-redirect';
/**
 * Internal: the desktop page the HTTP server renders, as a 503, in place of a page that needs the
 * database while it cannot be reached (server/databaseOutage.ts).
 */
export const DATABASE_OUTAGE_PATH = '/unavailable';

/**
 * First path segments that belong to no public page. The public pages' own first segments come
 * from their descriptors (app/_lib/publicPages.tsx); a test checks that every route under app/ is
 * one or the other, and next.config.ts keeps phones' requests under these from the mobile redirect.
 */
export const RESERVED_SECTIONS: readonly string[] = [
  ...[MOBILE_PREFIX, NEWSROOM_PREFIX, HEALTH_CHECK_PATH, LIVENESS_CHECK_PATH, EXIT_MOBILE_PATH, GO_MOBILE_PATH, MOBILE_REDIRECT_PATH, DATABASE_OUTAGE_PATH].map(
    (path) => path.slice(1),
  ),
  // Story pages' read counts (lib/mostRead.ts).
  READ_BEACON_PREFIX.slice(1),
  // Framework files, images (illustrations and uploads), preview cards, sitemap chunks.
  '_next',
  'images',
  'og',
  'sitemaps',
];

/**
 * Routes inside a public page's section that are no page: Next.js prefers them to the page's own
 * route, and they answer their own 404. In Next.js's notation, as their folders under app/ are named.
 */
export const FILE_ROUTES_AMONG_PAGES: readonly string[] = ['category/[slug]/feed.xml', 'corrections/feed.xml', 'article/[slug]/live.json', 'article/[slug]/feed.xml'];

/** Whether a path's first segment is one of the reserved sections, which hold no public page. */
export function isReservedSection(section: string | undefined): boolean {
  return section !== undefined && RESERVED_SECTIONS.includes(section);
}

/** The "Exit mobile version" link for a mobile page. */
export function exitMobileHref(mobilePath: string): string {
  return `${EXIT_MOBILE_PATH}?to=${encodeURIComponent(toDesktopPath(mobilePath))}`;
}

/** The "Go to mobile version" link for a desktop page. */
export function goMobileHref(desktopPath: string): string {
  return `${GO_MOBILE_PATH}?to=${encodeURIComponent(toMobilePath(desktopPath))}`;
}

const PLACEHOLDER_ORIGIN = 'http://placeholder.invalid';

/**
 * Reduces a redirect target taken from a request to a path on this site, or null.
 * Anything that would leave the site (absolute URLs, `//host`, `/\host`, control characters) is refused.
 */
export function toSafeLocalPath(target: string | null | undefined): string | null {
  if (!target || target.length > 2048) return null;
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return null;
  // Browsers drop tabs and newlines inside URLs, which could turn `/\t/evil` into `//evil`.
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return null;
  let url: URL;
  try {
    url = new URL(target, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  // Dot segments resolve only now: `/.//evil` and `/a/..//evil` become `//evil`, another host.
  const path = `${url.pathname}${url.search}`;
  return path.startsWith('//') ? null : path;
}

/**
 * Where a version switch sends the reader: the `variant` version of the page `target` names, or
 * that version's front page when `target` is not a page on this site. The check runs again after
 * the switch, since dropping the mobile prefix from `/m//evil` leaves `//evil`.
 */
export function versionSwitchTarget(target: string | null | undefined, variant: Variant): string {
  const local = toSafeLocalPath(target);
  if (local === null) return homePath(variant);
  return toSafeLocalPath(inVariant(local, variant)) ?? homePath(variant);
}

function inVariant(path: string, variant: Variant): string {
  switch (variant) {
    case 'desktop':
      return toDesktopPath(path);
    case 'mobile':
      return toMobilePath(path);
  }
}

export type ListingKind = 'category' | 'author' | 'tag';

/** Page `page` of a category, author or tag listing. */
export function listingPath(kind: ListingKind, slug: string, variant: Variant, page = 1): string {
  switch (kind) {
    case 'category':
      return categoryPath(slug, variant, page);
    case 'author':
      return authorPath(slug, variant, page);
    case 'tag':
      return tagPath(slug, variant, page);
  }
}

/** The search page; `query` is kept as typed (the page parses it). */
export function searchPath(variant: Variant, query?: string, page = 1): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return withVariant(`/search${search ? `?${search}` : ''}`, variant);
}

/** RSS 2.0 for the whole site. */
export const SITE_RSS_PATH = '/feed.xml';
/** Atom for the whole site. */
export const SITE_ATOM_PATH = '/atom.xml';
/** The sitemap index and the Google News sitemap. */
export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

/** RSS 2.0 of the corrections page. */
export const CORRECTIONS_RSS_PATH = '/corrections/feed.xml';

/** RSS 2.0 for one category. */
export function categoryFeedPath(slug: string): string {
  return `/category/${encodeURIComponent(slug)}/feed.xml`;
}
