import type { StoryNoteKind } from '../../lib/storyNotes';

/** Shapes of the demo content, written by hand and loaded by the seed script. */

export type CategorySlug = 'india-russia' | 'defence' | 'diplomacy' | 'world' | 'economy' | 'technology';

export type AuthorSlug =
  | 'news-desk'
  | 'ananya-rao'
  | 'vikram-sethi'
  | 'elena-sokolova'
  | 'meera-kulkarni'
  | 'arjun-menon'
  | 'rohan-iyer';

/** A body block in the seed files: a plain string is a paragraph. */
export type SeedBlock =
  | string
  | { type: 'heading'; text: string }
  | { type: 'quote'; text: string; attribution?: string }
  | { type: 'list'; ordered: boolean; items: string[] };

export interface SeedArticle {
  /** Lower-case words joined by hyphens, unique across all seed files. */
  slug: string;
  headline: string;
  /** One or two sentences shown under the headline and on cards. */
  standfirst: string;
  category: CategorySlug;
  author: AuthorSlug;
  /** Tag names as readers see them, e.g. 'Kashmir', 'S. Jaishankar'. */
  tags: string[];
  /** ISO 8601 with an offset, e.g. '2025-04-30T09:15:00+05:30'. */
  publishedAt: string;
  /** Set only when the story was materially updated after publication. */
  updatedAt?: string;
  /** The featured image is generated from the slug; these describe it. */
  image: { alt: string; credit: string };
  /** The outlet a syndicated story came from; omit for the portal's own reporting. */
  source?: { name: string; url?: string };
  /** The full text of the disclaimer paragraph, starting 'Disclaimer:'. */
  disclaimer?: string;
  body: SeedBlock[];
  /** Corrections, clarifications and updates appended since publication, oldest first; the last sets the "Updated" time. */
  notes?: { kind: StoryNoteKind; text: string; writtenAt: string }[];
  /** Set for a story told as live coverage (lib/liveCoverage.ts). */
  live?: SeedLiveCoverage;
}

export interface SeedLiveCoverage {
  /** ISO 8601 with an offset, as publishedAt. */
  startedAt: string;
  /** Omit while the coverage goes on, so the live desk can post into it. */
  endedAt?: string;
  /** What readers should know first, one point each, without line breaks. */
  summary: string[];
  /** In any order: the page sorts them by time. */
  posts: SeedLivePost[];
}

export interface SeedLivePost {
  /** ISO 8601 with an offset. */
  postedAt: string;
  body: SeedBlock[];
  /** Set for a key event: its line in the coverage's key events. */
  keyEvent?: string;
  /** The one post kept above the newest; at most one post of a coverage. */
  pinned?: true;
}
