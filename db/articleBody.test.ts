import { describe, expect, it } from 'vitest';
import { articleBodySchema, parseArticleBody, serializeArticleBody } from './articleBody';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('article body validation', () => {
  it('accepts every block type and round-trips through JSON', () => {
    const body = [
      paragraph('Opening paragraph.'),
      { type: 'heading', level: 2, text: 'A section' },
      { type: 'quote', text: 'A quotation.', attribution: 'An analyst' },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two', bold: true }]] },
      { type: 'paragraph', content: [{ type: 'link', href: 'https://example.org/report', text: 'the report' }] },
    ];
    expect(parseArticleBody(serializeArticleBody(body))).toEqual(body);
  });

  it.each([
    ['an empty body', []],
    ['an unknown block type', [{ type: 'html', html: '<script>alert(1)</script>' }]],
    ['a javascript: link', [{ type: 'paragraph', content: [{ type: 'link', href: 'javascript:alert(1)', text: 'x' }] }]],
    ['a data: link', [{ type: 'paragraph', content: [{ type: 'link', href: 'data:text/html,x', text: 'x' }] }]],
    ['a protocol-relative link', [{ type: 'paragraph', content: [{ type: 'link', href: '//evil.example', text: 'x' }] }]],
    ['an empty paragraph', [{ type: 'paragraph', content: [] }]],
    ['a level-1 heading', [{ type: 'heading', level: 1, text: 'Second h1' }]],
    ['a body that is not a list', { type: 'paragraph' }],
  ])('rejects %s', (_name, body) => {
    expect(articleBodySchema.safeParse(body).success).toBe(false);
  });

  it.each([
    ['a paragraph', [{ type: 'paragraph', content: [{ type: 'text', text: 'Rain\u001B[2J' }] }]],
    ['a link', [{ type: 'paragraph', content: [{ type: 'link', href: '/a', text: 'NUL\u0000' }] }]],
    ['a heading', [{ type: 'heading', level: 2, text: 'Right\u202Eto left' }]],
    ['a quotation', [{ type: 'quote', text: 'Half \uD83D a face' }]],
    ['an attribution', [{ type: 'quote', text: 'Fine', attribution: 'Never\uFFFF' }]],
    ['a list item', [{ type: 'list', ordered: false, items: [[{ type: 'text', text: 'C1\u0085' }]] }]],
  ])('rejects control characters and the like in %s', (_name, body) => {
    expect(articleBodySchema.safeParse(body).success).toBe(false);
  });

  it('accepts tabs and line breaks in text', () => {
    expect(articleBodySchema.safeParse([paragraph('One line\nand\tanother')]).success).toBe(true);
  });

  it('reports stored bodies that are not JSON', () => {
    expect(() => parseArticleBody('{not json')).toThrow(/not valid JSON/);
  });
});

