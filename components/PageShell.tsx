import type { Variant } from '../lib/paths';
import type { BreakingNews, CategorySummary } from '../lib/content';
import { BreakingNewsStrip } from './BreakingNewsStrip';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface PageShellProps {
  variant: Variant;
  /** This page's path in the variant being rendered. */
  path: string;
  categories: readonly CategorySummary[];
  /** The breaking-news strip, on every page that can read it; null when none is up, or on a page drawn without the database. */
  breaking: BreakingNews | null;
  currentCategorySlug?: string;
  isHome?: boolean;
  children: React.ReactNode;
}

/** The breaking-news strip, masthead, main content and footer: the frame of every public page in both versions. */
export function PageShell({ variant, path, categories, breaking, currentCategorySlug, isHome, children }: PageShellProps) {
  return (
    <div className={`site site--${variant}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {breaking ? <BreakingNewsStrip breaking={breaking} variant={variant} /> : null}
      <SiteHeader
        variant={variant}
        categories={categories}
        currentCategorySlug={currentCategorySlug}
        isHome={isHome}
      />
      <main id="main" className="page">
        {children}
      </main>
      <SiteFooter variant={variant} path={path} categories={categories} />
    </div>
  );
}
