import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Article } from '../lib/content';
import { Byline } from './Byline';

const PUBLISHED = new Date('2025-05-03T04:00:00Z');

function article(updatedAt: Date | null): Article {
  return {
    id: 7,
    slug: 'a-story',
    headline: 'A story',
    standfirst: 'Its standfirst.',
    publishedAt: PUBLISHED,
    updatedAt,
    modifiedAt: updatedAt ?? PUBLISHED,
    category: { slug: 'world', name: 'World' },
    author: { slug: 'news-desk', name: 'News Desk' },
    live: false,
    image: { path: 'articles/a-story', width: 1600, height: 900, alt: 'Alt', credit: 'Credit' },
    body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }],
    source: null,
    notes: [],
    disclaimer: null,
    tags: [],
  };
}

describe('Byline', () => {
  it('links the author in the chosen version and gives the time with its offset', () => {
    const html = renderToStaticMarkup(<Byline article={article(null)} variant="mobile" />);
    expect(html).toContain('<a href="/m/author/news-desk" rel="author">News Desk</a>');
    expect(html).toContain('<time dateTime="2025-05-03T09:30:00+05:30">Published 3 May 2025 at 9:30 am IST</time>');
    expect(html).not.toContain('Updated');
  });

  it('shows the updated time only when it differs from the published time', () => {
    expect(renderToStaticMarkup(<Byline article={article(PUBLISHED)} variant="desktop" />)).not.toContain('Updated');
    const html = renderToStaticMarkup(<Byline article={article(new Date('2025-05-03T08:15:00Z'))} variant="desktop" />);
    expect(html).toContain('<time dateTime="2025-05-03T13:45:00+05:30">Updated 3 May 2025 at 1:45 pm IST</time>');
  });

  it('says how many minutes the story takes to read, one at least', () => {
    expect(renderToStaticMarkup(<Byline article={article(null)} variant="mobile" />)).toContain('1 min read');
    const long = { ...article(null), body: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'word '.repeat(1200) }] }] };
    expect(renderToStaticMarkup(<Byline article={long} variant="desktop" />)).toContain('5 min read');
  });
});
