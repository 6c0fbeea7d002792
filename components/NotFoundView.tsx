import { homePath, type Variant } from '../app/_lib/paths';
import type { NotFoundPageData } from '../app/_lib/pageData';
import { LatestList } from './LatestList';
import { PageShell } from './PageShell';

interface NotFoundViewProps {
  data: NotFoundPageData;
  variant: Variant;
  path: string;
}

export function NotFoundView({ data, variant, path }: NotFoundViewProps) {
  return (
    <PageShell variant={variant} path={path} categories={data.categories}>
      <div className="notice">
        <p className="notice__code">404</p>
        <h1>We can’t find that page</h1>
        <p>The story may have moved, or the address may be mistyped.</p>
        <p>
          <a className="button-link" href={homePath(variant)}>
            Go to the home page
          </a>
        </p>
      </div>
      {data.suggestions.length > 0 ? (
        <section className="suggestions" aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading" className="section-heading">
            Latest stories
          </h2>
          <LatestList articles={data.suggestions} variant={variant} />
        </section>
      ) : null}
    </PageShell>
  );
}
