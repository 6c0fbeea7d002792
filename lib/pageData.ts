import type { LiveCoverage } from './liveCoverage';
import type { Article, ArticlePage, ArticleSummary, BreakingNews, CategorySummary, MostReadStory, SearchResults, StoryNotePage } from './content';
import type { ListingKind } from './paths';

/*
 * What each kind of public page shows: loaded by app/_lib/pageLoaders.ts, rendered by the views
 * in components/ for both versions of the site. Every page carries the sections for its masthead
 * and the breaking-news strip, null when none is up.
 */

export interface HomePageData {
  categories: CategorySummary[];
  breaking: BreakingNews | null;
  lead: ArticleSummary | null;
  latest: ArticleSummary[];
  fronts: { category: CategorySummary; articles: ArticleSummary[] }[];
  mostRead: MostReadStory[];
}

export interface ListingPageData {
  kind: ListingKind;
  slug: string;
  title: string;
  description: string;
  listing: ArticlePage;
  categories: CategorySummary[];
  breaking: BreakingNews | null;
}

export interface ArticlePageData {
  article: Article;
  /** One page of the story's live coverage, when it is told as one. */
  live: LiveCoverage | null;
  related: ArticleSummary[];
  mostRead: MostReadStory[];
  categories: CategorySummary[];
  breaking: BreakingNews | null;
}

export interface NotFoundPageData {
  categories: CategorySummary[];
  breaking: BreakingNews | null;
  suggestions: ArticleSummary[];
}

export interface SearchPageData {
  /** What the reader typed, trimmed, for the search box and the heading. */
  query: string;
  /** Null when the query has no words to look for (empty, or only punctuation). */
  results: SearchResults | null;
  categories: CategorySummary[];
  breaking: BreakingNews | null;
  /** Latest stories, offered when nothing matched. */
  suggestions: ArticleSummary[];
}

export interface CorrectionsPageData {
  notes: StoryNotePage;
  categories: CategorySummary[];
  breaking: BreakingNews | null;
}
