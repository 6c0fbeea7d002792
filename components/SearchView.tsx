import { articlePath, categoryPath, searchPath, type Variant } from '../lib/paths';
import type { SearchPageData } from '../lib/pageData';
import type { SearchHit } from '../lib/content';
import { PageShell } from './PageShell';
import { SuggestedStories } from './SuggestedStories';
import { Pagination } from './Pagination';
import { SearchForm } from './SearchForm';
import { TimeStamp } from './TimeStamp';

interface SearchViewProps {
  data: SearchPageData;
  variant: Variant;
  path: string;
}

function SearchResult({ hit, variant }: { hit: SearchHit; variant: Variant }) {
  return (
    <article className="search-result">
      <a className="kicker" href={categoryPath(hit.category.slug, variant)}>
        {hit.category.name}
      </a>
      <h2 className="search-result__headline">
        <a href={articlePath(hit.slug, variant)}>{hit.headline}</a>
      </h2>
      {hit.snippet.length > 0 ? (
        <p className="search-result__snippet">
          {hit.snippet.map((part, index) => (part.highlighted ? <mark key={index}>{part.text}</mark> : part.text))}
        </p>
      ) : null}
      <p className="card__meta">
        {hit.author.name} · <TimeStamp date={hit.publishedAt} format="date" />
      </p>
    </article>
  );
}

function storyCount(count: number): string {
  return count === 1 ? '1 story' : `${count.toLocaleString('en-IN')} stories`;
}

/** The search page: the form, what matched (with the words highlighted), or suggestions. */
export function SearchView({ data, variant, path }: SearchViewProps) {
  const { query, results } = data;
  return (
    <PageShell variant={variant} path={path} categories={data.categories} breaking={data.breaking}>
      <header className="listing-header">
        <h1>{query ? `Search: ${query}` : 'Search'}</h1>
        <SearchForm variant={variant} query={query} placement="page" />
        {results && results.totalItems > 0 ? (
          <p className="listing-header__page" role="status">
            {storyCount(results.totalItems)} match{results.totalItems === 1 ? 'es' : ''} “{query}”
            {results.totalPages > 1 ? ` · page ${results.page} of ${results.totalPages}` : ''}
          </p>
        ) : null}
      </header>
      {results && results.hits.length > 0 ? (
        <>
          <ol className="search-results">
            {results.hits.map((hit) => (
              <li key={hit.slug}>
                <SearchResult hit={hit} variant={variant} />
              </li>
            ))}
          </ol>
          <Pagination
            page={results.page}
            totalPages={results.totalPages}
            hrefForPage={(page) => searchPath(variant, query, page)}
            label="Search results"
            previousLabel="← Better matches"
            nextLabel="More results →"
          />
        </>
      ) : (
        <div className="notice">
          {query ? (
            <p role="status">
              Nothing matched “{query}”. Try fewer words, another spelling, or a name such as “Lavrov” or “BrahMos”.
            </p>
          ) : (
            <p>Type a few words: a person, a place or a topic.</p>
          )}
          <p>Or browse a section:</p>
          <ul className="section-links">
            {data.categories.map((category) => (
              <li key={category.slug}>
                <a href={categoryPath(category.slug, variant)}>{category.name}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <SuggestedStories articles={data.suggestions} variant={variant} />
    </PageShell>
  );
}
