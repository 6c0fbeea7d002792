import type { ArticleBody } from '../../lib/articleBody';
import type { authors, categories, tags } from '../schema';

/*
 * The small typed objects the queries hand to pages. They are shaped for reading, not storage:
 * joined names instead of ids, Dates instead of numbers, nested image and source objects.
 */

export type CategorySummary = Pick<typeof categories.$inferSelect, 'slug' | 'name' | 'description'>;
export type AuthorProfile = Pick<typeof authors.$inferSelect, 'slug' | 'name' | 'bio'>;
export type TagRef = Pick<typeof tags.$inferSelect, 'slug' | 'name'>;

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
}

export interface Article extends ArticleSummary {
  body: ArticleBody;
  /** Set only when the story changed materially after publication. */
  updatedAt: Date | null;
  /** The last write of any kind (versions the story's preview image). */
  modifiedAt: Date;
  /** The outlet a syndicated story came from; `url` is an absolute http(s) URL or null. */
  source: { name: string; url: string | null } | null;
  disclaimer: string | null;
  tags: TagRef[];
}

export interface ArticlePage {
  items: ArticleSummary[];
  page: number;
  totalPages: number;
  totalItems: number;
}
