import type { ArticleBody } from '../articleBody';
import type { ArticleStatus } from './storyStatus';

/** A story's featured image as stored: where it is, its size, and its words. */
export interface StoryImage {
  path: string;
  width: number;
  height: number;
  alt: string;
  credit: string;
}

/** A story as the newsroom writes it (db/newsroom/stories.ts) and its editor shows it (./storyForm.ts). */
export interface StoryFields {
  headline: string;
  standfirst: string;
  /** Its address; left empty, a story keeps the one it has, and a new story gets one made from its headline. */
  slug: string;
  body: ArticleBody;
  categoryId: number;
  authorId: number;
  tagNames: string[];
  image: StoryImage;
  sourceName: string | null;
  sourceUrl: string | null;
  disclaimer: string | null;
  status: ArticleStatus;
  /** When it was or will be published; null for a draft. */
  publishedAt: Date | null;
}

export interface StoryForEditing extends StoryFields {
  id: number;
  updatedAt: Date | null;
  modifiedAt: Date;
}
