import 'server-only';
import { cache } from 'react';
import { getAuthorBySlug } from '../../db/queries/authors';
import {
  countListingPages,
  getPublishedArticleBySlug,
  listArticlePage,
  listCategoryFronts,
  listLatestArticles,
  listRelatedArticles,
} from '../../db/queries/articles';
import { getCurrentBreakingNews } from '../../db/queries/breakingNews';
import { getCategoryBySlug, listCategories } from '../../db/queries/categories';
import type { ArticleSummary } from '../../lib/content';
import { searchArticles } from '../../db/queries/search';
import { listStoryNotePage } from '../../db/queries/storyNotes';
import { getTagBySlug } from '../../db/queries/tags';
import { listMostRead } from '../../db/queries/mostRead';
import { readLiveCoverage } from '../../db/queries/liveCoverage';
import { liveStoryUpdatedAt } from '../../lib/liveCoverage';
import type { ListingKind } from '../../lib/paths';
import type {
  ArticlePageData,
  CorrectionsPageData,
  HomePageData,
  ListingPageData,
  NotFoundPageData,
  SearchPageData,
} from '../../lib/pageData';
import { parseSearchQuery } from '../../lib/searchQuery';
import { LISTING_PAGE_SIZE } from '../../lib/site';

/*
 * What each kind of public page needs, loaded in one place for both versions of the site.
 * Wrapped in React's cache() so a page and its metadata share one read per request.
 */

const LATEST_ON_HOME = 6;
const STORIES_PER_CATEGORY_FRONT = 4;
const RELATED_STORIES = 4;
const SUGGESTIONS_ON_NOT_FOUND = 5;
const SEARCH_PAGE_SIZE = 10;

/**
 * The breaking-news strip, read once per render: Next.js draws the not-found page beside every
 * desktop page it renders, and both show the strip.
 */
const loadBreakingNews = cache(() => getCurrentBreakingNews());

export const loadHomePage = cache(async (): Promise<HomePageData> => {
  const categories = await listCategories();
  const [[lead, ...latest], fronts, mostRead, breaking] = await Promise.all([
    listLatestArticles(LATEST_ON_HOME + 1),
    // One extra per category, so each front stays full after the lead story is left out of it.
    listCategoryFronts(
      categories.map((category) => category.slug),
      STORIES_PER_CATEGORY_FRONT + 1,
    ),
    listMostRead(),
    loadBreakingNews(),
  ]);
  const notLead = (article: ArticleSummary) => article.slug !== lead?.slug;
  return {
    categories,
    breaking,
    lead: lead ?? null,
    latest,
    fronts: categories.map((category) => ({
      category,
      articles: (fronts.get(category.slug) ?? []).filter(notLead).slice(0, STORIES_PER_CATEGORY_FRONT),
    })),
    mostRead,
  };
});

/** A category, author or tag listing page, or null for an unknown slug or a page past the end. */
export const loadListingPage = cache(async (kind: ListingKind, slug: string, page: number): Promise<ListingPageData | null> => {
  const listed = await findListed(kind, slug);
  if (!listed) return null;
  const [listing, categories, breaking] = await Promise.all([
    listArticlePage(listed.filter, page, LISTING_PAGE_SIZE),
    listCategories(),
    loadBreakingNews(),
  ]);
  if (!listing) return null;
  return { kind, slug, title: listed.title, description: listed.description, listing, categories, breaking };
});

async function findListed(kind: ListingKind, slug: string) {
  switch (kind) {
    case 'category': {
      const category = await getCategoryBySlug(slug);
      return category
        ? { title: category.name, description: category.description, filter: { kind, categoryId: category.id } as const }
        : null;
    }
    case 'author': {
      const author = await getAuthorBySlug(slug);
      return author ? { title: author.name, description: author.bio, filter: { kind, authorId: author.id } as const } : null;
    }
    case 'tag': {
      const tag = await getTagBySlug(slug);
      return tag
        ? {
            title: tag.name,
            description: `Stories about ${tag.name} from The Nation Express.`,
            filter: { kind, tagId: tag.id } as const,
          }
        : null;
    }
  }
}

/** A story's page; from page 2, a page of its live coverage's older posts. Null past the last. */
export const loadArticlePage = cache(async (slug: string, page = 1): Promise<ArticlePageData | null> => {
  const article = await getPublishedArticleBySlug(slug);
  if (!article || (page > 1 && !article.coverage)) return null;
  const { coverage } = article;
  const [live, related, categories, mostRead, breaking] = await Promise.all([
    coverage ? readLiveCoverage(article.id, coverage, page) : null,
    listRelatedArticles(article, RELATED_STORIES),
    listCategories(),
    listMostRead(),
    loadBreakingNews(),
  ]);
  if (coverage && !live) return null;
  return { article: live ? { ...article, updatedAt: liveStoryUpdatedAt(article, live) } : article, live, related, categories, mostRead, breaking };
});

/** A page of the corrections list, or null for a page past the last. */
export const loadCorrectionsPage = cache(async (page: number): Promise<CorrectionsPageData | null> => {
  const [notes, categories, breaking] = await Promise.all([listStoryNotePage(page, LISTING_PAGE_SIZE), listCategories(), loadBreakingNews()]);
  return notes ? { notes, categories, breaking } : null;
});

export const loadNotFoundPage = cache(async (): Promise<NotFoundPageData> => {
  const [categories, breaking, suggestions] = await Promise.all([listCategories(), loadBreakingNews(), listLatestArticles(SUGGESTIONS_ON_NOT_FOUND)]);
  return { categories, breaking, suggestions };
});

/** The search page for `q` (as typed) and a page number, or null for a page past the last. */
export const loadSearchPage = cache(async (rawQuery: string, page: number): Promise<SearchPageData | null> => {
  const query = rawQuery.trim();
  // Untrimmed: a trailing space means the last word is whole, not a prefix still being typed.
  const parsed = parseSearchQuery(rawQuery);
  if (!parsed && page > 1) return null;
  const results = parsed ? await searchArticles(parsed, page, SEARCH_PAGE_SIZE) : null;
  if (parsed && !results) return null;
  const nothingFound = !results || results.totalItems === 0;
  return {
    query,
    results,
    categories: await listCategories(),
    breaking: await loadBreakingNews(),
    suggestions: nothingFound ? await listLatestArticles(SUGGESTIONS_ON_NOT_FOUND) : [],
  };
});

/**
 * Whether a listing page exists, without loading it: the HTTP server asks this to answer 404 for
 * missing desktop pages before rendering (see server/missingDesktopPage.ts).
 */
export async function listingPageExists(kind: ListingKind, slug: string, page: number): Promise<boolean> {
  const listed = await findListed(kind, slug);
  return listed !== null && page <= (await countListingPages(listed.filter, LISTING_PAGE_SIZE));
}
