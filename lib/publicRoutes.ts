import { parsePageSegments } from './pageNumber';
import type { ListingKind } from './paths';

/** A public page, as named by the path segments after the host (and after `/m` on mobile). */
export type PublicRoute =
  | { kind: 'home' }
  | { kind: 'article'; slug: string }
  | { kind: 'listing'; listing: ListingKind; slug: string; page: number }
  | { kind: 'search' };

const LISTING_KINDS: readonly string[] = ['category', 'author', 'tag'] satisfies ListingKind[];

function isListingKind(segment: string): segment is ListingKind {
  return LISTING_KINDS.includes(segment);
}

/**
 * The URL scheme of the public pages, in one place: `/`, `/article/<slug>`,
 * `/<category|author|tag>/<slug>[/page/<n>]` and `/search`. Returns null for any other path.
 */
export function matchPublicRoute(segments: readonly string[]): PublicRoute | null {
  const [section, slug, ...rest] = segments;
  if (section === undefined) return { kind: 'home' };
  if (section === 'search') return slug === undefined ? { kind: 'search' } : null;
  if (slug === undefined || slug === '') return null;
  if (section === 'article') return rest.length === 0 ? { kind: 'article', slug } : null;
  if (isListingKind(section)) {
    const page = parsePageSegments(rest);
    return page === null ? null : { kind: 'listing', listing: section, slug, page };
  }
  return null;
}
