import { homePath, type Variant } from '../lib/paths';
import type { NotFoundPageData } from '../lib/pageData';
import { PageShell } from './PageShell';
import { SuggestedStories } from './SuggestedStories';

interface NotFoundViewProps {
  data: NotFoundPageData;
  variant: Variant;
  path: string;
}

export function NotFoundView({ data, variant, path }: NotFoundViewProps) {
  return (
    <PageShell variant={variant} path={path} categories={data.categories} breaking={data.breaking}>
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
      <SuggestedStories articles={data.suggestions} variant={variant} />
    </PageShell>
  );
}
