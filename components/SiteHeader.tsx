import { categoryPath, homePath, searchPath, type Variant } from '../lib/paths';
import { SITE_NAME } from '../lib/siteIdentity';
import type { CategorySummary } from '../lib/content';
import { SearchForm } from './SearchForm';

interface SiteHeaderProps {
  variant: Variant;
  categories: readonly CategorySummary[];
  /** The section the page belongs to, marked as current in the navigation. */
  currentCategorySlug?: string;
  isHome?: boolean;
}

function Brand({ variant }: { variant: Variant }) {
  const iconSize = variant === 'desktop' ? 44 : 32;
  return (
    <a className="masthead__brand" href={homePath(variant)}>
      <img src="/icon.svg" width={iconSize} height={iconSize} alt="" />
      <span className="masthead__name">{SITE_NAME}</span>
    </a>
  );
}

/** Every section, in both versions: a centred row on desktop, a row that scrolls sideways on phones. */
function SectionNav({ variant, categories, currentCategorySlug, isHome = false }: SiteHeaderProps) {
  return (
    <nav className="site-nav" aria-label="Sections">
      <ul>
        <li>
          <a href={homePath(variant)} aria-current={isHome ? 'page' : undefined}>
            Home
          </a>
        </li>
        {categories.map((category) => (
          <li key={category.slug}>
            <a href={categoryPath(category.slug, variant)} aria-current={category.slug === currentCategorySlug ? 'page' : undefined}>
              {category.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteHeader({ variant, categories, currentCategorySlug, isHome = false }: SiteHeaderProps) {
  const sections = <SectionNav variant={variant} categories={categories} currentCategorySlug={currentCategorySlug} isHome={isHome} />;
  switch (variant) {
    case 'mobile':
      return (
        <header className="masthead" id="top">
          <div className="masthead__bar">
            <Brand variant={variant} />
            <a className="masthead__search-link" href={searchPath(variant)}>
              Search
            </a>
          </div>
          {sections}
        </header>
      );
    case 'desktop':
      return (
        <header className="masthead" id="top">
          <div className="masthead__inner">
            <div className="masthead__title">
              <Brand variant={variant} />
              <p className="masthead__tagline">India, Russia and the world</p>
            </div>
            <SearchForm variant={variant} placement="masthead" />
          </div>
          {sections}
        </header>
      );
  }
}
