/*
 * The names cached public pages are tagged with, and that writers give for what they changed.
 * A page carries a tag for everything it shows; a writer names every tag its change touches, and
 * exactly those pages are rendered again.
 */

/** Every public page: for changes that reach all of them (sections renamed, a bulk import). */
export const SITE_TAG = 'site';
/** Pages listing the latest stories whatever their section: the home page, and 404 pages' suggestions. */
export const LATEST_STORIES_TAG = 'latest';
/** RSS and Atom feeds. */
export const FEEDS_TAG = 'feeds';
/** The sitemap index, its chunks and the news sitemap. */
export const SITEMAPS_TAG = 'sitemaps';
/** The corrections page and its feed. */
export const CORRECTIONS_TAG = 'corrections';
/** Pages showing the "Most read" list: the home page and every story's page. */
export const MOST_READ_TAG = 'most-read';

/**
 * Pages showing the story at this address: its article page (also while that is a 404, so a story
 * published there replaces it), and every page with a card of it.
 */
export const storyTag = (slug: string): string => `story:${slug}`;
/** Pages listing a section's stories: its listing pages, and the "more from" lists of its stories. */
export const categoryTag = (slug: string): string => `category:${slug}`;
/** An author's listing pages. */
export const authorTag = (slug: string): string => `author:${slug}`;
/** A topic's listing pages. */
export const topicTag = (slug: string): string => `topic:${slug}`;

export interface ChangedStory {
  slug: string;
  categorySlug: string;
  authorSlug: string;
  tagSlugs: readonly string[];
}

/**
 * What a change to a story touches. An edit reaches the pages showing it (its page and its cards),
 * its feeds and its sitemap entry. A change of place in the listings (published, unpublished,
 * re-dated, moved to another section, author or topic) also reaches every listing it is or was in.
 * Give the story as it was and as it is, so a renamed or moved story leaves no stale page behind.
 */
export function storyChangeTags(change: 'edited' | 'relisted', ...versions: readonly ChangedStory[]): string[] {
  const tags = new Set([FEEDS_TAG, SITEMAPS_TAG]);
  if (change === 'relisted') tags.add(LATEST_STORIES_TAG);
  for (const story of versions) {
    tags.add(storyTag(story.slug));
    if (change === 'edited') continue;
    tags.add(categoryTag(story.categorySlug));
    tags.add(authorTag(story.authorSlug));
    for (const tagSlug of story.tagSlugs) tags.add(topicTag(tagSlug));
  }
  return [...tags];
}

/** What a note appended to a story touches: the story as an edit does, and the corrections page and its feed. */
export function storyNoteTags(story: ChangedStory): string[] {
  return [...storyChangeTags('edited', story), CORRECTIONS_TAG];
}

/**
 * What a live post, a pin or a new summary touches: the pages showing the story (its pages, its
 * live endpoint and feed, its cards). The site's feeds and sitemaps list the story, not its posts,
 * so a desk posting every minute leaves them alone.
 */
export function livePostTags(storySlug: string): string[] {
  return [storyTag(storySlug)];
}
