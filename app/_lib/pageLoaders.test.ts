import { describe, expect, it } from 'vitest';
import { setUpTestDatabase } from '../../db/testing/testDatabase';
import { loadArticlePage, loadHomePage, loadListingPage, loadNotFoundPage, loadSearchPage } from './pageLoaders';

/* Each page asks the database for what it needs in a handful of statements, whatever the archive's size. */

const MAX_STATEMENTS_PER_PAGE = 5;
const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';

const testDb = setUpTestDatabase();

describe('statements per page', () => {
  it.each([
    ['home', () => loadHomePage()],
    ['article', () => loadArticlePage(ANCHOR_SLUG)],
    ['category', () => loadListingPage('category', 'india-russia', 1)],
    ['author', () => loadListingPage('author', 'news-desk', 1)],
    ['tag, page 2', () => loadListingPage('tag', 'russia', 2)],
    ['search with results', () => loadSearchPage('Lavrov', 1)],
    ['search without results', () => loadSearchPage('zzqxv', 1)],
    ['not found', () => loadNotFoundPage()],
  ])('%s', (_name, load) => {
    expect(load()).not.toBeNull();
    expect(testDb().statements.length).toBeGreaterThan(0);
    expect(testDb().statements.length, testDb().statements.map((statement) => statement.query).join('\n\n')).toBeLessThanOrEqual(
      MAX_STATEMENTS_PER_PAGE,
    );
  });
});
