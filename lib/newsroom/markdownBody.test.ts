import { describe, expect, it } from 'vitest';
import { serializeArticleBody } from '../articleBody';
import { bodyToMarkdown, markdownToBody } from './markdownBody';

describe('markdownToBody', () => {
  it('reads paragraphs, headings, quotations and lists, with bold, italic and links', () => {
    const { body, dropped } = markdownToBody(
      [
        '## What was agreed',
        'Moscow offered **help** and *patience*, [says the ministry](https://mea.gov.in/statement).',
        '### Next steps',
        '> We are ready to mediate.\n>\n> — Sergey Lavrov',
        '- Talks in *May*',
        '- A [joint statement](/article/joint-statement)',
        '1. First',
        '2. Second',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(body).toEqual([
      { type: 'heading', level: 2, text: 'What was agreed' },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Moscow offered ' },
          { type: 'text', text: 'help', bold: true },
          { type: 'text', text: ' and ' },
          { type: 'text', text: 'patience', italic: true },
          { type: 'text', text: ', ' },
          { type: 'link', href: 'https://mea.gov.in/statement', text: 'says the ministry' },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'heading', level: 3, text: 'Next steps' },
      { type: 'quote', text: 'We are ready to mediate.', attribution: 'Sergey Lavrov' },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'text', text: 'Talks in ' }, { type: 'text', text: 'May', italic: true }],
          [{ type: 'text', text: 'A ' }, { type: 'link', href: '/article/joint-statement', text: 'joint statement' }],
        ],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'First' }], [{ type: 'text', text: 'Second' }]] },
    ]);
  });

  it('drops hostile input and says so, keeping the words around it', () => {
    const hostile = [
      'Before <script>alert(1)</script> after',
      '<img src=x onerror="alert(1)">',
      '[click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=) and [proto](//evil.example)',
      '<svg onload="alert(1)"><script>alert(2)</script></svg>',
      '<a href="https://example.com" onclick="steal()">html link</a>',
      '![tracker](https://evil.example/pixel.gif)',
      '[back home](/\\evil.example) and [tabbed](</\t/evil.example>)',
    ].join('\n\n');
    const { body, dropped } = markdownToBody(hostile);
    const stored = serializeArticleBody(body);
    for (const payload of ['<script', 'onerror', 'onload', 'onclick', 'javascript:', 'data:text', '//evil', '\\\\evil', '<svg', 'pixel.gif']) {
      expect(stored).not.toContain(payload);
    }
    expect(stored).toContain('click me');
    expect(dropped).toEqual(expect.arrayContaining(['html', 'links', 'images']));
  });

  it('removes control characters and the like, also those written as character references', () => {
    expect(markdownToBody('## Rain\u0000 ahead\n\nIt &#x202E;fell\u001B[2J at &#27;night, [here](/weather\u0085).\r\n\r\n```\ncode\u0007\n```').body).toEqual([
      { type: 'heading', level: 2, text: 'Rain ahead' },
      { type: 'paragraph', content: [{ type: 'text', text: 'It fell[2J at night, ' }, { type: 'link', href: '/weather', text: 'here' }, { type: 'text', text: '.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'code' }] },
    ]);
  });

  it('has no body for nothing, or only what it cannot hold, and says so', () => {
    expect(markdownToBody('')).toEqual({ body: null, problem: 'empty', dropped: [] });
    expect(markdownToBody('   \n\n  ')).toEqual({ body: null, problem: 'empty', dropped: [] });
    expect(markdownToBody('<div>only html</div>')).toEqual({ body: null, problem: 'empty', dropped: ['html'] });
  });

  it('has no body, and says why, when a part is larger than a body holds or reading it would be', () => {
    expect(markdownToBody('Paragraph.\n\n'.repeat(501))).toMatchObject({ body: null, problem: 'part-too-large' });
    expect(markdownToBody(`Long: ${'word '.repeat(5_000)}`)).toMatchObject({ body: null, problem: 'part-too-large' });
    expect(markdownToBody('> '.repeat(50) + 'deep')).toMatchObject({ body: null, problem: 'nesting' });
    expect(markdownToBody('a'.repeat(100_001))).toMatchObject({ body: null, problem: 'length' });
  });
});

describe('bodyToMarkdown', () => {
  // Every demo story, as stored, reads back the same too: db/newsroom/stories.editor.test.ts.
  it('keeps Markdown characters in the text as text', () => {
    const body = [
      { type: 'paragraph' as const, content: [{ type: 'text' as const, text: '1. Not a list, *not italic*, [not a link] and <b>not HTML</b> \\ # nor a heading' }] },
      { type: 'paragraph' as const, content: [{ type: 'text' as const, text: '# Still a paragraph' }] },
      { type: 'paragraph' as const, content: [{ type: 'text' as const, text: '- still not a list' }] },
      { type: 'quote' as const, text: '> nested?', attribution: 'A *person*' },
    ];
    expect(markdownToBody(bodyToMarkdown(body)).body).toEqual(body);
  });
});
