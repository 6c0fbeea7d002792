import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSearchQuery, type ParsedSearch } from '../../lib/searchQuery';
import { generateLargeDatabase } from '../../db/seed/largeDatabase';
import { parseArticleBody, serializeArticleBody } from '../../lib/articleBody';
import { openDatabase } from '../client';
import { migrateDatabaseAt } from '../migrate';
import { setProcessStore } from '../processDatabase';
import { articles } from '../schema';
import { checkSearchIndex, checkStoreSearchIndex, rebuildStoreSearchIndex, withSearchIndexRebuiltAfter } from '../search';
import { SEED_ARTICLES } from '../seed/articles/index';
import { SEED_AUTHORS } from '../seed/authors';
import { SEED_CATEGORIES } from '../seed/categories';
import { openSqliteStore } from '../sqliteStore';
import type { Store } from '../store';
import { TEST_ENGINES, setUpTestStore, type TestStore } from '../testing/testStore';
import type { SearchResults } from '../../lib/content';
import { searchArticles, toSnippetParts } from './search';

const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';

function parsed(input: string): ParsedSearch {
  const search = parseSearchQuery(input);
  if (!search) throw new Error(`"${input}" has no search terms`);
  return search;
}

function search(input: string, page = 1, pageSize = 50): Promise<SearchResults | null> {
  return searchArticles(parsed(input), page, pageSize);
}

async function slugsFor(input: string): Promise<string[]> {
  return (await search(input))?.hits.map((hit) => hit.slug) ?? [];
}

/** The parts of a story's document a search can be narrowed to. */
type SearchColumn = 'headline' | 'standfirst' | 'body' | 'tags' | 'author';

/*
 * Narrowing a search to one part of the document is no reader feature, so each engine says it its
 * own way: an FTS5 column filter on SQLite, a weight on PostgreSQL, where topics and byline share
 * weight C (db/postgres/migrations/0001_search.sql).
 */
const POSTGRES_WEIGHTS: Record<SearchColumn, string> = { headline: 'A', standfirst: 'B', tags: 'C', author: 'C', body: 'D' };
const storedSlugs = z.array(z.object({ slug: z.string() }));

/** Slugs of the published stories with every one of `words` (lower case, whole) in `column`. */
async function slugsWithWordsIn(store: Store, column: SearchColumn, words: string[]): Promise<string[]> {
  switch (store.engine) {
    case 'sqlite': {
      const match = `{${column}} : ${words.map((word) => `"${word}"`).join(' ')}`;
      return (await searchArticles({ terms: words, lastIsPrefix: false, match }, 1, 50))?.hits.map((hit) => hit.slug) ?? [];
    }
    case 'postgres': {
      const query = words.map((word) => `'${word}':${POSTGRES_WEIGHTS[column]}`).join(' & ');
      const { rows } = await store.database.execute(sql`
        SELECT a.slug FROM article_search AS s JOIN articles AS a ON a.id = s.article_id
        WHERE s.document @@ to_tsquery('article_search', ${query})`);
      return storedSlugs.parse(rows).map((row) => row.slug);
    }
  }
}

/** Runs a statement written in SQL both engines read, outside the app's writes. */
async function execute(store: Store, statement: SQL): Promise<void> {
  switch (store.engine) {
    case 'sqlite':
      store.writer.run(statement);
      return;
    case 'postgres':
      await store.database.execute(statement);
      return;
  }
}

async function requireId(store: Store, slug: string): Promise<number> {
  const t = store.tables;
  const [row] = await store.read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, slug)).limit(1);
  if (!row) throw new Error(`missing article ${slug}`);
  return row.id;
}

/** A published story with the given text, for tests that need words no seed story uses. */
async function insertStory(
  store: Store,
  story: { slug: string; headline?: string; body?: string; publishedAt?: number; tagIds?: number[] },
): Promise<number> {
  const t = store.tables;
  return store.write(async (tx) => {
    const [template] = await tx
      .select({
        categoryId: t.articles.categoryId,
        authorId: t.articles.authorId,
        imagePath: t.articles.imagePath,
        imageWidth: t.articles.imageWidth,
        imageHeight: t.articles.imageHeight,
        imageAlt: t.articles.imageAlt,
        imageCredit: t.articles.imageCredit,
      })
      .from(t.articles)
      .where(eq(t.articles.slug, ANCHOR_SLUG))
      .limit(1);
    if (!template) throw new Error('anchor missing');
    const [inserted] = await tx
      .insert(t.articles)
      .values({
        ...template,
        status: 'published',
        slug: story.slug,
        headline: story.headline ?? 'A plain headline',
        standfirst: 'A plain standfirst.',
        body: serializeArticleBody([{ type: 'paragraph', content: [{ type: 'text', text: story.body ?? 'Plain words.' }] }]),
        publishedAt: new Date(story.publishedAt ?? Date.UTC(2020, 0, 1)),
      })
      .returning({ id: t.articles.id });
    if (!inserted) throw new Error('story not inserted');
    for (const tagId of story.tagIds ?? []) await tx.insert(t.articleTags).values({ articleId: inserted.id, tagId });
    return inserted.id;
  });
}

const bodyText = z.array(z.object({ body: z.string() }));

/** The text of a story's body as the engine's index reads it. */
async function indexedBodyText(store: Store, id: number): Promise<string | undefined> {
  switch (store.engine) {
    case 'sqlite':
      return bodyText.parse(store.reader.all(sql`SELECT body FROM article_search_source WHERE id = ${id}`))[0]?.body;
    case 'postgres': {
      const { rows } = await store.database.execute(sql`SELECT article_search_body_text(body) AS body FROM articles WHERE id = ${id}`);
      return bodyText.parse(rows)[0]?.body;
    }
  }
}

const storedCount = z.array(z.object({ count: z.coerce.number() }));

/** How many stories the engine's index holds. */
async function indexedCount(store: Store): Promise<number | undefined> {
  switch (store.engine) {
    case 'sqlite':
      return storedCount.parse(store.reader.all(sql`SELECT count(*) AS count FROM article_search_docsize`))[0]?.count;
    case 'postgres':
      return storedCount.parse((await store.database.execute(sql`SELECT count(*) AS count FROM article_search`)).rows)[0]?.count;
  }
}

/** The slugs matching all of `words`, ordered as the engine's own ranking function orders them, independently of searchArticles. */
async function slugsRankedByEngine(store: Store, words: string[]): Promise<string[]> {
  switch (store.engine) {
    case 'sqlite': {
      const match = words.map((word) => `"${word}"`).join(' ');
      return storedSlugs
        .parse(
          store.reader.all(sql`
            SELECT a.slug FROM article_search AS s JOIN articles AS a ON a.id = s.rowid
            WHERE article_search MATCH ${match} ORDER BY bm25(article_search, 10, 5, 1, 4, 3), a.published_at DESC, a.id DESC`),
        )
        .map((row) => row.slug);
    }
    case 'postgres': {
      const { rows } = await store.database.execute(sql`
        SELECT a.slug FROM article_search AS s JOIN articles AS a ON a.id = s.article_id
          CROSS JOIN article_search_query(ARRAY[${sql.join(words.map((word) => sql`${word}`), sql`, `)}]::text[], false) AS query
        WHERE s.document @@ query ORDER BY ts_rank_cd(s.document, query) DESC, a.published_at DESC, a.id DESC`);
      return storedSlugs.parse(rows).map((row) => row.slug);
    }
  }
}

function sqliteOnly(testStore: () => TestStore) {
  const { store } = testStore();
  if (store.engine !== 'sqlite') throw new Error('SQLite only');
  return store;
}

describe.each(TEST_ENGINES)('searchArticles on the demo content on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  it('indexes every published story when the migration runs', async () => {
    await expect(checkStoreSearchIndex(testStore().store)).resolves.toBeUndefined();
    expect((await search('the '))?.totalItems).toBe(SEED_ARTICLES.length);
  });

  it('finds the India & Russia story first for Lavrov', async () => {
    const results = await search('Lavrov');
    expect(results?.hits[0]?.slug).toBe(ANCHOR_SLUG);
    expect(results?.hits[0]).toMatchObject({
      headline: 'Russia Offers to Mediate India-Pakistan Kashmir Tensions After Pahalgam Attack',
      category: { slug: 'india-russia', name: 'India & Russia' },
      author: { slug: 'news-desk', name: 'News Desk' },
    });
  });

  it('ignores case', async () => {
    const lower = await slugsFor('jaishankar ');
    expect(lower).toContain(ANCHOR_SLUG);
    expect(await slugsFor('JAISHANKAR ')).toEqual(lower);
    expect(await slugsFor('Jaishankar ')).toEqual(lower);
  });

  it('ignores diacritics', async () => {
    expect(await slugsFor('Lavróv ')).toEqual(await slugsFor('Lavrov '));
    expect(await slugsFor('Lavróv ')).toContain(ANCHOR_SLUG);
  });

  it('matches the last word as a prefix while it is being typed', async () => {
    expect(await slugsFor('Lavr')).toContain(ANCHOR_SLUG);
    expect(await slugsFor('Sergei Lav')).toContain(ANCHOR_SLUG);
    expect(await slugsFor('Lavr ')).toEqual([]);
  });

  it('indexes tag names and author names', async () => {
    const { store } = testStore();
    const taggedKashmir = SEED_ARTICLES.filter((article) => article.tags.includes('Kashmir')).map((article) => article.slug);
    const byTagColumn = await slugsWithWordsIn(store, 'tags', ['kashmir']);
    expect(byTagColumn.sort()).toEqual([...taggedKashmir].sort());
    expect(await slugsFor('Kashmir')).toEqual(expect.arrayContaining(taggedKashmir));

    const byNewsDesk = SEED_ARTICLES.filter((article) => article.author === 'news-desk').map((article) => article.slug);
    const byAuthorColumn = await slugsWithWordsIn(store, 'author', ['news', 'desk']);
    expect(byAuthorColumn.sort()).toEqual([...byNewsDesk].sort());
    expect(await slugsFor('News Desk')).toEqual(expect.arrayContaining(byNewsDesk));
  });

  it('indexes every text of the body: paragraphs, list items, headings and quote attributions', async () => {
    const { store } = testStore();
    const source = await indexedBodyText(store, await requireId(store, 'rupee-rouble-payments-remain-a-work-in-progress-as-banks-tread-carefully'));
    expect(source).toEqual(expect.stringContaining('More than three years after Western sanctions'));
    // A list item of that story.
    expect(source).toEqual(expect.stringContaining('Bank caution: lenders with large US exposure'));
    expect(source).not.toEqual(expect.stringContaining('"type"'));
    expect(await slugsFor('lenders with large US exposure ')).toContain(
      'rupee-rouble-payments-remain-a-work-in-progress-as-banks-tread-carefully',
    );
  });

  it('returns snippets from the body with the matched words highlighted, as plain text', async () => {
    const hit = (await search('Lavrov'))?.hits.find((candidate) => candidate.slug === ANCHOR_SLUG);
    const highlighted = hit?.snippet.filter((part) => part.highlighted).map((part) => part.text);
    expect(highlighted?.length).toBeGreaterThan(0);
    expect(highlighted?.every((text) => /^lavrov$/i.test(text))).toBe(true);
    const text = hit?.snippet.map((part) => part.text).join('') ?? '';
    expect(text).toContain('Lavrov');
    // Neither engine's markers, nor markup.
    expect(text).not.toMatch(/[\uE000\uE001\u0001\u0002<>]/);
    // Cut from the middle of a long story: ellipses stand for the rest.
    expect(text).toMatch(/^….+…$/);
  });

  it('pages the results and refuses pages past the last, except the first', async () => {
    const all = await search('india ', 1, 100);
    expect(all?.totalItems).toBeGreaterThan(10);
    const first = await search('india ', 1, 4);
    const second = await search('india ', 2, 4);
    expect(first).toMatchObject({ page: 1, totalItems: all?.totalItems, totalPages: Math.ceil((all?.totalItems ?? 0) / 4) });
    expect([...(first?.hits ?? []), ...(second?.hits ?? [])].map((hit) => hit.slug)).toEqual(
      all?.hits.slice(0, 8).map((hit) => hit.slug),
    );
    expect((await search('india ', first?.totalPages ?? 0, 4))?.hits.length).toBeGreaterThan(0);
    expect(await search('india ', (first?.totalPages ?? 0) + 1, 4)).toBeNull();
    expect(await search('zzyzx ', 1, 4)).toEqual({ hits: [], page: 1, totalPages: 1, totalItems: 0 });
    expect(await search('zzyzx ', 2, 4)).toBeNull();
    expect(await search('india ', 0, 4)).toBeNull();
    expect(await search('india ', 1.5, 4)).toBeNull();
    expect(await search('india ', Number.MAX_SAFE_INTEGER, 4)).toBeNull();
  });

  // Each engine ranks with its own function (bm25 on SQLite, ts_rank_cd on PostgreSQL), both
  // weighting the headline most: the order is the engine's, the tie-break and paging are ours.
  it('orders by the engine’s relevance with headline matches weighing most, ties going to the newest story', async () => {
    const expected = await slugsRankedByEngine(testStore().store, ['india', 'russia']);
    expect(expected.length).toBeGreaterThan(5);
    expect((await search('india russia ', 1, 100))?.hits.map((hit) => hit.slug)).toEqual(expected);
    const paged: string[] = [];
    for (const page of [1, 2, 3, 4, 5, 6]) paged.push(...((await search('india russia ', page, 3))?.hits.map((hit) => hit.slug) ?? []));
    expect(paged).toEqual(expected.slice(0, paged.length));
  });

  it('runs every hostile query the parser lets through against the real index', async () => {
    const { store } = testStore();
    const t = store.tables;
    const inputs = [
      '"', 'lavrov"', '"lavrov', '*', 'lav*', '^lavrov', 'headline:lavrov', '{headline standfirst}: lavrov',
      '- lavrov', '+lavrov -jaishankar', '(lavrov', 'lavrov)', '((()))', 'NEAR(a b)', 'NEAR(lavrov jaishankar, 2)',
      'AND OR NOT', 'lavrov AND', 'NOT lavrov', 'OR', 'AND', '😀🔥', 'भारत रूस', 'भा', "'; drop table articles; --",
      '\u0000lavrov\u0007', '\uE000lavrov\uE001', 'x'.repeat(2000), 'india '.repeat(400), 'rank:1', 'rowid 1=1',
      'a b c d e f g h i j k l', '""""', 'it\'s', 'S-400', 'ß', 'İstanbul', '१२३', 'a*b', '%_\\',
      "a:* | b", '&|!:*()', '\\', "quotes <-> backslashes",
    ];
    for (const input of inputs) {
      const search = parseSearchQuery(input);
      if (!search) continue;
      if (store.engine === 'sqlite') {
        expect(() => store.reader.$client.prepare('SELECT count(*) FROM article_search WHERE article_search MATCH ?').get(search.match), input).not.toThrow();
      }
      await expect(searchArticles(search, 1, 10), input).resolves.not.toBeNull();
    }
    expect(await slugsFor('NOT lavrov')).toEqual([]);
    expect(await slugsFor('headline:lavrov')).toEqual([]);
    expect(await slugsFor("'; drop table articles; --")).toEqual([]);
    expect(await store.read.select({ id: t.articles.id }).from(t.articles)).toHaveLength(SEED_ARTICLES.length);
  });

  // SQLite's plans only: on the demo site's few dozen rows PostgreSQL's planner rightly prefers
  // sequential scans, so its plans say nothing about an archive's; the search benchmark measures those.
  it.runIf(engine === 'sqlite')('reads only index ranges and the page’s rows, never a whole table', async () => {
    const store = sqliteOnly(testStore);
    await search('Lavrov');
    await search('News Desk', 2, 5);
    const { statements } = testStore();
    expect(statements.length).toBeGreaterThanOrEqual(4);
    for (const { query, params } of statements) {
      const plan = store.reader.$client.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...params) as { detail: string }[];
      const explained = `${query}\n${plan.map((step) => step.detail).join('\n')}`;
      expect(plan.filter((step) => /^SCAN (articles|article_tags|tags|authors)\b/.test(step.detail)), explained).toEqual([]);
    }
  });
});

describe('toSnippetParts', () => {
  it('splits marked snippet text into plain and highlighted runs', () => {
    expect(toSnippetParts('…said \uE000Lavrov\uE001 and \uE000Jaishankar\uE001…')).toEqual([
      { text: '…said ', highlighted: false },
      { text: 'Lavrov', highlighted: true },
      { text: ' and ', highlighted: false },
      { text: 'Jaishankar', highlighted: true },
      { text: '…', highlighted: false },
    ]);
    expect(toSnippetParts('<b>not markup</b>')).toEqual([{ text: '<b>not markup</b>', highlighted: false }]);
    expect(toSnippetParts(null)).toEqual([]);
    expect(toSnippetParts('\uE000\uE001')).toEqual([]);
  });
});

describe.each(TEST_ENGINES)('ranking on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  it('puts a headline match above stories that mention the word only in the body', async () => {
    const { store } = testStore();
    await insertStory(store, { slug: 'body-once', body: 'A note on quokkaland and its neighbours.' });
    await insertStory(store, { slug: 'body-twice', body: 'Quokkaland said so; quokkaland agreed.' });
    await insertStory(store, { slug: 'in-headline', headline: 'Quokkaland Votes' });
    expect(await slugsFor('quokkaland ')).toEqual(['in-headline', 'body-twice', 'body-once']);
  });

  it('shows the whole of a short body, without ellipses', async () => {
    const { store } = testStore();
    await insertStory(store, { slug: 'short-body', body: 'The Dugongville talks ended.' });
    const [hit] = (await search('dugongville '))?.hits ?? [];
    // PostgreSQL's fragments end at a word, leaving out the full stop.
    expect(hit?.snippet.map((part) => part.text).join('')).toMatch(/^The Dugongville talks ended\.?$/);
    expect(hit?.snippet.filter((part) => part.highlighted)).toEqual([{ text: 'Dugongville', highlighted: true }]);
  });

  it('gives equally relevant stories in order of publication, newest first', async () => {
    const { store } = testStore();
    for (const [slug, year] of [['tie-2019', 2019], ['tie-2023', 2023], ['tie-2021', 2021]] as const) {
      await insertStory(store, { slug, headline: 'Wombatia Talks', publishedAt: Date.UTC(year, 5, 1) });
    }
    expect(await slugsFor('wombatia ')).toEqual(['tie-2023', 'tie-2021', 'tie-2019']);
  });

  it('ranks only the newest matches when there are more than it may rank, then lists the rest newest first', async () => {
    const { store } = testStore();
    const ids: number[] = [];
    for (let index = 0; index < 7; index += 1) {
      ids.push(
        await insertStory(store, {
          slug: `numbat-${index}`,
          // Older stories mention the word more often, so plain relevance would put them first.
          body: Array.from({ length: 8 - index }, () => 'numbat').join(' '),
          publishedAt: Date.UTC(2020, 0, index + 1),
        }),
      );
    }
    const all = await searchArticles(parsed('numbat '), 1, 10, 3);
    expect(all?.totalItems).toBe(7);
    const bySlug = (slug: string) => ids[Number(slug.split('-')[1])];
    // The three most recently added, ranked (the most mentions first), then the other four by id.
    expect(all?.hits.map((hit) => bySlug(hit.slug))).toEqual([ids[4], ids[5], ids[6], ids[3], ids[2], ids[1], ids[0]]);
    const paged: string[] = [];
    for (const page of [1, 2, 3, 4]) paged.push(...((await searchArticles(parsed('numbat '), page, 2, 3))?.hits.map((hit) => hit.slug) ?? []));
    expect(paged).toEqual(all?.hits.map((hit) => hit.slug));
    expect(await searchArticles(parsed('numbat '), 5, 2, 3)).toBeNull();
  });

  // On PostgreSQL this holds only in a database with a UTF-8 character type (LC_CTYPE C.UTF-8 or a
  // language's): under plain C its text-search parser takes every non-ASCII character for a letter,
  // making "India’s" one word. The start-up check refuses such a database.
  it('finds words next to typographic apostrophes, quotes and dashes', async () => {
    const { store } = testStore();
    await insertStory(store, { slug: 'typographic', body: 'Quollshire’s “Bilbyton” Dunnart—Potoroo agreement.' });
    for (const word of ['quollshire ', 'bilbyton ', 'dunnart ', 'potoroo ']) expect(await slugsFor(word), word).toEqual(['typographic']);
  });

  it('leaves drafts out', async () => {
    const { store } = testStore();
    const t = store.tables;
    expect(await slugsFor('Lavrov')).toContain(ANCHOR_SLUG);
    await store.write((tx) => tx.update(t.articles).set({ status: 'draft', publishedAt: null }).where(eq(t.articles.slug, ANCHOR_SLUG)));
    expect(await slugsFor('Lavrov')).not.toContain(ANCHOR_SLUG);
    await checkStoreSearchIndex(store);
    await store.write((tx) =>
      tx
        .update(t.articles)
        .set({ status: 'published', publishedAt: new Date('2025-05-03T04:00:00Z') })
        .where(eq(t.articles.slug, ANCHOR_SLUG)),
    );
    expect(await slugsFor('Lavrov')).toContain(ANCHOR_SLUG);
    await checkStoreSearchIndex(store);
  });
});

describe.each(TEST_ENGINES)('keeping the index in step with the articles on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function tagId(slug: string): Promise<number> {
    const { read, tables: t } = testStore().store;
    const [row] = await read.select({ id: t.tags.id }).from(t.tags).where(eq(t.tags.slug, slug)).limit(1);
    if (!row) throw new Error(`missing tag ${slug}`);
    return row.id;
  }

  it('follows a changed headline, body and author at once', async () => {
    const { store } = testStore();
    const t = store.tables;
    const id = await requireId(store, ANCHOR_SLUG);
    await store.write((tx) => tx.update(t.articles).set({ headline: 'Moscow Offers Good Offices Over Meerkatshire' }).where(eq(t.articles.id, id)));
    await checkStoreSearchIndex(store);
    expect(await slugsFor('meerkatshire ')).toEqual([ANCHOR_SLUG]);
    expect(await slugsWithWordsIn(store, 'headline', ['mediate'])).not.toContain(ANCHOR_SLUG);

    await store.write(async (tx) => {
      const [author] = await tx.select({ id: t.authors.id }).from(t.authors).where(eq(t.authors.slug, 'ananya-rao')).limit(1);
      await tx
        .update(t.articles)
        .set({
          body: serializeArticleBody([
            { type: 'heading', level: 2, text: 'Capybarastan' },
            { type: 'quote', text: 'Quoted words.', attribution: 'Okapi Minister' },
            { type: 'list', ordered: true, items: [[{ type: 'text', text: 'First' }], [{ type: 'text', text: 'Tapirville' }]] },
          ]),
          authorId: author?.id,
        })
        .where(eq(t.articles.id, id));
    });
    await checkStoreSearchIndex(store);
    for (const word of ['capybarastan ', 'okapi ', 'tapirville ', 'ananya ']) expect(await slugsFor(word)).toContain(ANCHOR_SLUG);
    expect(await slugsWithWordsIn(store, 'body', ['lavrov'])).not.toContain(ANCHOR_SLUG);
    // Still tagged Sergei Lavrov.
    expect(await slugsFor('Lavrov ')).toContain(ANCHOR_SLUG);
  });

  it('follows a renamed author and a renamed tag', async () => {
    const { store } = testStore();
    const t = store.tables;
    await store.write((tx) => tx.update(t.authors).set({ name: 'Dhole Desk' }).where(eq(t.authors.slug, 'news-desk')));
    await checkStoreSearchIndex(store);
    const newsDeskCount = SEED_ARTICLES.filter((article) => article.author === 'news-desk').length;
    expect((await search('dhole '))?.totalItems).toBe(newsDeskCount - 1); // the anchor story moved to Ananya Rao
    await store.write((tx) => tx.update(t.tags).set({ name: 'Jammu and Kashmir region' }).where(eq(t.tags.slug, 'kashmir')));
    await checkStoreSearchIndex(store);
    const tagged = SEED_ARTICLES.filter((article) => article.tags.includes('Kashmir')).length;
    expect(await slugsWithWordsIn(store, 'tags', ['jammu'])).toHaveLength(tagged);
  });

  it('follows tags added and removed, including rows skipped by ON CONFLICT DO NOTHING', async () => {
    const { store } = testStore();
    const t = store.tables;
    const id = await requireId(store, ANCHOR_SLUG);
    const semiconductors = await tagId('semiconductors');
    await store.write((tx) => tx.insert(t.articleTags).values({ articleId: id, tagId: semiconductors }));
    await checkStoreSearchIndex(store);
    expect(await slugsWithWordsIn(store, 'tags', ['semiconductors'])).toContain(ANCHOR_SLUG);
    // An insert that changes nothing must not take the story out of the index.
    await store.write((tx) => tx.insert(t.articleTags).values({ articleId: id, tagId: semiconductors }).onConflictDoNothing());
    await checkStoreSearchIndex(store);
    expect(await slugsWithWordsIn(store, 'tags', ['semiconductors'])).toContain(ANCHOR_SLUG);

    await store.write((tx) => tx.delete(t.articleTags).where(eq(t.articleTags.articleId, id)));
    await checkStoreSearchIndex(store);
    expect(await slugsWithWordsIn(store, 'tags', ['semiconductors'])).not.toContain(ANCHOR_SLUG);
    expect(await slugsFor('meerkatshire ')).toEqual([ANCHOR_SLUG]); // still found by its headline

    // Rows changed in place, which the site never does, are followed too.
    const [bangladesh, isro] = [await tagId('bangladesh'), await tagId('isro')];
    await execute(
      store,
      sql`UPDATE article_tags SET tag_id = ${bangladesh} WHERE tag_id = ${isro} AND article_id NOT IN (SELECT article_id FROM article_tags WHERE tag_id = ${bangladesh})`,
    );
    await checkStoreSearchIndex(store);
    await execute(
      store,
      sql`UPDATE article_tags SET article_id = ${id}
        WHERE (article_id, tag_id) = (SELECT article_id, tag_id FROM article_tags WHERE tag_id = ${bangladesh} ORDER BY article_id LIMIT 1)`,
    );
    await checkStoreSearchIndex(store);
    expect(await slugsWithWordsIn(store, 'tags', ['bangladesh'])).toContain(ANCHOR_SLUG);
  });

  // UPDATE OR IGNORE is SQLite's own; PostgreSQL has no statement that skips a row this way.
  it.runIf(engine === 'sqlite')('is untouched by a write that OR IGNORE skips', async () => {
    const store = sqliteOnly(testStore);
    const id = await requireId(store, ANCHOR_SLUG);
    store.writer.$client
      .prepare("UPDATE OR IGNORE articles SET slug = (SELECT slug FROM articles WHERE id <> @id LIMIT 1), headline = 'Ignored' WHERE id = @id")
      .run({ id });
    await checkStoreSearchIndex(store);
    expect(await slugsFor('meerkatshire ')).toEqual([ANCHOR_SLUG]);
    expect(await slugsFor('ignored ')).toEqual([]);
  });

  it('forgets a deleted tag and a deleted story without removing anything twice', async () => {
    const { store } = testStore();
    const t = store.tables;
    await store.write((tx) => tx.delete(t.tags).where(eq(t.tags.slug, 'pahalgam-attack')));
    await checkStoreSearchIndex(store);
    expect(await slugsWithWordsIn(store, 'tags', ['pahalgam'])).toHaveLength(0);

    // The story has tags: deleting it cascades to article_tags, whose triggers must do nothing.
    const slug = 'modi-cuts-short-saudi-visit-after-pahalgam-attack';
    const id = await requireId(store, slug);
    expect((await store.read.select().from(t.articleTags).where(eq(t.articleTags.articleId, id))).length).toBeGreaterThan(0);
    await store.write((tx) => tx.delete(t.articles).where(eq(t.articles.id, id)));
    await checkStoreSearchIndex(store);
    expect(await slugsFor('Saudi ')).not.toContain(slug);
    const published = await store.read.$count(t.articles, eq(t.articles.status, 'published'));
    expect(await indexedCount(store)).toBe(published);
  });

  // FTS5's own bookkeeping: PostgreSQL's check compares every document afresh (db/search.test.ts).
  it.runIf(engine === 'sqlite')('catches a double delete: the integrity check is a real test', async () => {
    const store = sqliteOnly(testStore);
    const sqlite = store.writer.$client;
    const id = await requireId(store, 'rbi-cuts-repo-rate-to-6-and-shifts-to-accommodative-stance');
    sqlite.exec('BEGIN');
    try {
      sqlite
        .prepare(
          `INSERT INTO article_search (article_search, rowid, headline, standfirst, body, tags, author)
           SELECT 'delete', id, headline, standfirst, body, tags, author FROM article_search_source WHERE id = ?`,
        )
        .run(id);
      expect(() => checkSearchIndex(sqlite)).toThrow();
    } finally {
      sqlite.exec('ROLLBACK');
    }
    await checkStoreSearchIndex(store);
  });

  it('rebuilds from the articles', async () => {
    const { store } = testStore();
    const published = await store.read.$count(store.tables.articles, eq(store.tables.articles.status, 'published'));
    expect((await rebuildStoreSearchIndex(store)).stories).toBe(published);
    await checkStoreSearchIndex(store);
    expect(await slugsFor('meerkatshire ')).toEqual([ANCHOR_SLUG]);
  });

  // Setting the triggers aside for a bulk write is what SQLite's importers do; PostgreSQL's
  // statement-level triggers index a bulk write once per statement already.
  it.runIf(engine === 'sqlite')('restores its triggers after a bulk write', async () => {
    const store = sqliteOnly(testStore);
    const t = store.tables;
    // The bulk write runs on the writer connection, in withSearchIndexRebuiltAfter's transaction.
    withSearchIndexRebuiltAfter(store.writer.$client, () => {
      store.writer.$client
        .prepare(
          `INSERT INTO articles (slug, headline, standfirst, body, status, published_at, category_id, author_id,
             image_path, image_width, image_height, image_alt, image_credit)
           SELECT 'bulk-written', 'Pangolin Accord', standfirst, body, 'published', published_at, category_id, author_id,
             image_path, image_width, image_height, image_alt, image_credit
           FROM articles WHERE slug = ?`,
        )
        .run(ANCHOR_SLUG);
    });
    await checkStoreSearchIndex(store);
    expect(await slugsFor('pangolin ')).toEqual(['bulk-written']);
    await store.write((tx) => tx.update(t.articles).set({ headline: 'Pangolin Accord Signed' }).where(eq(t.articles.slug, 'bulk-written')));
    await checkStoreSearchIndex(store);
    expect(await slugsFor('signed ')).toContain('bulk-written');
  });
});

const generatedRows = z.array(
  z.object({
    id: z.number(),
    body: z.string(),
    status: z.string(),
    publishedAt: z.number(),
    imagePath: z.string(),
    width: z.number(),
    height: z.number(),
    category: z.string(),
    author: z.string(),
    tagCount: z.number(),
  }),
);

// The generator writes SQLite files; db:copy takes them to PostgreSQL.
describe('the large-database generator', () => {
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'nation-express-large-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('writes valid, varied, searchable stories with the index and its triggers in place', async () => {
    const file = path.join(directory, 'large.sqlite');
    const result = generateLargeDatabase({ articles: 600, out: file, progress: false });
    expect(result).toMatchObject({ file, articles: 600 });
    expect(result.bytes).toBeGreaterThan(0);

    const { sqlite, db } = openDatabase(file, { fileMustExist: true });
    try {
      const rawRows = sqlite
        .prepare(
          `SELECT a.id, a.body, a.status, a.published_at AS publishedAt, a.image_path AS imagePath,
             a.image_width AS width, a.image_height AS height, c.slug AS category, au.slug AS author,
             (SELECT count(*) FROM article_tags WHERE article_id = a.id) AS tagCount
           FROM articles AS a JOIN categories AS c ON c.id = a.category_id JOIN authors AS au ON au.id = a.author_id
           ORDER BY a.id`,
        )
        .all();
      const rows = generatedRows.parse(rawRows);
      expect(rows).toHaveLength(600);
      const seedImages = new Set(SEED_ARTICLES.map((article) => `articles/${article.slug}`));
      const fiveYearsAgo = Date.now() - 5 * 366 * 86_400_000;
      for (const row of rows) {
        const paragraphs = parseArticleBody(row.body).filter((block) => block.type === 'paragraph');
        expect(paragraphs.length).toBeGreaterThanOrEqual(5);
        expect(paragraphs.length).toBeLessThanOrEqual(9);
        expect(row.status).toBe('published');
        expect(row.tagCount).toBeGreaterThanOrEqual(2);
        expect(row.tagCount).toBeLessThanOrEqual(5);
        expect(seedImages.has(row.imagePath)).toBe(true);
        expect([row.width, row.height]).toEqual([1600, 900]);
        expect(row.publishedAt).toBeGreaterThan(fiveYearsAgo);
        expect(row.publishedAt).toBeLessThanOrEqual(Date.now());
      }
      const times = rows.map((row) => row.publishedAt);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(rows.map((row) => row.category))).toEqual(new Set(SEED_CATEGORIES.map((category) => category.slug)));
      expect(new Set(rows.map((row) => row.author))).toEqual(new Set(SEED_AUTHORS.map((author) => author.slug)));

      // The triggers are back, the index is complete, and writes keep it in step.
      const triggerSql = "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name";
      const freshFile = `${file}.fresh`;
      migrateDatabaseAt(freshFile);
      const fresh = openDatabase(freshFile, { fileMustExist: true });
      const migratedTriggers = fresh.sqlite.prepare(triggerSql).all();
      fresh.sqlite.close();
      expect(migratedTriggers.length).toBeGreaterThan(5);
      expect(sqlite.prepare(triggerSql).all()).toEqual(migratedTriggers);
      expect(() => checkSearchIndex(sqlite)).not.toThrow();
      const store = openSqliteStore(file);
      setProcessStore(store);
      try {
        expect((await searchArticles(parsed('india'), 1, 20))?.totalItems).toBeGreaterThan(300);
      } finally {
        setProcessStore(undefined);
        await store.close();
      }
      db.delete(articles).where(eq(articles.id, rows[0]?.id ?? -1)).run();
      checkSearchIndex(sqlite);
    } finally {
      sqlite.close();
    }
  });

  it('writes the same stories every time', () => {
    const read = (file: string) => {
      generateLargeDatabase({ articles: 50, out: file, progress: false });
      const { sqlite } = openDatabase(file, { fileMustExist: true });
      try {
        return sqlite.prepare('SELECT slug, headline, standfirst, body, published_at FROM articles ORDER BY id').all();
      } finally {
        sqlite.close();
      }
    };
    expect(read(path.join(directory, 'first.sqlite'))).toEqual(read(path.join(directory, 'second.sqlite')));
  });
});
