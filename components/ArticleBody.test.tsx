import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { articleBodySchema } from '../lib/articleBody';
import { ArticleBody } from './ArticleBody';

describe('ArticleBody', () => {
  it('renders each block type with its own element', () => {
    const body = articleBodySchema.parse([
      { type: 'paragraph', content: [{ type: 'text', text: 'Plain ' }, { type: 'text', text: 'strong', bold: true }] },
      { type: 'heading', level: 2, text: 'A section' },
      { type: 'quote', text: 'Quoted words.', attribution: 'An analyst' },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'First' }], [{ type: 'text', text: 'Second' }]] },
      { type: 'paragraph', content: [{ type: 'link', href: 'https://example.org/report', text: 'the report' }] },
    ]);
    const html = renderToStaticMarkup(<ArticleBody body={body} />);
    expect(html).toContain('<p>Plain <strong>strong</strong></p>');
    expect(html).toContain('<h2>A section</h2>');
    expect(html).toContain('<figure class="pull-quote"><blockquote><p>Quoted words.</p></blockquote><figcaption>An analyst</figcaption></figure>');
    expect(html).toContain('<ol><li>First</li><li>Second</li></ol>');
    expect(html).toContain('<a href="https://example.org/report" rel="noopener noreferrer">the report</a>');
  });

  it('escapes text, so markup in a story is shown, never run', () => {
    const body = articleBodySchema.parse([
      { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script> & <b>' }] },
    ]);
    const html = renderToStaticMarkup(<ArticleBody body={body} />);
    expect(html).toBe('<div class="article-body"><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;</p></div>');
  });
});
