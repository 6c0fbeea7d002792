import type { ArticleBody } from './articleBody';

/*
 * Live coverage: a story told as it unfolds, in timestamped posts, newest first, with a summary at
 * the top, key events listed apart, and one post that may be pinned above the newest.
 */

/** Posts on each page of the coverage; older ones follow on "Older posts" pages. */
export const LIVE_POSTS_PER_PAGE = 20;
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
  pinned: LivePost | null;
  keyEvents: { id: number; keyEvent: string; postedAt: Date }[];
  /** One page of posts, newest first, the pinned one included in its place. */
  posts: LivePost[];
  page: number;
  totalPages: number;
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
