import type { Variant } from '../lib/paths';
import type { CategorySummary } from '../lib/content';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface PageShellProps {
  variant: Variant;
  /** This page's path in the variant being rendered. */
  path: string;
  categories: readonly CategorySummary[];
  currentCategorySlug?: string;
  isHome?: boolean;
  children: React.ReactNode;
}

/** Masthead, main content and footer: the frame of every public page in both versions. */
export function PageShell({ variant, path, categories, currentCategorySlug, isHome, children }: PageShellProps) {
  return (
    <div className={`site site--${variant}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
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
