import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSearchQuery } from '../../lib/searchQuery';
import { generateLargeDatabase } from '../../db/seed/largeDatabase';
import { parseArticleBody, serializeArticleBody } from '../../lib/articleBody';
import { openDatabase } from '../client';
import { setProcessDatabase } from '../processDatabase';
import { articles, articleTags, authors, tags } from '../schema';
import { checkSearchIndex, rebuildSearchIndex, withSearchIndexRebuiltAfter } from '../search';
import { SEED_ARTICLES } from '../seed/articles/index';
import { SEED_AUTHORS } from '../seed/authors';
import { SEED_CATEGORIES } from '../seed/categories';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import type { SearchResults } from '../../lib/content';
import { searchArticles, toSnippetParts } from './search';

const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';

function search(input: string, page = 1, pageSize = 50): SearchResults | null {
  const parsed = parseSearchQuery(input);
  if (!parsed) throw new Error(`"${input}" has no search terms`);
  return searchArticles(parsed.match, page, pageSize);
}

function slugsFor(input: string): string[] {
  return search(input)?.hits.map((hit) => hit.slug) ?? [];
}

function requireId(testDb: TestDatabase, slug: string): number {
  const row = testDb.db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get();
  if (!row) throw new Error(`missing article ${slug}`);
  return row.id;
}

/** A published story with the given text, for tests that need words no seed story uses. */
function insertStory(
  testDb: TestDatabase,
  story: { slug: string; headline?: string; body?: string; publishedAt?: number; tagIds?: number[] },
): number {
  const template = testDb.db
    .select({
      categoryId: articles.categoryId,
      authorId: articles.authorId,
      imagePath: articles.imagePath,
      imageWidth: articles.imageWidth,
      imageHeight: articles.imageHeight,
      imageAlt: articles.imageAlt,
      imageCredit: articles.imageCredit,
    })
    .from(articles)
    .where(eq(articles.slug, ANCHOR_SLUG))
    .get();
  if (!template) throw new Error('anchor missing');
  const inserted = testDb.db
    .insert(articles)
    .values({
      ...template,
      status: 'published',
      slug: story.slug,
      headline: story.headline ?? 'A plain headline',
      standfirst: 'A plain standfirst.',
      body: serializeArticleBody([{ type: 'paragraph', content: [{ type: 'text', text: story.body ?? 'Plain words.' }] }]),
      publishedAt: new Date(story.publishedAt ?? Date.UTC(2020, 0, 1)),
    })
    .returning({ id: articles.id })
    .get();
  for (const tagId of story.tagIds ?? []) testDb.db.insert(articleTags).values({ articleId: inserted.id, tagId }).run();
  return inserted.id;
}

describe('searchArticles on the demo content', () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.close());
  beforeEach(() => {
    testDb.statements.length = 0;
  });

  it('indexes every published story when the migration runs', () => {
    expect(() => checkSearchIndex(testDb.sqlite)).not.toThrow();
    expect(search('the ')?.totalItems).toBe(SEED_ARTICLES.length);
  });

  it('finds the India & Russia story first for Lavrov', () => {
    const results = search('Lavrov');
    expect(results?.hits[0]?.slug).toBe(ANCHOR_SLUG);
    expect(results?.hits[0]).toMatchObject({
      headline: 'Russia Offers to Mediate India-Pakistan Kashmir Tensions After Pahalgam Attack',
      category: { slug: 'india-russia', name: 'India & Russia' },
      author: { slug: 'news-desk', name: 'News Desk' },
    });
  });

  it('ignores case', () => {
    const lower = slugsFor('jaishankar ');
    expect(lower).toContain(ANCHOR_SLUG);
    expect(slugsFor('JAISHANKAR ')).toEqual(lower);
    expect(slugsFor('Jaishankar ')).toEqual(lower);
  });

  it('ignores diacritics', () => {
    expect(slugsFor('Lavróv ')).toEqual(slugsFor('Lavrov '));
    expect(slugsFor('Lavróv ')).toContain(ANCHOR_SLUG);
  });

  it('matches the last word as a prefix while it is being typed', () => {
    expect(slugsFor('Lavr')).toContain(ANCHOR_SLUG);
    expect(slugsFor('Sergei Lav')).toContain(ANCHOR_SLUG);
    expect(slugsFor('Lavr ')).toEqual([]);
  });

  it('indexes tag names and author names', () => {
    const taggedKashmir = SEED_ARTICLES.filter((article) => article.tags.includes('Kashmir')).map((article) => article.slug);
    const byTagColumn = searchArticles('{tags} : "kashmir"', 1, 50)?.hits.map((hit) => hit.slug);
    expect(byTagColumn?.sort()).toEqual([...taggedKashmir].sort());
    expect(slugsFor('Kashmir')).toEqual(expect.arrayContaining(taggedKashmir));

    const byNewsDesk = SEED_ARTICLES.filter((article) => article.author === 'news-desk').map((article) => article.slug);
    const byAuthorColumn = searchArticles('{author} : "news" "desk"', 1, 50)?.hits.map((hit) => hit.slug);
    expect(byAuthorColumn?.sort()).toEqual([...byNewsDesk].sort());
    expect(slugsFor('News Desk')).toEqual(expect.arrayContaining(byNewsDesk));
  });

  it('indexes every text of the body: paragraphs, list items, headings and quote attributions', () => {
    const source = testDb.sqlite
      .prepare('SELECT body FROM article_search_source WHERE id = ?')
      .pluck()
      .get(requireId(testDb, 'rupee-rouble-payments-remain-a-work-in-progress-as-banks-tread-carefully'));
    expect(source).toEqual(expect.stringContaining('More than three years after Western sanctions'));
    // A list item of that story.
    expect(source).toEqual(expect.stringContaining('Bank caution: lenders with large US exposure'));
    expect(source).not.toEqual(expect.stringContaining('"type"'));
    expect(slugsFor('lenders with large US exposure ')).toContain(
      'rupee-rouble-payments-remain-a-work-in-progress-as-banks-tread-carefully',
    );
  });

  it('returns snippets from the body with the matched words highlighted, as plain text', () => {
    const hit = search('Lavrov')?.hits.find((candidate) => candidate.slug === ANCHOR_SLUG);
    const highlighted = hit?.snippet.filter((part) => part.highlighted).map((part) => part.text);
    expect(highlighted?.length).toBeGreaterThan(0);
    expect(highlighted?.every((text) => /^lavrov$/i.test(text))).toBe(true);
    const text = hit?.snippet.map((part) => part.text).join('') ?? '';
    expect(text).toContain('Lavrov');
    expect(text).not.toMatch(/[\uE000\uE001<>]/);
  });

  it('pages the results and refuses pages past the last, except the first', () => {
    const all = search('india ', 1, 100);
    expect(all?.totalItems).toBeGreaterThan(10);
    const first = search('india ', 1, 4);
    const second = search('india ', 2, 4);
    expect(first).toMatchObject({ page: 1, totalItems: all?.totalItems, totalPages: Math.ceil((all?.totalItems ?? 0) / 4) });
    expect([...(first?.hits ?? []), ...(second?.hits ?? [])].map((hit) => hit.slug)).toEqual(
      all?.hits.slice(0, 8).map((hit) => hit.slug),
    );
    expect(search('india ', first?.totalPages ?? 0, 4)?.hits.length).toBeGreaterThan(0);
    expect(search('india ', (first?.totalPages ?? 0) + 1, 4)).toBeNull();
    expect(search('zzyzx ', 1, 4)).toEqual({ hits: [], page: 1, totalPages: 1, totalItems: 0 });
    expect(search('zzyzx ', 2, 4)).toBeNull();
    expect(searchArticles('"india"', 0, 4)).toBeNull();
    expect(searchArticles('"india"', 1.5, 4)).toBeNull();
    expect(searchArticles('"india"', Number.MAX_SAFE_INTEGER, 4)).toBeNull();
  });

  it('orders by bm25 with headline matches weighing most, ties going to the newest story', () => {
    const match = '"india" "russia"';
    const expected = testDb.sqlite
      .prepare(
        `SELECT a.slug FROM article_search AS s JOIN articles AS a ON a.id = s.rowid
         WHERE article_search MATCH ? ORDER BY bm25(article_search, 10, 5, 1, 4, 3), a.published_at DESC, a.id DESC`,
      )
      .pluck()
      .all(match);
    expect(expected.length).toBeGreaterThan(5);
    expect(searchArticles(match, 1, 100)?.hits.map((hit) => hit.slug)).toEqual(expected);
    const paged = [1, 2, 3, 4, 5, 6].flatMap((page) => searchArticles(match, page, 3)?.hits.map((hit) => hit.slug) ?? []);
    expect(paged).toEqual(expected.slice(0, paged.length));
  });

  it('runs every hostile query the parser lets through against the real index', () => {
    const inputs = [
      '"', 'lavrov"', '"lavrov', '*', 'lav*', '^lavrov', 'headline:lavrov', '{headline standfirst}: lavrov',
      '- lavrov', '+lavrov -jaishankar', '(lavrov', 'lavrov)', '((()))', 'NEAR(a b)', 'NEAR(lavrov jaishankar, 2)',
      'AND OR NOT', 'lavrov AND', 'NOT lavrov', 'OR', 'AND', '😀🔥', 'भारत रूस', 'भा', "'; drop table articles; --",
      '\u0000lavrov\u0007', '\uE000lavrov\uE001', 'x'.repeat(2000), 'india '.repeat(400), 'rank:1', 'rowid 1=1',
      'a b c d e f g h i j k l', '""""', 'it\'s', 'S-400', 'ß', 'İstanbul', '१२३', 'a*b', '%_\\',
    ];
    for (const input of inputs) {
      const parsed = parseSearchQuery(input);
      if (!parsed) continue;
      expect(() => testDb.sqlite.prepare('SELECT count(*) FROM article_search WHERE article_search MATCH ?').get(parsed.match), input).not.toThrow();
      expect(() => searchArticles(parsed.match, 1, 10), input).not.toThrow();
    }
    expect(slugsFor('NOT lavrov')).toEqual([]);
    expect(slugsFor('headline:lavrov')).toEqual([]);
    expect(slugsFor("'; drop table articles; --")).toEqual([]);
    expect(testDb.db.select({ id: articles.id }).from(articles).all()).toHaveLength(SEED_ARTICLES.length);
  });

  it('reads only index ranges and the page’s rows, never a whole table', () => {
    search('Lavrov');
    search('News Desk', 2, 5);
    expect(testDb.statements.length).toBeGreaterThanOrEqual(4);
    for (const { query, params } of testDb.statements) {
      const plan = testDb.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...params) as { detail: string }[];
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

describe('ranking', () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.close());

  it('puts a headline match above stories that mention the word only in the body', () => {
    insertStory(testDb, { slug: 'body-once', body: 'A note on quokkaland and its neighbours.' });
    insertStory(testDb, { slug: 'body-twice', body: 'Quokkaland said so; quokkaland agreed.' });
    insertStory(testDb, { slug: 'in-headline', headline: 'Quokkaland Votes' });
    expect(slugsFor('quokkaland ')).toEqual(['in-headline', 'body-twice', 'body-once']);
  });

  it('gives equally relevant stories in order of publication, newest first', () => {
    for (const [slug, year] of [['tie-2019', 2019], ['tie-2023', 2023], ['tie-2021', 2021]] as const) {
      insertStory(testDb, { slug, headline: 'Wombatia Talks', publishedAt: Date.UTC(year, 5, 1) });
    }
    expect(slugsFor('wombatia ')).toEqual(['tie-2023', 'tie-2021', 'tie-2019']);
  });

  it('ranks only the newest matches when there are more than it may rank, then lists the rest newest first', () => {
    const ids = Array.from({ length: 7 }, (_, index) =>
      insertStory(testDb, {
        slug: `numbat-${index}`,
        // Older stories mention the word more often, so plain bm25 would put them first.
        body: Array.from({ length: 8 - index }, () => 'numbat').join(' '),
        publishedAt: Date.UTC(2020, 0, index + 1),
      }),
    );
    const all = searchArticles('"numbat"', 1, 10, 3);
    expect(all?.totalItems).toBe(7);
    const bySlug = (slug: string) => ids[Number(slug.split('-')[1])];
    // The three most recently added, ranked (the most mentions first), then the other four by id.
    expect(all?.hits.map((hit) => bySlug(hit.slug))).toEqual([ids[4], ids[5], ids[6], ids[3], ids[2], ids[1], ids[0]]);
    const paged = [1, 2, 3, 4].flatMap((page) => searchArticles('"numbat"', page, 2, 3)?.hits.map((hit) => hit.slug) ?? []);
    expect(paged).toEqual(all?.hits.map((hit) => hit.slug));
    expect(searchArticles('"numbat"', 5, 2, 3)).toBeNull();
  });

  it('leaves drafts out', () => {
    expect(slugsFor('Lavrov')).toContain(ANCHOR_SLUG);
    testDb.db.update(articles).set({ status: 'draft', publishedAt: null }).where(eq(articles.slug, ANCHOR_SLUG)).run();
    expect(slugsFor('Lavrov')).not.toContain(ANCHOR_SLUG);
    checkSearchIndex(testDb.sqlite);
    testDb.db
      .update(articles)
      .set({ status: 'published', publishedAt: new Date('2025-05-03T04:00:00Z') })
      .where(eq(articles.slug, ANCHOR_SLUG))
      .run();
    expect(slugsFor('Lavrov')).toContain(ANCHOR_SLUG);
    checkSearchIndex(testDb.sqlite);
  });
});

describe('keeping the index in step with the articles', () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.close());

  function tagId(slug: string): number {
    const row = testDb.db.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get();
    if (!row) throw new Error(`missing tag ${slug}`);
    return row.id;
  }

  it('follows a changed headline, body and author at once', () => {
    const id = requireId(testDb, ANCHOR_SLUG);
    testDb.db.update(articles).set({ headline: 'Moscow Offers Good Offices Over Meerkatshire' }).where(eq(articles.id, id)).run();
    checkSearchIndex(testDb.sqlite);
    expect(slugsFor('meerkatshire ')).toEqual([ANCHOR_SLUG]);
    expect(searchArticles('{headline} : "mediate"', 1, 50)?.hits.map((hit) => hit.slug)).not.toContain(ANCHOR_SLUG);

    testDb.db
      .update(articles)
      .set({
        body: serializeArticleBody([
          { type: 'heading', level: 2, text: 'Capybarastan' },
          { type: 'quote', text: 'Quoted words.', attribution: 'Okapi Minister' },
          { type: 'list', ordered: true, items: [[{ type: 'text', text: 'First' }], [{ type: 'text', text: 'Tapirville' }]] },
        ]),
        authorId: testDb.db.select({ id: authors.id }).from(authors).where(eq(authors.slug, 'ananya-rao')).get()?.id,
      })
      .where(eq(articles.id, id))
      .run();
    checkSearchIndex(testDb.sqlite);
    for (const word of ['capybarastan ', 'okapi ', 'tapirville ', 'ananya ']) expect(slugsFor(word)).toContain(ANCHOR_SLUG);
    expect(searchArticles('{body} : "lavrov"', 1, 50)?.hits.map((hit) => hit.slug)).not.toContain(ANCHOR_SLUG);
    // Still tagged Sergei Lavrov.
    expect(slugsFor('Lavrov ')).toContain(ANCHOR_SLUG);
  });

  it('follows a renamed author and a renamed tag', () => {
    testDb.db.update(authors).set({ name: 'Dhole Desk' }).where(eq(authors.slug, 'news-desk')).run();
    checkSearchIndex(testDb.sqlite);
    const newsDeskCount = SEED_ARTICLES.filter((article) => article.author === 'news-desk').length;
    expect(search('dhole ')?.totalItems).toBe(newsDeskCount - 1); // the anchor story moved to Ananya Rao
    testDb.db.update(tags).set({ name: 'Jammu and Kashmir region' }).where(eq(tags.slug, 'kashmir')).run();
    checkSearchIndex(testDb.sqlite);
    const tagged = SEED_ARTICLES.filter((article) => article.tags.includes('Kashmir')).length;
    expect(searchArticles('{tags} : "jammu"', 1, 50)?.totalItems).toBe(tagged);
  });

  it('follows tags added and removed, including rows skipped by ON CONFLICT DO NOTHING', () => {
    const id = requireId(testDb, ANCHOR_SLUG);
    const semiconductors = tagId('semiconductors');
    testDb.db.insert(articleTags).values({ articleId: id, tagId: semiconductors }).run();
    checkSearchIndex(testDb.sqlite);
    expect(searchArticles('{tags} : "semiconductors"', 1, 50)?.hits.map((hit) => hit.slug)).toContain(ANCHOR_SLUG);
    // An insert that changes nothing must not take the story out of the index.
    testDb.db.insert(articleTags).values({ articleId: id, tagId: semiconductors }).onConflictDoNothing().run();
    checkSearchIndex(testDb.sqlite);
    expect(searchArticles('{tags} : "semiconductors"', 1, 50)?.hits.map((hit) => hit.slug)).toContain(ANCHOR_SLUG);

    testDb.db.delete(articleTags).where(eq(articleTags.articleId, id)).run();
    checkSearchIndex(testDb.sqlite);
    expect(searchArticles('{tags} : "semiconductors"', 1, 50)?.hits.map((hit) => hit.slug)).not.toContain(ANCHOR_SLUG);
    expect(slugsFor('meerkatshire ')).toEqual([ANCHOR_SLUG]); // still found by its headline

    // Rows changed in place, which the site never does, are followed too.
    testDb.sqlite
      .prepare('UPDATE article_tags SET tag_id = ? WHERE tag_id = ? AND article_id NOT IN (SELECT article_id FROM article_tags WHERE tag_id = ?)')
      .run(tagId('bangladesh'), tagId('isro'), tagId('bangladesh'));
    checkSearchIndex(testDb.sqlite);
    testDb.sqlite
      .prepare('UPDATE article_tags SET article_id = ? WHERE rowid = (SELECT min(rowid) FROM article_tags WHERE tag_id = ?)')
      .run(id, tagId('bangladesh'));
    checkSearchIndex(testDb.sqlite);
    expect(searchArticles('{tags} : "bangladesh"', 1, 50)?.hits.map((hit) => hit.slug)).toContain(ANCHOR_SLUG);
  });

  it('is untouched by a write that OR IGNORE skips', () => {
    const id = requireId(testDb, ANCHOR_SLUG);
    testDb.sqlite
      .prepare("UPDATE OR IGNORE articles SET slug = (SELECT slug FROM articles WHERE id <> @id LIMIT 1), headline = 'Ignored' WHERE id = @id")
      .run({ id });
    checkSearchIndex(testDb.sqlite);
    expect(slugsFor('meerkatshire ')).toEqual([ANCHOR_SLUG]);
    expect(slugsFor('ignored ')).toEqual([]);
  });

  it('forgets a deleted tag and a deleted story without removing anything twice', () => {
    testDb.db.delete(tags).where(eq(tags.slug, 'pahalgam-attack')).run();
    checkSearchIndex(testDb.sqlite);
    expect(searchArticles('{tags} : "pahalgam"', 1, 50)?.totalItems).toBe(0);

    // The story has tags: deleting it cascades to article_tags, whose triggers must do nothing.
    const slug = 'modi-cuts-short-saudi-visit-after-pahalgam-attack';
    const id = requireId(testDb, slug);
    expect(testDb.db.select().from(articleTags).where(eq(articleTags.articleId, id)).all().length).toBeGreaterThan(0);
    testDb.db.delete(articles).where(eq(articles.id, id)).run();
    checkSearchIndex(testDb.sqlite);
    expect(slugsFor('Saudi ')).not.toContain(slug);
    const indexed = testDb.sqlite.prepare('SELECT count(*) FROM article_search_docsize').pluck().get();
    const published = testDb.sqlite.prepare("SELECT count(*) FROM articles WHERE status = 'published'").pluck().get();
    expect(indexed).toBe(published);
  });

  it('catches a double delete: the integrity check is a real test', () => {
    const id = requireId(testDb, 'rbi-cuts-repo-rate-to-6-and-shifts-to-accommodative-stance');
    testDb.sqlite.exec('SAVEPOINT corrupt');
    try {
      testDb.sqlite
        .prepare(
          `INSERT INTO article_search (article_search, rowid, headline, standfirst, body, tags, author)
           SELECT 'delete', id, headline, standfirst, body, tags, author FROM article_search_source WHERE id = ?`,
        )
        .run(id);
      expect(() => checkSearchIndex(testDb.sqlite)).toThrow();
    } finally {
      testDb.sqlite.exec('ROLLBACK TO corrupt; RELEASE corrupt');
    }
    checkSearchIndex(testDb.sqlite);
  });

  it('rebuilds, and restores its triggers after a bulk write', () => {
    rebuildSearchIndex(testDb.sqlite);
    checkSearchIndex(testDb.sqlite);
    withSearchIndexRebuiltAfter(testDb.sqlite, () => {
      insertStory(testDb, { slug: 'bulk-written', headline: 'Pangolin Accord' });
    });
    checkSearchIndex(testDb.sqlite);
    expect(slugsFor('pangolin ')).toEqual(['bulk-written']);
    testDb.db.update(articles).set({ headline: 'Pangolin Accord Signed' }).where(eq(articles.slug, 'bulk-written')).run();
    checkSearchIndex(testDb.sqlite);
    expect(slugsFor('signed ')).toContain('bulk-written');
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
      const fresh = await createTestDatabase({ seed: false });
      const migratedTriggers = fresh.sqlite.prepare(triggerSql).all();
      fresh.close();
      expect(migratedTriggers.length).toBeGreaterThan(5);
      expect(sqlite.prepare(triggerSql).all()).toEqual(migratedTriggers);
      expect(() => checkSearchIndex(sqlite)).not.toThrow();
      setProcessDatabase(db);
      expect(searchArticles('"india"*', 1, 20)?.totalItems).toBeGreaterThan(300);
      db.delete(articles).where(eq(articles.id, rows[0]?.id ?? -1)).run();
      checkSearchIndex(sqlite);
    } finally {
      setProcessDatabase(undefined);
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
