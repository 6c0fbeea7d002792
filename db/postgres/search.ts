import type pg from 'pg';
import { z } from 'zod';
import type { SnippetPart } from '../../lib/content';
import type { ParsedSearch } from '../../lib/searchQuery';
import { splitHighlights } from '../../lib/searchSnippet';

/*
 * Full-text search over published stories on PostgreSQL, on the table `article_search` and the
 * SQL function `article_search_query` (migration 0001_search in db/postgres/migrations). The
 * reader's words are bound as a text array, never spliced into SQL or read as tsquery syntax.
 * This finds and orders the matches; loading their cards is left to the caller.
 */

// Control characters mark the matches: stored text never holds them (lib/typedText.ts), so a
// marker is always ours, and what comes back is split into parts, never HTML. PostgreSQL's parser
// takes anything shaped like an HTML tag for markup: it is neither indexed nor shown in snippets.
const HIGHLIGHT_START = '\u0001';
const HIGHLIGHT_END = '\u0002';
const SNIPPET_OPTIONS = [
  `StartSel=${HIGHLIGHT_START}`,
  `StopSel=${HIGHLIGHT_END}`,
  'MaxWords=24',
  'MinWords=12',
  'ShortWord=0',
  'MaxFragments=1',
  'FragmentDelimiter=" … "',
].join(', ');

/*
 * Marks a snippet cut from the middle of its story, as SQLite's snippet() does: where the snippet's
 * letters and digits (markers, spaces, punctuation and tags aside, which ts_headline drops or
 * rewrites at a fragment's ends) do not begin or end the body's, an ellipsis stands for the rest.
 */
const ELLIPSIS = '…';

export interface PostgresSearchHit {
  articleId: number;
  /** Words around the matches in the story's body, with the matched words highlighted. */
  snippet: SnippetPart[];
}

export interface PostgresSearchPage {
  hits: PostgresSearchHit[];
  page: number;
  totalPages: number;
  totalItems: number;
}

/** Anything that runs a query: a pool, or a client inside the caller's transaction. */
export type Queryable = Pick<pg.ClientBase, 'query'>;

const pageRows = z.array(
  z.object({
    total: z.coerce.number().int().nonnegative(),
    article_id: z.number().int().nullable(),
    snippet: z.string().nullable(),
    snippet_at_start: z.boolean().nullable(),
    snippet_at_end: z.boolean().nullable(),
  }),
);

/** Splits ts_headline output, with our markers around each match, into plain-text parts. */
export function toSnippetParts(snippet: string | null): SnippetPart[] {
  return splitHighlights(snippet, { start: HIGHLIGHT_START, end: HIGHLIGHT_END });
}

/**
 * One page of published stories matching a parsed search, most relevant first: ts_rank_cd over
 * the weighted document (headline above standfirst, topics and byline, body), ties going to the
 * newest story. Null when the page is past the last one; page 1 is always a page, possibly without
 * hits. One statement, so the matches are found once. Relevance is judged among the `maxRanked`
 * most recently added matches (db/queries/search.ts says why); older ones follow, newest first.
 *
 * What it costs grows with the number of matches (a common word matches nearly every story), so
 * each step does the least per match: the GIN index finds the matches' ids without reading their
 * documents (kept out of line, in TOAST); only the newest `maxRanked` documents are read and
 * scored; the older matches are sorted only when the page reaches them; and only the page's
 * stories are read for snippets.
 */
export async function searchArticles(
  db: Queryable,
  parsed: ParsedSearch,
  page: number,
  pageSize: number,
  maxRanked: number,
): Promise<PostgresSearchPage | null> {
  if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(pageSize) || pageSize < 1) return null;
  const offset = (page - 1) * pageSize;
  if (!Number.isSafeInteger(offset + pageSize)) return null;
  const { terms: words, lastIsPrefix } = parsed;
  const result = await db.query(
    `WITH query AS MATERIALIZED (
       SELECT article_search_query($1::text[], $2::boolean) AS query
     ),
     matched AS MATERIALIZED (
       SELECT s.article_id FROM article_search AS s CROSS JOIN query
       WHERE s.document @@ query.query
     ),
     ranked AS (
       SELECT s.article_id, a.published_at, ts_rank_cd(s.document, query.query) AS score
       FROM (SELECT article_id FROM matched ORDER BY article_id DESC LIMIT $3) AS newest
       JOIN article_search AS s ON s.article_id = newest.article_id
       JOIN articles AS a ON a.id = newest.article_id AND a.status = 'published'
       CROSS JOIN query
     ),
     page AS (
       SELECT article_id, row_number() OVER () AS position
       FROM (
         (SELECT 0 AS part, article_id, row_number() OVER (ORDER BY score DESC, published_at DESC, article_id DESC) AS rank
          FROM ranked ORDER BY rank LIMIT $4 OFFSET $5)
         UNION ALL
         (SELECT 1, article_id, 0 FROM matched WHERE $5 + $4 > $3
          ORDER BY article_id DESC LIMIT $4 OFFSET greatest($5, $3))
         ORDER BY part, rank
         LIMIT $4
       ) AS chosen
     )
     SELECT total.total, page.article_id, headline.snippet,
       starts_with(headline.body_start, headline.snippet_letters) AS snippet_at_start,
       right(headline.body_end, length(headline.snippet_letters)) = headline.snippet_letters AS snippet_at_end
     FROM (SELECT count(*) AS total FROM matched) AS total
     CROSS JOIN query
     LEFT JOIN page ON true
     LEFT JOIN articles AS a ON a.id = page.article_id
     LEFT JOIN LATERAL (
       SELECT snippet,
         regexp_replace(snippet, '[^[:alnum:]]+', '', 'g') AS snippet_letters,
         -- The body's letters near each end, as far as a snippet could reach, tell whether the
         -- snippet begins or ends the body, for a fraction of the cost of all its letters.
         regexp_replace(regexp_replace(left(body.body_text, reach), '<[^>]*>', '', 'g'), '[^[:alnum:]]+', '', 'g') AS body_start,
         regexp_replace(regexp_replace(right(body.body_text, reach), '<[^>]*>', '', 'g'), '[^[:alnum:]]+', '', 'g') AS body_end
       -- OFFSET 0 keeps each of these a subquery of its own, computed once: pulled up into the
       -- query around it, its expression would be copied into every place that reads it.
       FROM (SELECT article_search_body_text(a.body) AS body_text OFFSET 0) AS body
       CROSS JOIN LATERAL (SELECT ts_headline('article_search', body.body_text, query.query, $6) AS snippet OFFSET 0) AS fragment
       CROSS JOIN LATERAL (SELECT 4 * length(fragment.snippet) + 64 AS reach) AS extent
     ) AS headline ON page.article_id IS NOT NULL
     ORDER BY page.position`,
    [words, lastIsPrefix, maxRanked, pageSize, offset, SNIPPET_OPTIONS],
  );
  const rows = pageRows.parse(result.rows);
  const totalItems = rows[0]?.total ?? 0;
  const totalPages = Math.max(1, Math.ceil(totalItems / pageSize));
  if (page > totalPages) return null;
  const hits = rows.flatMap((row) =>
    row.article_id === null
      ? []
      : [
          {
            articleId: row.article_id,
            snippet: toSnippetParts(
              row.snippet === null
                ? null
                : `${row.snippet_at_start === false ? ELLIPSIS : ''}${row.snippet}${row.snippet_at_end === false ? ELLIPSIS : ''}`,
            ),
          },
        ],
  );
  return { hits, page, totalPages, totalItems };
}
