import { describe, expect, it } from 'vitest';
import { articleBodySchema, countBodyWords, isSafeHref, parseArticleBody, READING_WORDS_PER_MINUTE, readingMinutes, serializeArticleBody, type ArticleBody } from './articleBody';

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

describe('isSafeHref', () => {
  it.each([
    'https://example.org/report',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/Report?year=2025#part-2',
    'https://例え.jp/パス',
    '/article/joint-statement',
    '/tag/日本語',
    '/search?q=a%20b',
    '/',
  ])('accepts %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    ['a backslash after the slash', '/\\evil.example'],
    ['a backslash later in the path', '/article\\..\\..\\evil'],
    ['two backslashes', '\\\\evil.example'],
    ['a protocol-relative address', '//evil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['a carriage return between the slashes', '/\r/evil.example'],
    ['a space between the slashes', '/ /evil.example'],
    ['an ideographic space', '/\u3000/evil.example'],
    ['a leading space', ' /article/x'],
    ['a NUL', '/article/x\u0000'],
    ['a right-to-left override', '/article/\u202Egnp.exe'],
    ['a backslash in a web address', 'https://example.org\\@evil.example'],
    ['a name and password before the host', 'https://example.org@evil.example/'],
    ['a web address with a space', 'https://example.org/a b'],
    ['a web address without slashes', 'https:evil.example'],
    ['a web address with one slash', 'https:/evil.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals with a tab', 'JAVA\tSCRIPT:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['mailto:', 'mailto:someone@example.org'],
    ['ftp:', 'ftp://example.org/file'],
    ['a relative path', 'article/x'],
    ['a fragment alone', '#top'],
    ['nothing', ''],
    ['an address too long to be real', `https://example.org/${'a'.repeat(2100)}`],
  ])('refuses %s', (_name, href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});

describe('reading time', () => {
  const body: ArticleBody = [
    { type: 'heading', level: 2, text: 'Two words' },
    { type: 'paragraph', content: [{ type: 'text', text: 'One  two\nthree ' }, { type: 'link', href: '/x', text: 'four five' }] },
    { type: 'quote', text: 'Six seven', attribution: 'Eight' },
    { type: 'list', ordered: false, items: [[{ type: 'text', text: 'nine' }], [{ type: 'text', text: 'ten' }]] },
  ];

  it('counts the words of every kind of block, split at any white space', () => {
    expect(countBodyWords(body)).toBe(12);
  });

  it('rounds to whole minutes at the reading speed, never below one', () => {
    expect(readingMinutes(body)).toBe(1);
    const words = (count: number): ArticleBody => [{ type: 'paragraph', content: [{ type: 'text', text: 'word '.repeat(count) }] }];
    expect(readingMinutes(words(READING_WORDS_PER_MINUTE * 3))).toBe(3);
    expect(readingMinutes(words(Math.round(READING_WORDS_PER_MINUTE * 3.6)))).toBe(4);
  });
});
