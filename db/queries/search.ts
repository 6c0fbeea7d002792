import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppDatabase } from '../client';
import { searchArticles as findPostgresMatches } from '../postgres/search';
import { processStore } from '../processDatabase';
import type { ReadHandle, Store, Tables } from '../store';
import { articleSummaryColumns, toArticleSummary } from './articleRows';
import { isPublished } from '../publishedStories';
import type { SearchHit, SearchResults, SnippetPart } from '../../lib/content';
import type { ParsedSearch } from '../../lib/searchQuery';
import { splitHighlights } from '../../lib/searchSnippet';

/*
 * Full-text search over published stories. Each engine finds, orders and highlights the matches
 * with its own index: SQLite's FTS5 table `article_search` (migration 0001_search), here, or
 * PostgreSQL's weighted tsvector (db/postgres/search.ts). Both take the words parseSearchQuery
 * (lib/searchQuery.ts) cut out of the reader's input, which never passes it through as query
 * syntax and is always bound, never spliced into SQL. The cards are then read the same way on both.
 */

/**
 * Relevance is judged among this many matches, the most recently added, on each engine. A word
 * found in nearly every story (India, on this site) would otherwise cost tens of milliseconds to
 * rank, for scores that barely differ. FTS5's bm25 costs about half a microsecond per match;
 * PostgreSQL's ts_rank_cd reads each match's whole document, about seven microseconds, so it
 * ranks fewer within the same time. Older matches follow the ranked ones, most recently added
 * first, so every match still has a place.
 */
export const MAX_RANKED_MATCHES = { sqlite: 10_000, postgres: 1_000 } as const satisfies Record<Store['engine'], number>;

/** bm25 column weights, in the index's column order: headline, standfirst, body, tags, author. */
const RANK = sql.raw('bm25(article_search, 10.0, 5.0, 1.0, 4.0, 3.0)');

// Private-use characters mark the matches: stories do not use them, and one that did would get a
// misplaced highlight, never markup.
const HIGHLIGHT_START = '\uE000';
const HIGHLIGHT_END = '\uE001';
const SNIPPET_TOKENS = 24;
/** The body column: headline and standfirst are shown on the card already. */
const SNIPPET_COLUMN = 2;

const countRow = z.object({ total: z.number().int().nonnegative() });
const rankedPageRow = z.object({ ranked: z.number().int().nonnegative(), ids: z.string() });
const idList = z.array(z.number().int());
const idRows = z.array(z.object({ id: z.number().int() }));
const snippetRows = z.array(z.object({ id: z.number().int(), snippet: z.string().nullable() }));

/** A page of matches, best first, with their snippets: what each engine's search finds. */
interface MatchPage {
  hits: { articleId: number; snippet: SnippetPart[] }[];
  totalPages: number;
  totalItems: number;
}

/** How many published stories match: FTS5 walks the match list without scoring it. */
function countMatches(db: AppDatabase, match: string): number {
  return countRow.parse(db.get(sql`SELECT count(*) AS total FROM article_search WHERE article_search MATCH ${match}`))
    .total;
}

/**
 * Ranks the newest MAX_RANKED_MATCHES matches and returns how many there were and the ids at
 * positions [offset, offset + limit) of the ranking, best first. Only the matches that score at
 * least as well as the last one wanted are joined with their articles to break ties by
 * publication time, so a page reads few article rows whatever the size of the result. One
 * statement, because every evaluation of a MATCH pays again for expanding a prefix.
 */
function rankMatches(
  db: AppDatabase,
  match: string,
  offset: number,
  limit: number,
  maxRanked: number,
): { ranked: number; ids: number[] } {
  const row = rankedPageRow.parse(
    db.get(sql`
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
function unrankedIds(db: AppDatabase, match: string, offset: number, limit: number, maxRanked: number): number[] {
  return idRows
    .parse(
      db.all(sql`
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

/** The snippets of the given matches, in the order of `ids`. */
function loadSnippets(db: AppDatabase, match: string, ids: number[]): MatchPage['hits'] {
  if (ids.length === 0) return [];
  const rows = snippetRows.parse(
    db.all(sql`
      SELECT rowid AS id,
        snippet(article_search, ${sql.raw(String(SNIPPET_COLUMN))}, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${sql.raw(String(SNIPPET_TOKENS))}) AS snippet
      FROM article_search
      WHERE article_search MATCH ${match}
        -- One pass over the matches between the lowest and highest id; the unary + keeps SQLite
        -- from running the MATCH once for each id of the list instead. The casts matter: numbers
        -- are bound as REAL, and FTS5 ignores rowid bounds that are not integers (it scans every
        -- match, and with rowid = ? it even returns every match).
        AND rowid BETWEEN CAST(${Math.min(...ids)} AS INTEGER) AND CAST(${Math.max(...ids)} AS INTEGER)
        AND +rowid IN ${ids}`),
  );
  const snippets = new Map(rows.map((row) => [row.id, toSnippetParts(row.snippet)]));
  return ids.map((articleId) => ({ articleId, snippet: snippets.get(articleId) ?? [] }));
}

/** One page of matches on SQLite: FTS5's bm25, the newest MAX_RANKED_MATCHES ranked (see rankMatches). */
function findSqliteMatches(db: AppDatabase, match: string, page: number, pageSize: number, maxRanked: number): MatchPage | null {
  const start = (page - 1) * pageSize;
  const { ranked, ids } = rankMatches(db, match, start, pageSize, maxRanked);
  // Only a result larger than the ranked part needs counting on its own.
  const totalItems = ranked < maxRanked ? ranked : countMatches(db, match);
  const totalPages = Math.max(1, Math.ceil(totalItems / pageSize));
  if (page > totalPages) return null;
  const end = Math.min(start + pageSize, totalItems);
  if (end > ranked) {
    const tailStart = Math.max(start, ranked);
    ids.push(...unrankedIds(db, match, tailStart - ranked, end - tailStart, maxRanked));
  }
  return { hits: loadSnippets(db, match, ids), totalPages, totalItems };
}

/** The cards of the given matches, in their order, each with its snippet; by primary key on both engines. */
async function loadHits(read: ReadHandle, t: Tables, matches: MatchPage['hits']): Promise<SearchHit[]> {
  if (matches.length === 0) return [];
  const rows = await read
    .select(articleSummaryColumns(t))
    .from(t.articles)
    .innerJoin(t.categories, eq(t.categories.id, t.articles.categoryId))
    .innerJoin(t.authors, eq(t.authors.id, t.articles.authorId))
    .where(
      and(
        inArray(
          t.articles.id,
          matches.map((match) => match.articleId),
        ),
        // A story unpublished since its match was found is no longer shown.
        isPublished(t),
      ),
    );
  const cardsById = new Map(rows.map((row) => [row.id, toArticleSummary(row)]));
  return matches.flatMap(({ articleId, snippet }) => {
    const card = cardsById.get(articleId);
    return card ? [{ ...card, snippet }] : [];
  });
}

/**
 * One page of published stories matching a parsed search, most relevant first: headline matches
 * weigh most (bm25 on SQLite, ts_rank_cd on PostgreSQL), ties going to the newest story; past
 * the newest MAX_RANKED_MATCHES of the engine, the older matches follow newest first. Null when the page is past
 * the last one; page 1 is always a page, possibly without hits. (`maxRanked` is for tests.)
 */
export async function searchArticles(
  search: ParsedSearch,
  page: number,
  pageSize: number,
  maxRanked?: number,
): Promise<SearchResults | null> {
  if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(pageSize) || pageSize < 1) return null;
  if (!Number.isSafeInteger(page * pageSize)) return null;
  const store = await processStore();
  const ranked = maxRanked ?? MAX_RANKED_MATCHES[store.engine];
  const found =
    store.engine === 'sqlite'
      ? findSqliteMatches(store.reader, search.match, page, pageSize, ranked)
      : await findPostgresMatches(store.database.$client, search, page, pageSize, ranked);
  if (!found) return null;
  return { hits: await loadHits(store.read, store.tables, found.hits), page, totalPages: found.totalPages, totalItems: found.totalItems };
}
