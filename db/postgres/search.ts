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

/*
 * How much more reading one story's document costs than sorting one match's id: walking back
 * through the newest stories is chosen when it reads fewer than 1/WALK_COST_RATIO as many stories
 * as there are matches to sort. Measured at 100,000 stories: about 7 µs to read a document and
 * test it, about 0.4 µs to find, keep and sort one id.
 */
const WALK_COST_RATIO = 16;

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
 * each step does the least per match: the GIN index counts the matches without reading their
 * documents (kept out of line, in TOAST); only about `maxRanked` documents are read and scored;
 * the older matches are sorted only when the page reaches them; and only the page's stories are
 * read for snippets.
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
     total AS MATERIALIZED (
       SELECT count(*) AS total FROM article_search AS s CROSS JOIN query WHERE s.document @@ query.query
     ),
     -- Where matches are dense (a common word), the newest stories hold the newest matches: walking
     -- back through about as many stories as should hold $3 matches, reading each one's document,
     -- finds them sooner than sorting every match's id. Should the walk come up short, the sort
     -- is done after all; either way the ranked matches are the newest $3.
     reach AS MATERIALIZED (
       SELECT CASE WHEN total.total::float8 * total.total > $7::float8 * $3::int * stories.count
         THEN ceil(1.25 * $3::int * stories.count / total.total)::int END AS stories
       FROM total
       CROSS JOIN pg_class AS c
       -- The planner's estimate of the table's rows: a guide to the walk's length, never trusted
       -- below the matches counted.
       CROSS JOIN LATERAL (SELECT greatest(c.reltuples, total.total, 1) AS count) AS stories
       WHERE c.oid = 'article_search'::regclass
     ),
     walked AS MATERIALIZED (
       SELECT recent.article_id, ts_rank_cd(recent.document, query.query) AS score
       FROM (SELECT article_id, document FROM article_search
             WHERE (SELECT stories FROM reach) IS NOT NULL
             ORDER BY article_id DESC LIMIT (SELECT stories FROM reach)) AS recent
       CROSS JOIN query
       WHERE recent.document @@ query.query
       ORDER BY recent.article_id DESC LIMIT $3
     ),
     ranked AS MATERIALIZED (
       SELECT article_id, score FROM walked
       WHERE (SELECT count(*) FROM walked) >= (SELECT least($3::int, total) FROM total)
       UNION ALL
       -- Sparse matches: their ids from the GIN index, the newest $3 of them scored one by one.
       (SELECT newest.article_id,
          (SELECT ts_rank_cd(s.document, query.query) FROM article_search AS s WHERE s.article_id = newest.article_id)
        FROM (SELECT s.article_id FROM article_search AS s CROSS JOIN query
              WHERE (SELECT count(*) FROM walked) < (SELECT least($3::int, total) FROM total) AND s.document @@ query.query
              ORDER BY s.article_id DESC LIMIT $3) AS newest
        CROSS JOIN query)
     ),
     -- The older matches, found and sorted only for a page that reaches past the ranked ones.
     older AS MATERIALIZED (
       SELECT s.article_id FROM article_search AS s CROSS JOIN query
       WHERE $5::int + $4::int > $3::int AND s.document @@ query.query
     ),
     page AS (
       SELECT article_id, row_number() OVER () AS position
       FROM (
         (SELECT 0 AS part, r.article_id, row_number() OVER (ORDER BY r.score DESC, a.published_at DESC, r.article_id DESC) AS rank
          FROM ranked AS r JOIN articles AS a ON a.id = r.article_id AND a.status = 'published'
          ORDER BY rank LIMIT $4 OFFSET $5)
         UNION ALL
         (SELECT 1, article_id, 0 FROM older ORDER BY article_id DESC LIMIT $4 OFFSET greatest($5, $3))
         ORDER BY part, rank
         LIMIT $4
       ) AS chosen
     )
     SELECT total.total, page.article_id, headline.snippet,
       starts_with(headline.body_start, headline.snippet_letters) AS snippet_at_start,
       right(headline.body_end, length(headline.snippet_letters)) = headline.snippet_letters AS snippet_at_end
     FROM total
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
    [words, lastIsPrefix, maxRanked, pageSize, offset, SNIPPET_OPTIONS, WALK_COST_RATIO],
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
