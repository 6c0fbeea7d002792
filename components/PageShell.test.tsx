import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageShell } from './PageShell';

const BREAKING = { slug: 'bridge-reopens', headline: 'Bridge reopens <after> repairs' };

describe('PageShell', () => {
  it('puts the breaking-news strip first after the skip link, leading to the story in the same version', () => {
    for (const [variant, href] of [
      ['desktop', '/article/bridge-reopens'],
      ['mobile', '/m/article/bridge-reopens'],
    ] as const) {
      const html = renderToStaticMarkup(
        <PageShell variant={variant} path="/" categories={[]} breaking={BREAKING}>
          <p>Page</p>
        </PageShell>,
      );
      expect(html).toContain(
        `<aside class="breaking-news" aria-label="Breaking news"><a class="breaking-news__link" href="${href}"><span class="breaking-news__label">Breaking</span> <span class="breaking-news__headline">Bridge reopens &lt;after&gt; repairs</span></a></aside>`,
      );
      expect(html.indexOf('class="skip-link"')).toBeLessThan(html.indexOf('breaking-news'));
      expect(html.indexOf('breaking-news')).toBeLessThan(html.indexOf('class="masthead"'));
    }
  });

  it('draws no strip when none is up', () => {
    const html = renderToStaticMarkup(
      <PageShell variant="mobile" path="/m" categories={[]} breaking={null}>
        <p>Page</p>
      </PageShell>,
    );
    expect(html).not.toContain('breaking-news');
    expect(html).not.toContain('Breaking');
  });
});
