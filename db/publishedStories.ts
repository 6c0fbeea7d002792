import { eq, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * The one condition that makes a story public: every read for readers filters on it, as do the
 * writes that must leave unpublished stories alone (db/mostRead.ts). Given tables rather than the
 * store's, it serves SQLite's own tables too.
 */
export function isPublished({ articles }: { articles: { status: AnyColumn } }): SQL {
  return eq(articles.status, 'published');
}
