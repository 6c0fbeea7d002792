import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { getDatabase } from '../processDatabase';
import { articles, authors, categories } from '../schema';
import { articleSummaryColumns, isPublished, toArticleSummary } from './articleRows';
import type { SearchHit, SearchResults, SnippetPart } from '../../lib/content';
import { splitHighlights } from '../../lib/searchSnippet';

/*
 * Full-text search over published stories, on the FTS5 index `article_search` (migration
 * 0001_search). `match` must come from parseSearchQuery (lib/searchQuery.ts), which never
 * passes reader input through as FTS5 syntax; it is always bound, never spliced into SQL.
 */

/**
 * Relevance is judged among this many matches, the most recently added. Scoring costs about half
 * a microsecond per match, and a word found in nearly every story (India, on this site) would
 * otherwise cost tens of milliseconds to rank, for scores that barely differ. Older matches
 * follow the ranked ones, most recently added first, so every match still has a place.
 */
export const MAX_RANKED_MATCHES = 10_000;

/** bm25 column weights, in the index's column order: headline, standfirst, body, tags, author. */
const RANK = sql.raw('bm25(article_search, 10.0, 5.0, 1.0, 4.0, 3.0)');

// Private-use characters mark the matches: stories do not use them, and one that did would get a
// misplaced highlight, never markup.
const HIGHLIGHT_START = '\uE000';
const HIGHLIGHT_END = '\uE001';
const SNIPPET_TOKENS = 24;
/** The body column: headline and standfirst are shown on the card already. */
const SNIPPET_COLUMN = 2;

/** The FTS5 table, declared here (not in schema.ts) only so that queries can join it. */
const articleSearch = sqliteTable('article_search', { rowid: integer('rowid').notNull() });

const countRow = z.object({ total: z.number().int().nonnegative() });
const rankedPageRow = z.object({ ranked: z.number().int().nonnegative(), ids: z.string() });
const idList = z.array(z.number().int());
const idRows = z.array(z.object({ id: z.number().int() }));

/** How many published stories match: FTS5 walks the match list without scoring it. */
function countMatches(match: string): number {
  return countRow.parse(getDatabase().get(sql`SELECT count(*) AS total FROM article_search WHERE article_search MATCH ${match}`))
    .total;
}

/**
 * Ranks the newest MAX_RANKED_MATCHES matches and returns how many there were and the ids at
 * positions [offset, offset + limit) of the ranking, best first. Only the matches that score at
 * least as well as the last one wanted are joined with their articles to break ties by
 * publication time, so a page reads few article rows whatever the size of the result. One
 * statement, because every evaluation of a MATCH pays again for expanding a prefix.
 */
function rankMatches(match: string, offset: number, limit: number, maxRanked: number): { ranked: number; ids: number[] } {
  const row = rankedPageRow.parse(
    getDatabase().get(sql`
      WITH candidate AS MATERIALIZED (
        SELECT rowid AS id, ${RANK} AS score FROM article_search
        WHERE article_search MATCH ${match}
        ORDER BY rowid DESC LIMIT ${maxRanked}
      ),
      contender AS (
        SELECT id, score FROM candidate
        WHERE ${offset} < (SELECT count(*) FROM candidate)
          AND score <= (SELECT max(score) FROM (SELECT score FROM candidate ORDER BY score LIMIT ${offset + limit}))
      ),
      ranking AS (
        SELECT contender.id AS id,
          row_number() OVER (ORDER BY contender.score, articles.published_at DESC, articles.id DESC) AS position
        FROM contender CROSS JOIN articles ON articles.id = contender.id
      )
      SELECT (SELECT count(*) FROM candidate) AS ranked,
        (SELECT json_group_array(id ORDER BY position) FROM ranking
          WHERE position > ${offset} AND position <= ${offset + limit}) AS ids`),
  );
  return { ranked: row.ranked, ids: idList.parse(JSON.parse(row.ids)) };
}

/** Ids of the matches older than the ranked ones, newest first, from `offset` among them. */
function unrankedIds(match: string, offset: number, limit: number, maxRanked: number): number[] {
  return idRows
    .parse(
      getDatabase().all(sql`
        SELECT rowid AS id FROM article_search
        WHERE article_search MATCH ${match} AND rowid < (
          SELECT min(id) FROM (
            SELECT rowid AS id FROM article_search WHERE article_search MATCH ${match}
            ORDER BY rowid DESC LIMIT ${maxRanked}
          )
        )
        ORDER BY rowid DESC LIMIT ${limit} OFFSET ${offset}`),
    )
    .map((row) => row.id);
}

/** Splits FTS5 snippet() output, with our markers around each match, into plain-text parts. */
export function toSnippetParts(snippet: string | null): SnippetPart[] {
  return splitHighlights(snippet, { start: HIGHLIGHT_START, end: HIGHLIGHT_END });
}

/** The cards and snippets of the given matches, in the order of `ids`. */
function loadHits(match: string, ids: number[]): SearchHit[] {
  if (ids.length === 0) return [];
  const rows = getDatabase()
    .select({
      ...articleSummaryColumns({ articles, categories, authors }),
      snippet: sql<string | null>`snippet(article_search, ${sql.raw(String(SNIPPET_COLUMN))}, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${sql.raw(String(SNIPPET_TOKENS))})`,
    })
    .from(articleSearch)
    .crossJoin(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(
      and(
        sql`article_search MATCH ${match}`,
        // One pass over the matches between the lowest and highest id; the unary + keeps SQLite
        // from running the MATCH once for each id of the list instead. The casts matter: numbers
        // are bound as REAL, and FTS5 ignores rowid bounds that are not integers (it scans every
        // match, and with `rowid = ?` it even returns every match).
        sql`${articleSearch.rowid} BETWEEN CAST(${Math.min(...ids)} AS INTEGER) AND CAST(${Math.max(...ids)} AS INTEGER)`,
        sql`+${articleSearch.rowid} IN ${ids}`,
        eq(articles.id, articleSearch.rowid),
        isPublished({ articles }),
      ),
    )
    .all();
  const hitsById = new Map(rows.map((row) => [row.id, { ...toArticleSummary(row), snippet: toSnippetParts(row.snippet) }]));
  return ids.flatMap((id) => hitsById.get(id) ?? []);
}

/**
 * One page of published stories matching `match` (from parseSearchQuery), most relevant first:
 * bm25 with headline matches weighing most, ties going to the newest story. Null when the page
 * is past the last one; page 1 is always a page, possibly without hits. (`maxRanked` is for tests.)
 */
export function searchArticles(
  match: string,
  page: number,
  pageSize: number,
  maxRanked: number = MAX_RANKED_MATCHES,
): SearchResults | null {
  if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(pageSize) || pageSize < 1) return null;
  const start = (page - 1) * pageSize;
  if (!Number.isSafeInteger(start + pageSize)) return null;
  const { ranked, ids } = rankMatches(match, start, pageSize, maxRanked);
  // Only a result larger than the ranked part needs counting on its own.
  const totalItems = ranked < maxRanked ? ranked : countMatches(match);
  const totalPages = Math.max(1, Math.ceil(totalItems / pageSize));
  if (page > totalPages) return null;
  const end = Math.min(start + pageSize, totalItems);
  if (end > ranked) {
    const tailStart = Math.max(start, ranked);
    ids.push(...unrankedIds(match, tailStart - ranked, end - tailStart, maxRanked));
  }
  return { hits: loadHits(match, ids), page, totalPages, totalItems };
}
