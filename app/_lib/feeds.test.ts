import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleBodySchema } from '../../lib/articleBody';
import { getCategoryFeed, listFeedArticles, type FeedArticle } from '../../db/queries/feeds';
import { TEST_ENGINES, setUpTestStore } from '../../db/testing/testStore';
import {
  articleGuid,
  buildAtomFeed,
  buildCorrectionsFeed,
  buildLiveFeed,
  buildRssFeed,
  categoryFeedChannel,
  FEED_ITEM_LIMIT,
  siteFeedChannel,
} from './feeds';
import { articlePath, authorPath, categoryFeedPath, categoryPath, correctionsPath, SITE_ATOM_PATH, SITE_RSS_PATH } from '../../lib/paths';
import type { ListedStoryNote } from '../../lib/content';
import { LIVE_POSTS_PER_PAGE, type LivePost } from '../../lib/liveCoverage';
import { SITE_NAME } from '../../lib/siteIdentity';
import { absoluteUrl, SITE_URL } from '../../lib/site';

const ANCHOR = {
  slug: 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack',
  headline: 'Russia Offers to Mediate India-Pakistan Kashmir Tensions After Pahalgam Attack',
};

interface RssExtras {
  updated: string;
  'content:encoded': string;
}
interface AtomExtras {
  id: string;
  updated: string;
}

const rssParser = new Parser<Record<string, never>, RssExtras>({ customFields: { item: [['atom:updated', 'updated']] } });
const atomParser = new Parser<Record<string, never>, AtomExtras>({ customFields: { item: ['updated'] } });
const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'item', 'category', 'link'].includes(name) });

/** Text content of an HTML fragment: tags dropped, the entities React and the builder write decoded. */
function htmlText(html: string): string {
  return decodeHtml(html.replace(/<[^>]*>/g, ''));
}

function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function paragraphTexts(article: FeedArticle): string[] {
  return article.body.flatMap((block) =>
    block.type === 'paragraph' ? [block.content.map((node) => node.text).join('')] : [],
  );
}

/** A story made by hand, for the cases the demo content does not have. */
function handMadeArticle(overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    id: 4242,
    slug: 'hand-made-story',
    headline: 'A hand-made story',
    standfirst: 'Its standfirst.',
    body: articleBodySchema.parse([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'See ' },
          { type: 'link', href: '/category/defence', text: 'our defence coverage' },
          { type: 'text', text: ' and ' },
          { type: 'link', href: 'https://example.org/report?a=1&b=2', text: 'the report' },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'link', href: '/tag/russia', text: 'Russia' }]] },
    ]),
    publishedAt: new Date('2025-06-01T10:00:00Z'),
    updatedAt: new Date('2025-06-02T08:30:00Z'),
    modifiedAt: new Date('2025-06-02T08:31:00Z'),
    category: { slug: 'defence', name: 'Defence' },
    author: { slug: 'news-desk', name: 'News Desk' },
    imagePath: 'articles/hand-made-story',
    source: { name: 'Example Wire', url: 'https://example.org/wire' },
    disclaimer: null,
    ...overrides,
  };
}

function expectWellFormed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
}

describe.each(TEST_ENGINES)('feeds from the demo content on %s', (engine) => {
  setUpTestStore(engine);
  let items: FeedArticle[];
  let anchor: FeedArticle;

  beforeAll(async () => {
    items = await listFeedArticles(FEED_ITEM_LIMIT);
    const found = items.find((item) => item.slug === ANCHOR.slug);
    if (!found) throw new Error('anchor missing');
    anchor = found;
  });

  it('writes RSS 2.0 with the key story in full', async () => {
    const xml = await buildRssFeed(siteFeedChannel('rss'), items);
    expectWellFormed(xml);
    const feed = await rssParser.parseString(xml);
    expect(feed).toMatchObject({
      title: SITE_NAME,
      link: absoluteUrl('/'),
      language: 'en',
      feedUrl: absoluteUrl(SITE_RSS_PATH),
      image: { url: absoluteUrl('/icon-512.png') },
    });
    expect(feed.items).toHaveLength(items.length);
    const item = feed.items[0];
    expect(item).toMatchObject({
      title: ANCHOR.headline,
      link: absoluteUrl(articlePath(ANCHOR.slug, 'desktop')),
      guid: articleGuid(anchor.id),
      isoDate: anchor.publishedAt.toISOString(),
      updated: (anchor.updatedAt ?? anchor.publishedAt).toISOString(),
      categories: ['India & Russia'],
      creator: anchor.author.name,
      content: anchor.standfirst,
      enclosure: { url: absoluteUrl(`/images/articles/${ANCHOR.slug}-1200.webp`), type: 'image/webp', length: '0' },
    });
    expect(item?.pubDate).toBe(anchor.publishedAt.toUTCString());
    const body = item?.['content:encoded'] ?? '';
    expect(body.match(/<p>/g)?.length).toBeGreaterThanOrEqual(9);
    for (const paragraph of paragraphTexts(anchor)) expect(htmlText(body)).toContain(paragraph);
    expect(htmlText(body)).toContain('Source: IndianDefenseNews');
    expect(htmlText(body)).toContain(anchor.disclaimer ?? 'a disclaimer');

    // RSS's guid is marked as not a link, and the channel's date is the newest item's.
    const raw = xmlParser.parse(xml);
    expect(raw.rss.channel.item[0].guid['@_isPermaLink']).toBe('false');
    expect(raw.rss.channel.lastBuildDate).toBe((anchor.updatedAt ?? anchor.publishedAt).toUTCString());
    expect(raw.rss.channel.copyright).toContain(SITE_NAME);
  });

  it('writes Atom 1.0 with the key story in full', async () => {
    const xml = await buildAtomFeed(siteFeedChannel('atom'), items);
    expectWellFormed(xml);
    const feed = await atomParser.parseString(xml);
    expect(feed).toMatchObject({ title: SITE_NAME, link: absoluteUrl('/'), feedUrl: absoluteUrl(SITE_ATOM_PATH) });
    const entry = feed.items[0];
    expect(entry).toMatchObject({
      link: absoluteUrl(articlePath(ANCHOR.slug, 'desktop')),
      id: articleGuid(anchor.id),
      pubDate: anchor.publishedAt.toISOString(),
      updated: (anchor.updatedAt ?? anchor.publishedAt).toISOString(),
      author: anchor.author.name,
      summary: anchor.standfirst,
    });
    expect(decodeHtml(entry?.title ?? '')).toBe(ANCHOR.headline);
    for (const paragraph of paragraphTexts(anchor)) expect(htmlText(entry?.content ?? '')).toContain(paragraph);

    const raw = xmlParser.parse(xml).feed;
    expect(raw.icon).toBe(absoluteUrl('/icon-512.png'));
    expect(raw.updated).toBe((anchor.updatedAt ?? anchor.publishedAt).toISOString());
    const rawEntry = raw.entry[0];
    expect(rawEntry.author).toEqual({ name: anchor.author.name, uri: absoluteUrl(authorPath(anchor.author.slug, 'desktop')) });
    expect(rawEntry.category[0]).toMatchObject({ '@_term': 'india-russia', '@_label': 'India & Russia' });
    expect(rawEntry.link).toContainEqual({
      '@_rel': 'enclosure',
      '@_href': absoluteUrl(`/images/articles/${ANCHOR.slug}-1200.webp`),
      '@_type': 'image/webp',
    });
  });

  it('writes a category’s RSS feed that links to its page and to itself', async () => {
    const feed = await getCategoryFeed('india-russia', FEED_ITEM_LIMIT);
    if (!feed) throw new Error('category missing');
    const parsed = await rssParser.parseString(await buildRssFeed(categoryFeedChannel(feed.category), feed.articles));
    expect(parsed).toMatchObject({
      title: `India & Russia | ${SITE_NAME}`,
      link: absoluteUrl(categoryPath('india-russia', 'desktop')),
      feedUrl: absoluteUrl(categoryFeedPath('india-russia')),
    });
    expect(parsed.items).toHaveLength(9);
    expect(parsed.items[0]?.title).toBe(ANCHOR.headline);
  });

  it('gives the same document for the same database', async () => {
    expect(await buildRssFeed(siteFeedChannel('rss'), items)).toBe(await buildRssFeed(siteFeedChannel('rss'), await listFeedArticles(FEED_ITEM_LIMIT)));
    expect(await buildAtomFeed(siteFeedChannel('atom'), items)).toBe(await buildAtomFeed(siteFeedChannel('atom'), items));
  });
});

describe('feed items', () => {
  const trickyHeadline = 'Tanks <b>roll</b> & talks stall ]]> as "]]>" ends &amp; the <![CDATA[ day';

  it('carries a headline with <, & and ]]> through RSS as plain text', async () => {
    const xml = await buildRssFeed(siteFeedChannel('rss'), [handMadeArticle({ headline: trickyHeadline, standfirst: 'A < B & C ]]>' })]);
    expectWellFormed(xml);
    const feed = await rssParser.parseString(xml);
    expect(feed.items[0]?.title).toBe(trickyHeadline);
    // The description is HTML, so its text arrives escaped.
    expect(feed.items[0]?.content).toBe('A &lt; B &amp; C ]]&gt;');
  });

  it('carries the same headline through Atom as escaped HTML', async () => {
    const xml = await buildAtomFeed(siteFeedChannel('atom'), [handMadeArticle({ headline: trickyHeadline })]);
    expectWellFormed(xml);
    const feed = await atomParser.parseString(xml);
    expect(feed.items[0]?.title).toBe('Tanks &lt;b&gt;roll&lt;/b&gt; &amp; talks stall ]]&gt; as "]]&gt;" ends &amp;amp; the &lt;![CDATA[ day');
    expect(decodeHtml(feed.items[0]?.title ?? '')).toBe(trickyHeadline);
  });

  it('drops characters XML cannot carry', async () => {
    const xml = await buildRssFeed(siteFeedChannel('rss'), [handMadeArticle({ headline: 'Pasted\u000b headline\u0001' })]);
    expectWellFormed(xml);
    expect((await rssParser.parseString(xml)).items[0]?.title).toBe('Pasted headline');
  });

  it('keeps an item’s id when its slug and headline are edited', async () => {
    const before = await rssParser.parseString(await buildRssFeed(siteFeedChannel('rss'), [handMadeArticle()]));
    const edited = handMadeArticle({ slug: 'hand-made-story-corrected', headline: 'A corrected hand-made story' });
    const after = await rssParser.parseString(await buildRssFeed(siteFeedChannel('rss'), [edited]));
    const atom = await atomParser.parseString(await buildAtomFeed(siteFeedChannel('atom'), [edited]));
    expect(before.items[0]?.link).not.toBe(after.items[0]?.link);
    expect(after.items[0]?.guid).toBe(before.items[0]?.guid);
    expect(atom.items[0]?.id).toBe(before.items[0]?.guid);
    expect(before.items[0]?.guid).toBe(`tag:${SITE_URL.hostname},2025:article-4242`);
  });

  it('makes site links absolute and credits the source with a link', async () => {
    const feed = await rssParser.parseString(await buildRssFeed(siteFeedChannel('rss'), [handMadeArticle()]));
    const body = feed.items[0]?.['content:encoded'] ?? '';
    expect(body).toContain(`href="${absoluteUrl('/category/defence')}"`);
    expect(body).toContain(`href="${absoluteUrl('/tag/russia')}"`);
    expect(body).toContain('href="https://example.org/report?a=1&amp;b=2"');
    expect(body).not.toMatch(/href="\//);
    expect(body).toContain('<p>Source: <a href="https://example.org/wire" rel="noopener noreferrer external">Example Wire</a></p>');
  });

  it('dates an item by publication, revision and the newest item', async () => {
    const older = handMadeArticle({ id: 1, publishedAt: new Date('2025-05-01T00:00:00Z'), updatedAt: null });
    const xml = await buildAtomFeed(siteFeedChannel('atom'), [handMadeArticle(), older]);
    const raw = xmlParser.parse(xml).feed;
    expect(raw.updated).toBe('2025-06-02T08:30:00.000Z');
    expect(raw.entry[0]).toMatchObject({ published: '2025-06-01T10:00:00.000Z', updated: '2025-06-02T08:30:00.000Z' });
    expect(raw.entry[1]).toMatchObject({ published: '2025-05-01T00:00:00.000Z', updated: '2025-05-01T00:00:00.000Z' });
  });

  it('writes a valid, empty feed for a section with no stories', async () => {
    const channel = categoryFeedChannel({ slug: 'new-section', name: 'New Section', description: 'Soon.' });
    const rss = await buildRssFeed(channel, []);
    expectWellFormed(rss);
    expect((await rssParser.parseString(rss)).items).toEqual([]);
    expectWellFormed(await buildAtomFeed(channel, []));
  });
});

describe('the corrections feed', () => {
  const note = (overrides: Partial<ListedStoryNote> = {}): ListedStoryNote => ({
    id: 31,
    kind: 'correction',
    text: 'The figure is $4 billion, not $14 billion.\n\nThe <table> was wrong ]]> too.',
    writtenAt: new Date('2025-06-02T08:30:00Z'),
    story: { slug: 'hand-made-story', headline: 'Trade <up> ]]> again', category: { slug: 'economy', name: 'Economy' } },
    ...overrides,
  });

  it('gives each note an item linking to its place in its story, with a permanent id and its time', async () => {
    const rss = await buildCorrectionsFeed([note(), note({ id: 30, kind: 'update', writtenAt: new Date('2025-06-01T00:00:00Z') })]);
    expectWellFormed(rss);
    const feed = await rssParser.parseString(rss);
    expect(feed.link).toBe(absoluteUrl(correctionsPath('desktop')));
    expect(feed.items[0]).toMatchObject({
      title: 'Correction: Trade <up> ]]> again',
      link: `${absoluteUrl(articlePath('hand-made-story', 'desktop'))}#note-31`,
      guid: `tag:${SITE_URL.hostname},2025:story-note-31`,
      isoDate: '2025-06-02T08:30:00.000Z',
    });
    expect(htmlText(feed.items[0]?.['content:encoded'] ?? '')).toBe('The figure is $4 billion, not $14 billion.The <table> was wrong ]]> too.');
    expect(feed.items[0]?.['content:encoded']).toContain('<p class="story-note__text">The figure is $4 billion, not $14 billion.</p>');
    expect(feed.items[1]?.title).toBe('Update: Trade <up> ]]> again');
    expect(xmlParser.parse(rss).rss.channel.lastBuildDate).toBe(new Date('2025-06-02T08:30:00Z').toUTCString());
  });

  it('is a valid, empty feed before the first note', async () => {
    const rss = await buildCorrectionsFeed([]);
    expectWellFormed(rss);
    expect((await rssParser.parseString(rss)).items).toEqual([]);
  });
});

describe('a live story’s feed', () => {
  const post = (id: number, minutes: number, keyEvent: string | null = null): LivePost => ({
    id,
    body: [{ type: 'paragraph', content: [{ type: 'text', text: `Post ${id} <b> ]]>` }] }],
    postedAt: new Date(Date.UTC(2025, 4, 3, 4, minutes)),
    editedAt: null,
    keyEvent,
  });

  it('gives each post an item linking to it on the page that holds it, with a permanent id', async () => {
    const posts = Array.from({ length: LIVE_POSTS_PER_PAGE + 1 }, (_, index) => post(100 - index, 59 - index, index === 0 ? 'Talks <begin>' : null));
    const rss = await buildLiveFeed({ story: { slug: 'live-story', headline: 'Live ]]> story', standfirst: 'As it happens.' }, ended: false, posts });
    expectWellFormed(rss);
    const feed = await rssParser.parseString(rss);
    expect(feed.title).toBe(`Live ]]> story: live | ${SITE_NAME}`);
    expect(feed.link).toBe(absoluteUrl(articlePath('live-story', 'desktop')));
    expect(feed.items).toHaveLength(LIVE_POSTS_PER_PAGE + 1);
    expect(feed.items[0]).toMatchObject({
      title: 'Talks <begin>',
      link: `${absoluteUrl(articlePath('live-story', 'desktop'))}#post-100`,
      guid: `tag:${SITE_URL.hostname},2025:live-post-100`,
      isoDate: '2025-05-03T04:59:00.000Z',
    });
    expect(htmlText(feed.items[0]?.['content:encoded'] ?? '')).toBe('Post 100 <b> ]]>');
    expect(feed.items[1]?.title).toBe('Update, 3 May 2025 at 10:28 am IST');
    expect(feed.items.at(-1)?.link).toBe(`${absoluteUrl(articlePath('live-story', 'desktop', 2))}#post-${100 - LIVE_POSTS_PER_PAGE}`);
  });
});
