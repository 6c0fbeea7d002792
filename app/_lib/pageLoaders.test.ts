import { describe, expect, it } from 'vitest';
import { setUpTestStore, TEST_ENGINES, type TestStore } from '../../db/testing/testStore';
import type { DatabaseEngine } from '../../db/store';
import { loadArticlePage, loadHomePage, loadListingPage, loadNotFoundPage, loadSearchPage } from './pageLoaders';

/* Each page asks the database for what it needs in a handful of statements, whatever the archive's size. */

// A story's page takes the most, one statement each: the story, its topics, its notes, more from its
// section, the most-read list, and the sections and breaking-news strip every page shows; a live
// story's, one more for its page of posts.
const MAX_STATEMENTS_PER_PAGE = 7;
const MAX_STATEMENTS_PER_LIVE_PAGE = MAX_STATEMENTS_PER_PAGE + 1;
const LIVE_SLUG = 'pahalgam-aftermath-diplomacy-line-of-control-alerts-and-russias-offer-live';
const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';

type PageLoad = () => Promise<unknown>;

function statementsPerPage(engine: DatabaseEngine, pages: [string, PageLoad][], limit = MAX_STATEMENTS_PER_PAGE) {
  const testStore: () => TestStore = setUpTestStore(engine);
  it.each(pages)('%s', async (_name, load) => {
    expect(await load()).not.toBeNull();
    const { statements } = testStore();
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length, statements.map((statement) => statement.query).join('\n\n')).toBeLessThanOrEqual(limit);
  });
}

describe.each(TEST_ENGINES)('statements per page on %s', (engine) => {
  statementsPerPage(engine, [
    ['home', () => loadHomePage()],
    ['article', () => loadArticlePage(ANCHOR_SLUG)],
    ['category', () => loadListingPage('category', 'india-russia', 1)],
    ['author', () => loadListingPage('author', 'news-desk', 1)],
    ['tag, page 2', () => loadListingPage('tag', 'russia', 2)],
    ['not found', () => loadNotFoundPage()],
  ]);
});

describe.each(TEST_ENGINES)('statements per live story page on %s', (engine) => {
  statementsPerPage(
    engine,
    [
      ['live story', () => loadArticlePage(LIVE_SLUG)],
      ['live story, older posts', () => loadArticlePage(LIVE_SLUG, 2)],
    ],
    MAX_STATEMENTS_PER_LIVE_PAGE,
  );
});

// Search reads through SQLite's own connection until db/queries/search.ts moves to the store.
describe('statements per search page on sqlite', () => {
  statementsPerPage('sqlite', [
    ['search with results', () => loadSearchPage('Lavrov', 1)],
    ['search without results', () => loadSearchPage('zzqxv', 1)],
  ]);
});
