import type { ArticleBody } from './articleBody';

/*
 * Live coverage: a story told as it unfolds, in timestamped posts, newest first, with a summary at
 * the top, key events listed apart, and one post that may be pinned above the newest.
 */

/**
 * Posts on each page of the coverage, in both versions; older ones follow on "Older posts" pages.
 * Five of a few paragraphs each keep the lightweight version's first page, with its summary, key
 * events and pinned post, within its 30 kB.
 */
export const LIVE_POSTS_PER_PAGE = 5;
/** The longest summary, and the longest key-event line. */
export const LIVE_SUMMARY_LIMIT = 1_500;
export const KEY_EVENT_LIMIT = 120;
/** A post is a few paragraphs: a tenth of a story's length. */
export const LIVE_POST_LIMIT = 10_000;

export interface LivePost {
  id: number;
  body: ArticleBody;
  postedAt: Date;
  editedAt: Date | null;
  /** Set for a key event: its line in the key events. */
  keyEvent: string | null;
}

export interface LiveCoverage {
  startedAt: Date;
  /** Null while the coverage goes on. */
  endedAt: Date | null;
  /** One point a line. */
  summary: string[];
  /** The newest post's time, or the start before any post: the coverage's "Updated" time. */
  updatedAt: Date;
  /** With the page of the coverage that holds it. */
  pinned: (LivePost & { page: number }) | null;
  /** Newest first, each with the page that holds its post. */
  keyEvents: { id: number; keyEvent: string; postedAt: Date; page: number }[];
  /** One page of posts, newest first, the pinned one included in its place. */
  posts: LivePost[];
  page: number;
  totalPages: number;
}

/** What the live endpoint sends open desktop pages: the newest posts, for those not shown yet. */
export interface LiveUpdate {
  /** Whether the coverage is over: an open page stops asking. */
  ended: boolean;
  /** The newest posts, newest first, as on the first page. */
  posts: ShownLivePost[];
}

/** A time as pages show it: ISO 8601 with the newsroom's offset, and in words. */
export interface ShownTime {
  iso: string;
  text: string;
}

/**
 * A post as pages show it and the live endpoint sends it: its times already in words in the
 * newsroom's zone (lib/liveCoverageTimes.ts), so the browser formats none itself.
 */
export interface ShownLivePost {
  id: number;
  body: ArticleBody;
  keyEvent: string | null;
  posted: ShownTime;
  edited: ShownTime | null;
}

/** The page of the coverage that holds the post at `position` (1 for the newest). */
export function livePageOf(position: number): number {
  return Math.ceil(position / LIVE_POSTS_PER_PAGE);
}

/** A post's own anchor on the story's page. */
export function livePostAnchor(postId: number): string {
  return `post-${postId}`;
}

/** The summary as stored, cleaned of blank lines: one point a line. */
export function summaryPoints(summary: string): string[] {
  return summary
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * A live story's "Updated" time: its newest post's, when that is later than the story's own
 * update. A post before publication (coverage prepared in a draft) does not update it.
 */
export function liveStoryUpdatedAt(story: { publishedAt: Date; updatedAt: Date | null }, live: LiveCoverage): Date | null {
  const newest = live.updatedAt > story.publishedAt ? live.updatedAt : null;
  if (!newest || (story.updatedAt && story.updatedAt >= newest)) return story.updatedAt;
  return newest;
}
