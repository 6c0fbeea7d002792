import type { ArticleBody } from './articleBody';
import type { StoryNoteKind } from './storyNotes';

/*
 * What readers are shown: the small typed objects db/queries hands to pages and views render. They are shaped for reading, not storage:
 * joined names instead of ids, Dates instead of numbers, nested image and source objects.
 */

export interface CategorySummary {
  slug: string;
  name: string;
  description: string;
}

export interface AuthorProfile {
  slug: string;
  name: string;
  bio: string;
}

export interface TagRef {
  slug: string;
  name: string;
}

export interface ArticleImage {
  /** Base path under /images, without the width suffix. */
  path: string;
  width: number;
  height: number;
  alt: string;
  credit: string;
}

export interface ArticleSummary {
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  category: { slug: string; name: string };
  author: { slug: string; name: string };
  image: ArticleImage;
  /** Told as live coverage that goes on: its cards say so. */
  live: boolean;
}

export interface Article extends ArticleSummary {
  /** Never changes: its read counts (lib/mostRead.ts) and feed ids go by it. */
  id: number;
  body: ArticleBody;
  /** Set only when the story changed materially after publication. */
  updatedAt: Date | null;
  /** The last write of any kind (versions the story's preview image). */
  modifiedAt: Date;
  /** The outlet a syndicated story came from; `url` is an absolute http(s) URL or null. */
  source: { name: string; url: string | null } | null;
  disclaimer: string | null;
  tags: TagRef[];
  /** Its corrections, clarifications and updates still in force, oldest first. */
  notes: StoryNote[];
}

/** A correction, clarification or update appended to a published story (lib/storyNotes.ts). */
export interface StoryNote {
  id: number;
  kind: StoryNoteKind;
  text: string;
  writtenAt: Date;
}

/** A note as the corrections page lists it: with the story it belongs to. */
export interface ListedStoryNote extends StoryNote {
  story: { slug: string; headline: string; category: { slug: string; name: string } };
}

export interface StoryNotePage {
  items: ListedStoryNote[];
  page: number;
  totalPages: number;
  totalItems: number;
}

/** The story the breaking-news strip leads to, while one is up (lib/newsroom/breakingNews.ts). */
export interface BreakingNews {
  slug: string;
  headline: string;
}

export interface ArticlePage {
  items: ArticleSummary[];
  page: number;
  totalPages: number;
  totalItems: number;
}

/** A run of snippet text; highlighted runs are the words that matched. */
export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

export interface SearchHit extends ArticleSummary {
  /** Words around the matches in the story's body, as plain text (never HTML). */
  snippet: SnippetPart[];
}

export interface SearchResults {
  hits: SearchHit[];
  page: number;
  totalPages: number;
  totalItems: number;
}

/** A story in the "Most read" list: what the list shows of it. */
export interface MostReadStory {
  slug: string;
  headline: string;
}
