import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { parseSearchQuery, type ParsedSearch } from '../../lib/searchQuery';
import { createDatabase } from '../testing/postgresServer';
import { MAX_RANKED_MATCHES } from '../queries/search';
import { searchArticles, toSnippetParts, type Queryable } from './search';

const MIGRATIONS = path.join(import.meta.dirname, 'migrations');

let pool: pg.Pool;
let drop: () => Promise<void>;

beforeAll(async () => {
  const database = await createDatabase(inject('postgresUrl'), `search_test_${process.pid}`);
  drop = database.drop;
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // The database is dropped with (force) at the end, which can reach a connection the pool is
  // still closing; an idle connection's error is the pool's to report, and there is nothing to do.
  pool.on('error', () => {});
  await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS });
});

afterAll(async () => {
  await pool.end();
  await drop();
});

beforeEach(async () => {
  await pool.query('TRUNCATE article_tags, tags, articles, authors, categories RESTART IDENTITY CASCADE');
});

function paragraph(text: string): string {
  return JSON.stringify([{ type: 'paragraph', content: [{ type: 'text', text }] }]);
}

async function insertAuthor(name: string, db: Queryable = pool): Promise<number> {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
  const { rows } = await db.query<{ id: number }>('INSERT INTO authors (slug, name, bio) VALUES ($1, $2, $3) RETURNING id', [
    slug,
    name,
    '',
  ]);
  return rows[0]!.id;
}

let categoryId = 0;
async function category(): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(
    "INSERT INTO categories (slug, name, description, position) VALUES ('world', 'World', '', 1) ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id",
  );
  categoryId = rows[0]!.id;
  return categoryId;
}

interface StoryFields {
  headline: string;
  standfirst?: string;
  body?: string;
  authorId: number;
  status?: 'draft' | 'published';
  publishedAt?: Date;
}

let storyNumber = 0;
async function insertStory(fields: StoryFields, db: Queryable = pool): Promise<number> {
  storyNumber += 1;
  const status = fields.status ?? 'published';
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO articles (slug, headline, standfirst, body, status, published_at, category_id, author_id,
       image_path, image_width, image_height, image_alt, image_credit)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'articles/x', 10, 10, '', '') RETURNING id`,
    [
      `story-${storyNumber}`,
      fields.headline,
      fields.standfirst ?? 'A standfirst.',
      fields.body ?? paragraph('Nothing of note.'),
      status,
      status === 'published' ? (fields.publishedAt ?? new Date(Date.UTC(2024, 0, storyNumber))) : null,
      await category(),
      fields.authorId,
    ],
  );
  return rows[0]!.id;
}

async function insertTag(name: string, articleIds: number[]): Promise<number> {
  const { rows } = await pool.query<{ id: number }>('INSERT INTO tags (slug, name) VALUES ($1, $2) RETURNING id', [
    name.toLowerCase().replace(/[^a-z]+/g, '-'),
    name,
  ]);
  const tagId = rows[0]!.id;
  for (const articleId of articleIds) await pool.query('INSERT INTO article_tags (article_id, tag_id) VALUES ($1, $2)', [articleId, tagId]);
  return tagId;
}

function parsed(input: string): ParsedSearch {
  const result = parseSearchQuery(input);
  if (result === null) throw new Error(`no words in ${JSON.stringify(input)}`);
  return result;
}

async function ids(input: string, db: Queryable = pool): Promise<number[]> {
  const page = await searchArticles(db, parsed(input), 1, 50, MAX_RANKED_MATCHES.postgres);
  return page?.hits.map((hit) => hit.articleId) ?? [];
}

async function inTransaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

describe('search on PostgreSQL', () => {
  it('ranks a headline match above a standfirst, topic, byline or body match, newest first on ties', async () => {
    const author = await insertAuthor('Ann Writer');
    const inBody = await insertStory({ headline: 'Harbour news', body: paragraph('The ferry to Helsinki was late.'), authorId: author });
    const inHeadline = await insertStory({ headline: 'Ferry strike ends', authorId: author });
    const inStandfirst = await insertStory({ headline: 'Port news', standfirst: 'The ferry crews agreed.', authorId: author });
    const olderInBody = await insertStory({
      headline: 'Older harbour news',
      body: paragraph('The ferry to Tallinn was late.'),
      authorId: author,
      publishedAt: new Date(Date.UTC(2020, 0, 1)),
    });
    expect(await ids('ferry')).toEqual([inHeadline, inStandfirst, inBody, olderInBody]);

    const page = await searchArticles(pool, parsed('ferry'), 2, 3, MAX_RANKED_MATCHES.postgres);
    expect(page).toMatchObject({ page: 2, totalPages: 2, totalItems: 4, hits: [{ articleId: olderInBody }] });
    expect(await searchArticles(pool, parsed('ferry'), 3, 3, MAX_RANKED_MATCHES.postgres)).toBeNull();
    expect(await searchArticles(pool, parsed('nowhere'), 1, 3, MAX_RANKED_MATCHES.postgres)).toEqual({ hits: [], page: 1, totalPages: 1, totalItems: 0 });
  });

  it('finds stories by topic and by byline, and only published ones', async () => {
    const author = await insertAuthor('Sergei Lavrov');
    const byline = await insertStory({ headline: 'Talks in Geneva', authorId: author });
    const tagged = await insertStory({ headline: 'Budget vote', authorId: await insertAuthor('Bea Other') });
    await insertTag('Diplomacy', [tagged]);
    await insertStory({ headline: 'Diplomacy draft', status: 'draft', authorId: author });
    expect(await ids('Lavrov')).toEqual([byline]);
    expect(await ids('diplomacy')).toEqual([tagged]);
  });

  it('matches the last word as a prefix while it is being typed, and folds case and diacritics', async () => {
    const author = await insertAuthor('Ann Writer');
    const lavrov = await insertStory({ headline: 'Lavrov meets envoys', authorId: author });
    const gdansk = await insertStory({ headline: 'Shipyard in Gdańsk reopens', authorId: author });
    expect(await ids('Lavr')).toEqual([lavrov]);
    expect(await ids('lavr ')).toEqual([]);
    expect(await ids('GDANSK')).toEqual([gdansk]);
    expect(await ids('gdańsk shipyard')).toEqual([gdansk]);
    expect(await ids('Gdan')).toEqual([gdansk]);
  });

  it('reads every text of the body: paragraphs, links, headings, quotes with their attribution, list items', async () => {
    const author = await insertAuthor('Ann Writer');
    const body = JSON.stringify([
      { type: 'heading', level: 2, text: 'Aardvark' },
      { type: 'paragraph', content: [{ type: 'text', text: 'Badger' }, { type: 'link', href: '/x', text: 'Cormorant' }] },
      { type: 'quote', text: 'Dingo', attribution: 'Echidna' },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Flamingo' }]] },
    ]);
    const story = await insertStory({ headline: 'Animals', body, authorId: author });
    for (const word of ['aardvark', 'badger', 'cormorant', 'dingo', 'echidna', 'flamingo']) expect(await ids(word)).toEqual([story]);
    expect(await ids('paragraph')).toEqual([]);
    const { rows } = await pool.query<{ text: string }>('SELECT article_search_body_text($1) AS text', [body]);
    expect(rows[0]!.text).toBe('Aardvark Badger Cormorant Dingo Echidna Flamingo');
    await expect(pool.query("SELECT article_search_body_text('not json') AS text")).resolves.toMatchObject({ rows: [{ text: '' }] });
  });

  it('treats hostile input as words, never as query syntax, without errors', async () => {
    const author = await insertAuthor('Ann Writer');
    const story = await insertStory({ headline: 'Quotes and backslashes', body: paragraph("a b c it's"), authorId: author });
    const hostile = ["'", '&|!:*()', 'a:* | b', '\\', '\\\\\'', "it's", 'x'.repeat(10_000), 'a\u0000b', '!quotes', 'quotes <-> backslashes'];
    for (const input of hostile) {
      const search = parseSearchQuery(input);
      if (search !== null) await expect(searchArticles(pool, search, 1, 10, MAX_RANKED_MATCHES.postgres)).resolves.not.toBeNull();
    }
    expect(await ids('a:* | b')).toEqual([story]);
    expect(await ids('!quotes')).toEqual([story]);
    // Words that are operators elsewhere are only words here.
    expect(await ids('quotes & nothing')).toEqual([]);
    expect(await ids('quotes | nothing')).toEqual([]);
    // The SQL function itself quotes whatever words it is given.
    const { rows } = await pool.query<{ query: string | null }>('SELECT article_search_query($1::text[], true)::text AS query', [
      ["it's", '\\', "'&|!:*()", 'x\\y'],
    ]);
    expect(rows[0]!.query).toBe("'it' & 's' & 'x':* & 'y':*");
    const empty = await pool.query<{ query: string | null }>('SELECT article_search_query($1::text[], true) AS query', [['&|!', '']]);
    expect(empty.rows[0]!.query).toBeNull();
  });

  it('highlights the matched words of the body as parts, never as markup', async () => {
    const author = await insertAuthor('Ann Writer');
    await insertStory({
      headline: 'Port',
      body: paragraph('The mayor of Gdańsk spoke about the <b>port</b> and the shipyards today.'),
      authorId: author,
    });
    const page = await searchArticles(pool, parsed('gdansk ship'), 1, 10, MAX_RANKED_MATCHES.postgres);
    const snippet = page?.hits[0]?.snippet ?? [];
    expect(snippet.filter((part) => part.highlighted).map((part) => part.text)).toEqual(['Gdańsk', 'shipyards']);
    // PostgreSQL's parser reads `<b>` as a markup tag and ts_headline leaves tags out: what looks
    // like markup in a story is dropped from its snippet, never passed on.
    expect(snippet.map((part) => part.text).join('')).toBe('The mayor of Gdańsk spoke about the  port  and the shipyards today');
    expect(toSnippetParts('a \u0001b\u0002 c')).toEqual([
      { text: 'a ', highlighted: false },
      { text: 'b', highlighted: true },
      { text: ' c', highlighted: false },
    ]);
  });

  it('marks with an ellipsis each end of a long story that its snippet leaves out', async () => {
    const author = await insertAuthor('Ann Writer');
    const filler = Array.from({ length: 150 }, (_, index) => `word${index}`).join(' ');
    const body = (text: string) => ({ body: paragraph(text), authorId: author });
    await insertStory({ headline: 'Opening', ...body(`Wombats opened the story. ${filler}.`) });
    await insertStory({ headline: 'Closing', ...body(`${filler}. The story ends with quolls`) });
    await insertStory({ headline: 'Middle', ...body(`${filler}. Numbats in the middle. ${filler}.`) });
    const snippetOf = async (word: string) =>
      (await searchArticles(pool, parsed(word), 1, 10, MAX_RANKED_MATCHES.postgres))?.hits[0]?.snippet.map((part) => part.text).join('') ?? '';
    expect(await snippetOf('wombats ')).toMatch(/^Wombats opened the story\b.*…$/);
    expect(await snippetOf('quolls ')).toMatch(/^….*The story ends with quolls$/);
    expect(await snippetOf('numbats ')).toMatch(/^….*Numbats in the middle.*…$/);
  });

  it('ranks only the newest matches when told to, the older ones following newest first', async () => {
    const author = await insertAuthor('Ann Writer');
    const oldHeadline = await insertStory({ headline: 'Comet seen', authorId: author });
    const middleBody = await insertStory({ headline: 'Sky', body: paragraph('A comet.'), authorId: author });
    const newBody = await insertStory({ headline: 'Night', body: paragraph('A comet again.'), authorId: author });
    const newHeadline = await insertStory({ headline: 'Comet returns', authorId: author });
    const page = await searchArticles(pool, parsed('comet'), 1, 10, 2);
    expect(page?.hits.map((hit) => hit.articleId)).toEqual([newHeadline, newBody, middleBody, oldHeadline]);
    expect(page?.totalItems).toBe(4);
  });

  /*
   * A word in nearly every story is ranked by walking back through the newest stories; a rarer one
   * by sorting its matches’ ids; a common word scarce among the newest stories sends the walk back
   * to the sort. Each must rank exactly the newest matches and list the rest newest first.
   */
  it('ranks the same newest matches whether it walks the newest stories or sorts the matches', async () => {
    const author = await insertAuthor('Ann Writer');
    const ids: number[] = [];
    for (let index = 0; index < 40; index += 1) {
      const words = [
        // Older stories mention it more, so plain relevance would put them first.
        ...Array.from({ length: 1 + ((40 - index) % 5) }, () => 'comet'),
        ...(index % 10 === 0 ? ['meteor', 'meteor'] : []),
        ...(index < 36 || index === 38 ? ['aurora'] : []),
      ];
      ids.push(await insertStory({ headline: `Sky ${index}`, body: paragraph(words.join(' ')), authorId: author }));
    }
    await pool.query('ANALYZE article_search');
    const expected = async (word: string) => {
      const { rows } = await pool.query<{ id: number }>(
        `SELECT s.article_id AS id FROM article_search s WHERE s.document @@ article_search_query($1::text[], false)
         ORDER BY s.article_id DESC`,
        [[word]],
      );
      const newest = rows.slice(0, 2).map((row) => row.id);
      // Only "comet" is said more often in some stories; the other words tie, newest first.
      const mentions = (id: number) => (word === 'comet' ? 1 + ((40 - ids.indexOf(id)) % 5) : 1);
      const ranked = [...newest].sort((a, b) => mentions(b) - mentions(a) || b - a);
      return [...ranked, ...rows.slice(2).map((row) => row.id)];
    };
    for (const word of ['comet', 'meteor', 'aurora']) {
      const all = await searchArticles(pool, parsed(`${word} `), 1, 50, 2);
      expect(all?.hits.map((hit) => hit.articleId), word).toEqual(await expected(word));
      const paged: number[] = [];
      for (let page = 1; page <= Math.ceil((all?.totalItems ?? 0) / 3); page += 1) {
        paged.push(...((await searchArticles(pool, parsed(`${word} `), page, 3, 2))?.hits.map((hit) => hit.articleId) ?? []));
      }
      expect(paged, word).toEqual(all?.hits.map((hit) => hit.articleId));
    }
  });
});

describe('the search index on PostgreSQL', () => {
  it('follows headline edits, publishing and unpublishing inside the writer’s transaction', async () => {
    const author = await insertAuthor('Ann Writer');
    const story = await insertStory({ headline: 'Old headline', authorId: author });
    await inTransaction(async (client) => {
      await client.query("UPDATE articles SET headline = 'Brand new words' WHERE id = $1", [story]);
      expect(await ids('brand', client)).toEqual([story]);
      expect(await ids('old', client)).toEqual([]);
      expect(await ids('brand')).toEqual([]);
    });
    expect(await ids('brand')).toEqual([story]);
    expect(await ids('old')).toEqual([]);

    await pool.query("UPDATE articles SET status = 'draft', published_at = NULL WHERE id = $1", [story]);
    expect(await ids('brand')).toEqual([]);
    await pool.query("UPDATE articles SET status = 'published', published_at = now() WHERE id = $1", [story]);
    expect(await ids('brand')).toEqual([story]);
  });

  it('follows a tag’s new name, tagging, untagging and a deleted tag', async () => {
    const author = await insertAuthor('Ann Writer');
    const story = await insertStory({ headline: 'Budget', authorId: author });
    const tag = await insertTag('Economy', [story]);
    expect(await ids('economy')).toEqual([story]);
    await inTransaction(async (client) => {
      await client.query("UPDATE tags SET name = 'Finance' WHERE id = $1", [tag]);
      expect(await ids('finance', client)).toEqual([story]);
      expect(await ids('economy', client)).toEqual([]);
    });
    expect(await ids('finance')).toEqual([story]);
    expect(await ids('economy')).toEqual([]);

    await pool.query('DELETE FROM article_tags WHERE tag_id = $1', [tag]);
    expect(await ids('finance')).toEqual([]);
    await pool.query('INSERT INTO article_tags (article_id, tag_id) VALUES ($1, $2)', [story, tag]);
    expect(await ids('finance')).toEqual([story]);
    await pool.query('DELETE FROM tags WHERE id = $1', [tag]);
    expect(await ids('finance')).toEqual([]);
    expect(await ids('budget')).toEqual([story]);
  });

  it('follows an author’s new name and a story given to another author', async () => {
    const ann = await insertAuthor('Ann Writer');
    const bea = await insertAuthor('Bea Reporter');
    const story = await insertStory({ headline: 'Budget', authorId: ann });
    await inTransaction(async (client) => {
      await client.query("UPDATE authors SET name = 'Ann Novelist' WHERE id = $1", [ann]);
      expect(await ids('novelist', client)).toEqual([story]);
      expect(await ids('writer', client)).toEqual([]);
    });
    expect(await ids('novelist')).toEqual([story]);
    await pool.query('UPDATE articles SET author_id = $1 WHERE id = $2', [bea, story]);
    expect(await ids('novelist')).toEqual([]);
    expect(await ids('reporter')).toEqual([story]);
  });

  it('forgets a deleted story inside the transaction, and keeps it when the transaction rolls back', async () => {
    const author = await insertAuthor('Ann Writer');
    const story = await insertStory({ headline: 'Vanishing story', authorId: author });
    await insertTag('Mystery', [story]);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM articles WHERE id = $1', [story]);
      expect(await ids('vanishing', client)).toEqual([]);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await ids('vanishing')).toEqual([story]);
    await pool.query('DELETE FROM articles WHERE id = $1', [story]);
    expect(await ids('vanishing')).toEqual([]);
    expect(await ids('mystery')).toEqual([]);
    const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM article_search');
    expect(rows[0]!.count).toBe('0');
  });

  it('indexes many stories written by one statement', async () => {
    const author = await insertAuthor('Ann Writer');
    await category();
    await pool.query(
      `INSERT INTO articles (slug, headline, standfirst, body, status, published_at, category_id, author_id,
         image_path, image_width, image_height, image_alt, image_credit)
       SELECT 'bulk-' || n, 'Bulk story ' || n, '', $1, 'published', now(), $2, $3, 'articles/x', 10, 10, '', ''
       FROM generate_series(1, 200) AS n`,
      [paragraph('Volcano'), categoryId, author],
    );
    expect((await searchArticles(pool, parsed('volcano'), 1, 10, MAX_RANKED_MATCHES.postgres))?.totalItems).toBe(200);
  });
});
