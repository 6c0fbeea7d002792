import {
  authorTag,
  CORRECTIONS_TAG,
  categoryTag,
  FEEDS_TAG,
  LATEST_STORIES_TAG,
  MOST_READ_TAG,
  SITE_TAG,
  SITEMAPS_TAG,
  storyTag,
  topicTag,
} from './contentTags';
import type { ArticleSummary } from './content';
import type { ArticlePageData, CorrectionsPageData, HomePageData, ListingPageData } from './pageData';
import type { ListingKind } from './paths';

/*
 * The cache tags of each kind of public page: one for everything the page shows (see
 * lib/contentTags.ts). Both versions of a page carry the same tags.
 */

const cardTags = (stories: readonly ArticleSummary[]) => stories.map((story) => storyTag(story.slug));

export function homePageTags(data: HomePageData): string[] {
  const shown = [...(data.lead ? [data.lead] : []), ...data.latest, ...data.fronts.flatMap((front) => front.articles)];
  return [
    SITE_TAG,
    LATEST_STORIES_TAG,
    MOST_READ_TAG,
    ...data.fronts.map((front) => categoryTag(front.category.slug)),
    ...new Set(cardTags(shown)),
  ];
}

/** A 404 page suggests the latest stories. */
export function notFoundPageTags(): string[] {
  return [SITE_TAG, LATEST_STORIES_TAG];
}

/**
 * The desktop 404 boundary (app/not-found.tsx) is rendered into every desktop page's payload, but
 * only ever shown as the `/_not-found` route the server answers missing pages with. It carries the
 * site tag alone, and that route is dropped by its path tag when the latest stories change.
 */
export const NOT_FOUND_BOUNDARY_TAGS: readonly string[] = [SITE_TAG];
export const NOT_FOUND_ROUTE_TAG = '_N_T_/_not-found';

/** An article page, or the 404 at its address (which a story published there replaces). */
export function articlePageTags(slug: string, data: ArticlePageData | null): string[] {
  if (!data) return [...notFoundPageTags(), storyTag(slug)];
  return [SITE_TAG, MOST_READ_TAG, storyTag(slug), categoryTag(data.article.category.slug), ...cardTags(data.related)];
}

function listingTag(kind: ListingKind, slug: string): string {
  switch (kind) {
    case 'category':
      return categoryTag(slug);
    case 'author':
      return authorTag(slug);
    case 'tag':
      return topicTag(slug);
  }
}

/** A listing page, or the 404 of a page past its end (which more stories can fill). */
export function listingPageTags(kind: ListingKind, slug: string, data: ListingPageData | null): string[] {
  if (!data) return [...notFoundPageTags(), listingTag(kind, slug)];
  return [SITE_TAG, listingTag(kind, slug), ...cardTags(data.listing.items)];
}

/** The corrections page, or the 404 of a page past its end; it names the stories it lists. */
export function correctionsPageTags(data: CorrectionsPageData | null): string[] {
  if (!data) return [...notFoundPageTags(), CORRECTIONS_TAG];
  return [SITE_TAG, CORRECTIONS_TAG, ...new Set(data.notes.items.map((note) => storyTag(note.story.slug)))];
}

/** A live story's endpoint and feed: what its posts and its page change. */
export function liveCoverageTags(slug: string): string[] {
  return [SITE_TAG, storyTag(slug)];
}

export function feedTags(categorySlug?: string): string[] {
  return [SITE_TAG, FEEDS_TAG, ...(categorySlug ? [categoryTag(categorySlug)] : [])];
}

/** Like every feed, it is dropped by any change to a story (a headline it shows, an unpublished story), and by a new note. */
export function correctionsFeedTags(): string[] {
  return [...feedTags(), CORRECTIONS_TAG];
}

export function sitemapTags(): string[] {
  return [SITE_TAG, SITEMAPS_TAG];
}
