import { categoryPath, correctionsPath, exitMobileHref, goMobileHref, type Variant } from '../lib/paths';
import { SITE_NAME } from '../lib/siteIdentity';
import type { CategorySummary } from '../lib/content';

interface SiteFooterProps {
  variant: Variant;
  /** This page's own path in the variant being rendered, for the switch-version link. */
  path: string;
  categories: readonly CategorySummary[];
}

export function SiteFooter({ variant, path, categories }: SiteFooterProps) {
  const year = new Date().getFullYear();
  switch (variant) {
    case 'mobile':
      return (
        <footer className="site-footer">
          <p>
            <a href="#top">Back to top</a> · <a href={correctionsPath(variant)}>Corrections</a>
          </p>
          <p className="site-footer__copyright">
            © {year} {SITE_NAME}
          </p>
          <p className="site-footer__switch">
            <a href={exitMobileHref(path)} rel="nofollow">
              Exit mobile version
            </a>
          </p>
        </footer>
      );
    case 'desktop':
      return (
        <footer className="site-footer">
          <nav aria-label="Sections (footer)">
            <ul className="site-footer__sections">
              {categories.map((category) => (
                <li key={category.slug}>
                  <a href={categoryPath(category.slug, variant)}>{category.name}</a>
                </li>
              ))}
            </ul>
          </nav>
          <p className="site-footer__copyright">
            © {year} {SITE_NAME}. Independent news and analysis. <a href={correctionsPath(variant)}>Corrections and updates</a>
          </p>
          <p className="site-footer__switch">
            <a href={goMobileHref(path)} rel="nofollow">
              Go to mobile version
            </a>
          </p>
        </footer>
      );
  }
}
