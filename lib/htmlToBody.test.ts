import { describe, expect, it } from 'vitest';
import type { ArticleBody } from './articleBody';
import { htmlToBody } from './htmlToBody';

const IMAGES = 'images inside the text (use the featured image)';
const LINKS = 'links that are not web addresses or paths on this site (their text is kept)';
const NESTED_LISTS = 'lists inside lists (their items are left out)';
const EMBEDS = 'embedded videos, audio and posts from other sites';
const PAGE_CODE = 'scripts, styles and forms';
const SHORTCODES = 'WordPress shortcodes';

const paragraph = (text: string): ArticleBody[number] => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('htmlToBody', () => {
  it('converts a block-editor post', () => {
    const html = `<!-- wp:paragraph -->
<p>The council <strong>approved</strong> the plan on <em>Tuesday</em>, according to <a href="https://example.com/minutes?year=2024&amp;page=2">the minutes</a>.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>It was <strong>very <em>nearly</em></strong> rejected.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading" id="what-changes">What changes</h2>
<!-- /wp:heading -->

<!-- wp:list -->
<ul class="wp-block-list"><!-- wp:list-item -->
<li>Bus lanes on <strong>Main Street</strong></li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>New <a href="/transport">cycle routes</a></li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading">When</h3>
<!-- /wp:heading -->

<!-- wp:list {"ordered":true} -->
<ol class="wp-block-list"><li>Consultation</li><li>Works begin in <em>spring</em></li></ol>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>This is a good day for the city.</p>
<!-- /wp:paragraph --><cite>Mayor Jane Doe</cite></blockquote>
<!-- /wp:quote -->`;

    expect(htmlToBody(html)).toEqual({
      body: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The council ' },
            { type: 'text', text: 'approved', bold: true },
            { type: 'text', text: ' the plan on ' },
            { type: 'text', text: 'Tuesday', italic: true },
            { type: 'text', text: ', according to ' },
            { type: 'link', href: 'https://example.com/minutes?year=2024&page=2', text: 'the minutes' },
            { type: 'text', text: '.' },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'It was ' },
            { type: 'text', text: 'very ', bold: true },
            { type: 'text', text: 'nearly', bold: true, italic: true },
            { type: 'text', text: ' rejected.' },
          ],
        },
        { type: 'heading', level: 2, text: 'What changes' },
        {
          type: 'list',
          ordered: false,
          items: [
            [
              { type: 'text', text: 'Bus lanes on ' },
              { type: 'text', text: 'Main Street', bold: true },
            ],
            [
              { type: 'text', text: 'New ' },
              { type: 'link', href: '/transport', text: 'cycle routes' },
            ],
          ],
        },
        { type: 'heading', level: 3, text: 'When' },
        {
          type: 'list',
          ordered: true,
          items: [
            [{ type: 'text', text: 'Consultation' }],
            [
              { type: 'text', text: 'Works begin in ' },
              { type: 'text', text: 'spring', italic: true },
            ],
          ],
        },
        { type: 'quote', text: 'This is a good day for the city.', attribution: 'Mayor Jane Doe' },
      ],
      dropped: [],
    });
  });

  it('reads a classic post without paragraph tags: blank lines part paragraphs, single newlines are spaces', () => {
    const html = [
      'The storm hit on Monday night.',
      'Residents were told to stay indoors.',
      '',
      'It&#8217;s the worst since 1987, said the owner of Smith &amp; Sons.&nbsp;&nbsp;Power was cut.',
      '   ',
      '<strong>Update:</strong> roads have <a href="https://example.com/roads">reopened</a>.',
      '<h2>Recovery</h2>',
      'Crews are out.',
    ].join('\r\n');

    expect(htmlToBody(html)).toEqual({
      body: [
        paragraph('The storm hit on Monday night. Residents were told to stay indoors.'),
        paragraph('It’s the worst since 1987, said the owner of Smith & Sons. Power was cut.'),
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Update:', bold: true },
            { type: 'text', text: ' roads have ' },
            { type: 'link', href: 'https://example.com/roads', text: 'reopened' },
            { type: 'text', text: '.' },
          ],
        },
        { type: 'heading', level: 2, text: 'Recovery' },
        paragraph('Crews are out.'),
      ],
      dropped: [],
    });
  });

  it('keeps line breaks as spaces and reads two in a row as a new paragraph', () => {
    expect(htmlToBody('One line<br />\nthe next<br>\n<br />A new paragraph').body).toEqual([
      paragraph('One line the next'),
      paragraph('A new paragraph'),
    ]);
  });

  it('collapses whitespace, merges text with the same marks and drops empty paragraphs', () => {
    expect(htmlToBody('<p>&nbsp;</p><p>  Two \t <b>bold</b><strong> words </strong> here  </p><p> </p>').body).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Two ' },
          { type: 'text', text: 'bold words ', bold: true },
          { type: 'text', text: 'here' },
        ],
      },
    ]);
  });

  it('decodes entities once, so encoded markup stays text', () => {
    expect(htmlToBody('<p>&lt;b&gt; is &amp;lt;b&amp;gt; written out &mdash; &quot;ok&quot;</p>').body).toEqual([
      paragraph('<b> is &lt;b&gt; written out — "ok"'),
    ]);
  });

  it('maps h1 and h2 to level 2 and h3 to h6 to level 3, as plain text', () => {
    expect(htmlToBody('<h1>One</h1><h2><em>Two</em></h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six<br>lines</h6><h2>&nbsp;</h2>').body).toEqual([
      { type: 'heading', level: 2, text: 'One' },
      { type: 'heading', level: 2, text: 'Two' },
      { type: 'heading', level: 3, text: 'Three' },
      { type: 'heading', level: 3, text: 'Four' },
      { type: 'heading', level: 3, text: 'Five' },
      { type: 'heading', level: 3, text: 'Six lines' },
    ]);
  });

  it('separates blocks that wrappers such as div and section held apart', () => {
    expect(htmlToBody('<div class="wp-block-group"><div>First</div><section>Second</section></div>Third<hr>Fourth').body).toEqual([
      paragraph('First'),
      paragraph('Second'),
      paragraph('Third'),
      paragraph('Fourth'),
    ]);
  });

  it('makes bold or italic around whole paragraphs mark each paragraph', () => {
    expect(htmlToBody('<b><p>one</p><p>two</p></b>').body).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'one', bold: true }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'two', bold: true }] },
    ]);
  });

  describe('quotes', () => {
    it('takes a last paragraph starting with a dash as the attribution', () => {
      expect(htmlToBody('<blockquote><p>We will rebuild.</p><p>Stronger.</p><p>&mdash; The mayor</p></blockquote>').body).toEqual([
        { type: 'quote', text: 'We will rebuild. Stronger.', attribution: 'The mayor' },
      ]);
      expect(htmlToBody('<blockquote>We will rebuild.<br />-- The mayor</blockquote>').body).toEqual([
        { type: 'quote', text: 'We will rebuild.', attribution: 'The mayor' },
      ]);
    });

    it('takes a cite after a dash as the attribution, without the dash', () => {
      expect(htmlToBody('<blockquote>We will rebuild.<br>– <cite>The mayor</cite></blockquote>').body).toEqual([
        { type: 'quote', text: 'We will rebuild.', attribution: 'The mayor' },
      ]);
    });

    it('has no attribution when nothing names the speaker', () => {
      expect(htmlToBody('<blockquote><p>Words alone, read in <cite>a book</cite>.</p></blockquote>').body).toEqual([
        { type: 'quote', text: 'Words alone, read in a book.' },
      ]);
    });

    it('keeps a pull quote from its figure', () => {
      expect(
        htmlToBody('<figure class="wp-block-pullquote"><blockquote><p>Pulled out.</p><cite>Someone</cite></blockquote></figure>'),
      ).toEqual({ body: [{ type: 'quote', text: 'Pulled out.', attribution: 'Someone' }], dropped: [] });
    });
  });

  describe('lists', () => {
    it('leaves out lists inside lists and says so', () => {
      expect(htmlToBody('<ul><li>Outer<ul><li>Inner</li></ul></li><li><p>Second</p></li><li> </li></ul>')).toEqual({
        body: [{ type: 'list', ordered: false, items: [[{ type: 'text', text: 'Outer' }], [{ type: 'text', text: 'Second' }]] }],
        dropped: [NESTED_LISTS],
      });
    });

    it('leaves out a list written straight inside another', () => {
      expect(htmlToBody('<ol><li>One</li><ol><li>One point one</li></ol><li>Two</li></ol>')).toEqual({
        body: [{ type: 'list', ordered: true, items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two' }]] }],
        dropped: [NESTED_LISTS],
      });
    });
  });

  describe('links', () => {
    it('keeps the text of links to anything but the web or this site, and says so', () => {
      expect(htmlToBody('<p><a href="mailto:desk@example.com">Write</a> or <a href="contact.html">call</a>.</p>')).toEqual({
        body: [paragraph('Write or call.')],
        dropped: [LINKS],
      });
    });

    it('keeps the text of an anchor without an address without a note', () => {
      expect(htmlToBody('<p><a name="top">Top</a> of the story</p>')).toEqual({ body: [paragraph('Top of the story')], dropped: [] });
    });

    it('trims the address and keeps spaces inside a link outside it', () => {
      expect(htmlToBody('<p>See<a href="  https://example.com/  "> this </a>now</p>').body).toEqual([
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'See ' },
            { type: 'link', href: 'https://example.com/', text: 'this' },
            { type: 'text', text: ' now' },
          ],
        },
      ]);
    });

    it('drops a link around nothing but an image', () => {
      expect(htmlToBody('<p>Photo: <a href="https://example.com/big.jpg"><img src="small.jpg"></a></p>')).toEqual({
        body: [paragraph('Photo:')],
        dropped: [IMAGES],
      });
    });
  });

  describe('hostile HTML', () => {
    const PAYLOAD = /alert|script|steal|evil|data:|base64|onerror|onload|onclick|display|action|<|>/i;

    it.each([
      ['a script', '<p>Before</p><script>alert(1)</script><p>After</p>', [paragraph('Before'), paragraph('After')], [PAGE_CODE]],
      ['an image with an error handler', '<p>Before</p><img src=x onerror=alert(1)><p>After</p>', [paragraph('Before'), paragraph('After')], [IMAGES]],
      ['a javascript: link', '<p><a href="javascript:alert(1)">x</a></p>', [paragraph('x')], [LINKS]],
      ['a mixed-case javascript: link', '<p><a href="JaVaScRiPt:alert(1)">click</a></p>', [paragraph('click')], [LINKS]],
      ['a javascript: link after spaces', '<p><a href="  javascript:alert(1)">click</a></p>', [paragraph('click')], [LINKS]],
      ['an entity-encoded javascript: link', '<p><a href="&#106;avascript&#58;alert(1)">click</a></p>', [paragraph('click')], [LINKS]],
      ['a data: link', '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a></p>', [paragraph('click')], [LINKS]],
      ['a protocol-relative link', '<p><a href="//evil.example/">click</a></p>', [paragraph('click')], [LINKS]],
      ['a link to /\\host, which browsers open as //host', '<p><a href="/\\evil.example">click</a></p>', [paragraph('click')], [LINKS]],
      ['a link with a tab between its slashes', '<p><a href="/&#9;/evil.example">click</a></p>', [paragraph('click')], [LINKS]],
      ['a script inside SVG', '<svg onload=alert(1)><script>alert(2)</script><text>drawn</text></svg><p>After</p>', [paragraph('After')], [IMAGES, PAGE_CODE]],
      ['a script inside MathML', '<math><mtext><script>alert(3)</script>x</mtext></math><p>After</p>', [paragraph('After')], ['mathematical formulas', PAGE_CODE]],
      ['an iframe', '<iframe src="https://evil.example">fallback <script>alert(1)</script></iframe><p>After</p>', [paragraph('After')], [EMBEDS]],
      ['event and style attributes', '<p onclick="steal()" style="background:url(javascript:alert(1))">text</p>', [paragraph('text')], []],
      ['a style sheet', '<style>body{display:none}</style><p>After</p>', [paragraph('After')], [PAGE_CODE]],
      ['an object', '<p>Before</p><object data=x>', [paragraph('Before')], [EMBEDS]],
      ['an embed', '<embed src=x><p>After</p>', [paragraph('After')], [EMBEDS]],
      ['a form', '<form action=x><input name=y>Your name</form><p>After</p>', [paragraph('After')], [PAGE_CODE]],
      ['a script in a comment', '<!--<script>alert(4)</script>--><p>After</p>', [paragraph('After')], []],
      ['an image in noscript', '<noscript><img src=x onerror=alert(5)></noscript><p>After</p>', [paragraph('After')], [IMAGES]],
      ['a script in a template', '<template><script>alert(6)</script>hidden</template><p>After</p>', [paragraph('After')], [PAGE_CODE]],
      ['markup hidden in a textarea', '<textarea></textarea><img src=x onerror=alert(7)></textarea><p>After</p>', [paragraph('After')], [PAGE_CODE, IMAGES]],
    ])('removes %s', (_name, html, body, dropped) => {
      const result = htmlToBody(html);
      expect(result.body).toEqual(body);
      expect(JSON.stringify(result.body)).not.toMatch(PAYLOAD);
      expect(result.dropped).toEqual(dropped);
    });

    it('keeps the text of nested and unclosed tags with their marks', () => {
      expect(htmlToBody('<p><b><i>bold italic</p><p>plain')).toEqual({
        body: [{ type: 'paragraph', content: [{ type: 'text', text: 'bold italic', bold: true, italic: true }] }, paragraph('plain')],
        dropped: [],
      });
    });

    it('leaves nothing of a post made only of payloads', () => {
      const result = htmlToBody('<script>alert(1)</script><svg onload=alert(1)><script>alert(2)</script></svg><iframe src="https://evil.example"></iframe>');
      expect(result).toEqual({ body: null, dropped: [PAGE_CODE, IMAGES, EMBEDS] });
    });
  });

  describe('WordPress shortcodes', () => {
    it('leaves nothing of a captioned image', () => {
      expect(htmlToBody('[caption id="attachment_1" align="alignnone" width="300"]<img src="x.jpg"> A caption[/caption]')).toEqual({
        body: null,
        dropped: [SHORTCODES],
      });
    });

    it('leaves nothing of a gallery', () => {
      expect(htmlToBody('[gallery ids="1,2"]')).toEqual({ body: null, dropped: [SHORTCODES] });
    });

    it('removes media shortcodes with their addresses and keeps the text around them', () => {
      const html = 'Before\n\n[caption id="attachment_9"]<a href="https://example.com/p.jpg"><img src="p.jpg"></a> Rescue crews[/caption]\n\n[embed]https://www.youtube.com/watch?v=abc[/embed]\n[video mp4="https://example.com/v.mp4" /]\n\nAfter';
      expect(htmlToBody(html)).toEqual({ body: [paragraph('Before'), paragraph('After')], dropped: [SHORTCODES] });
    });

    it('removes page-builder shortcodes but keeps their text, and bracketed words in prose', () => {
      expect(htmlToBody('[vc_row][vc_column width="1/2"]He said [sic] it was over. [laughs][/vc_column][/vc_row]')).toEqual({
        body: [paragraph('He said [sic] it was over. [laughs]')],
        dropped: [SHORTCODES],
      });
    });
  });

  describe('what a body cannot hold', () => {
    it('has no body for a post that is only an image', () => {
      expect(htmlToBody('<img src="https://example.com/photo.jpg" alt="A photo">')).toEqual({ body: null, dropped: [IMAGES] });
    });

    it('drops an image block with its caption', () => {
      expect(htmlToBody('<figure class="wp-block-image"><img src="a.jpg" alt=""/><figcaption>Flooded streets</figcaption></figure><p>Text</p>')).toEqual({
        body: [paragraph('Text')],
        dropped: [IMAGES],
      });
    });

    it('drops an embed block and its address', () => {
      expect(
        htmlToBody('<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc\n</div></figure><p>Text</p>'),
      ).toEqual({ body: [paragraph('Text')], dropped: [EMBEDS] });
    });

    it('drops tables and keeps code as plain text', () => {
      expect(htmlToBody('<table><tr><td>cell</td></tr></table><pre><code>npm test\n\nnpm run build</code></pre>')).toEqual({
        body: [paragraph('npm test'), paragraph('npm run build')],
        dropped: ['tables', 'code blocks (kept as plain text)'],
      });
    });

    it('has no body, and says why, when a part is longer than a story allows', () => {
      expect(htmlToBody(`<p>Short</p><p>${'word '.repeat(5_000)}</p>`)).toEqual({
        body: null,
        dropped: ['the whole text, because a part of it is longer than a story allows'],
      });
    });

    it('removes control characters, also those written as entities, and keeps the words', () => {
      expect(htmlToBody('<h2>Rain&#27;[2J\u0000 ahead</h2><p>It &#x202E;fell\u0085 <a href="/weather">at&#8;night</a></p>')).toEqual({
        body: [
          { type: 'heading', level: 2, text: 'Rain[2J ahead' },
          { type: 'paragraph', content: [{ type: 'text', text: 'It fell ' }, { type: 'link', href: '/weather', text: 'atnight' }] },
        ],
        dropped: [],
      });
    });

    it.each([
      ['quotations', '<blockquote>', '</blockquote>'],
      ['lists', '<ul><li>', '</li></ul>'],
      ['bold text', '<b>', '</b>'],
      ['links', '<a href="/x">', '</a>'],
      ['wrappers', '<div>', '</div>'],
      ['bold around wrappers', '<b><div>', '</div></b>'],
      ['figures', '<figure>', '</figure>'],
      ['tags it removes', '<span>', '</span>'],
    ])('reads %s nested 20,000 deep without running out of stack', (_name, open, close) => {
      const html = `${open.repeat(20_000)}Deep words${close.repeat(20_000)}<p>After</p>`;
      const { body } = htmlToBody(html);
      expect(body?.at(-1)).toEqual(paragraph('After'));
    });

    it('has no body for empty HTML', () => {
      expect(htmlToBody('')).toEqual({ body: null, dropped: [] });
      expect(htmlToBody('<!-- wp:paragraph -->\n<p></p>\n<!-- /wp:paragraph -->')).toEqual({ body: null, dropped: [] });
    });
  });
});
