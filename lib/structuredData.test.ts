import { describe, expect, it } from 'vitest';
import type { Article } from './content';
import type { LiveCoverage } from './liveCoverage';
import { articleBreadcrumbData, newsArticleData, serializeStructuredData, webSiteData } from './structuredData';

const ARTICLE: Article = {
  id: 7,
  slug: 'a-story',
  headline: 'Talks </script><script>alert(1)</script> & more',
  standfirst: 'What happened.',
  publishedAt: new Date('2025-05-03T04:00:00Z'),
  updatedAt: new Date('2025-05-03T06:30:00Z'),
  modifiedAt: new Date('2025-05-03T06:30:00Z'),
  category: { slug: 'india-russia', name: 'India & Russia' },
  author: { slug: 'news-desk', name: 'News Desk' },
  live: false,
  image: { path: 'articles/a-story', width: 1600, height: 900, alt: 'Alt', credit: 'Credit' },
  body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }],
  source: { name: 'IndianDefenseNews', url: null },
  disclaimer: null,
  tags: [{ slug: 'kashmir', name: 'Kashmir' }],
  notes: [],
};

const LONG_WORDS = 'Officials met again in Moscow and said little in public about what was discussed, though both sides called the talks useful and constructive.';
const LIVE: LiveCoverage = {
  startedAt: new Date('2025-05-03T04:00:00Z'),
  endedAt: null,
  summary: ['A point.'],
  updatedAt: new Date('2025-05-03T06:30:00Z'),
  pinned: null,
  keyEvents: [],
  posts: [
    { id: 12, body: [{ type: 'paragraph', content: [{ type: 'text', text: LONG_WORDS }] }], postedAt: new Date('2025-05-03T06:30:00Z'), editedAt: new Date('2025-05-03T06:40:00Z'), keyEvent: null },
    { id: 11, body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Short.' }] }], postedAt: new Date('2025-05-03T05:00:00Z'), editedAt: null, keyEvent: 'Talks begin' },
  ],
  page: 2,
  totalPages: 2,
};

describe('newsArticleData', () => {
  it('describes a page of live coverage as a LiveBlogPosting whose updates are its posts, each at its own address', () => {
    const data = newsArticleData(ARTICLE, LIVE);
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      headline: ARTICLE.headline,
      url: 'http://localhost:3000/article/a-story/page/2',
      mainEntityOfPage: { '@id': 'http://localhost:3000/article/a-story' },
      coverageStartTime: '2025-05-03T09:30:00+05:30',
    });
    expect(data).not.toHaveProperty('coverageEndTime');
    expect('liveBlogUpdate' in data && data.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        headline: `${LONG_WORDS.slice(0, 109).trimEnd()}…`,
        url: 'http://localhost:3000/article/a-story/page/2#post-12',
        datePublished: '2025-05-03T12:00:00+05:30',
        dateModified: '2025-05-03T12:10:00+05:30',
      },
      { '@type': 'BlogPosting', headline: 'Talks begin', url: 'http://localhost:3000/article/a-story/page/2#post-11', datePublished: '2025-05-03T10:30:00+05:30' },
    ]);
    expect(newsArticleData(ARTICLE, { ...LIVE, endedAt: new Date('2025-05-04T04:00:00Z') })).toMatchObject({ coverageEndTime: '2025-05-04T09:30:00+05:30' });
  });

  it('describes the story with every field search engines use', () => {
    const data = newsArticleData(ARTICLE);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: ARTICLE.headline,
      description: 'What happened.',
      datePublished: '2025-05-03T09:30:00+05:30',
      dateModified: '2025-05-03T12:00:00+05:30',
      articleSection: 'India & Russia',
      wordCount: 1,
      author: [{ '@type': 'Person', name: 'News Desk', url: 'http://localhost:3000/author/news-desk' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'The Nation Express', logo: { url: 'http://localhost:3000/icon-512.png' } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'http://localhost:3000/article/a-story' },
      sourceOrganization: { name: 'IndianDefenseNews' },
    });
    expect(data.image).toEqual([
      'http://localhost:3000/images/articles/a-story-1200.webp',
      'http://localhost:3000/images/articles/a-story-4x3.webp',
      'http://localhost:3000/images/articles/a-story-1x1.webp',
    ]);
    expect(data.isBasedOn).toBeDefined();
  });

  it('gives corrections and clarifications as `correction`, each with its time, but not updates', () => {
    const data = newsArticleData({
      ...ARTICLE,
      notes: [
        { id: 7, kind: 'correction', text: 'The meeting was on Tuesday, not Monday.', writtenAt: new Date('2025-05-04T04:00:00Z') },
        { id: 8, kind: 'update', text: 'The talks resumed.', writtenAt: new Date('2025-05-05T04:00:00Z') },
        { id: 9, kind: 'clarification', text: 'The figure is per year.', writtenAt: new Date('2025-05-06T04:00:00Z') },
      ],
    });
    expect(data.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'The meeting was on Tuesday, not Monday.',
        datePublished: '2025-05-04T09:30:00+05:30',
      },
      {
        '@type': 'CorrectionComment',
        text: 'The figure is per year.',
        datePublished: '2025-05-06T09:30:00+05:30',
      },
    ]);
    expect(newsArticleData(ARTICLE)).not.toHaveProperty('correction');
  });

  it('leaves out source fields for the site’s own reporting', () => {
    const data = newsArticleData({ ...ARTICLE, source: null });
    expect(data).not.toHaveProperty('sourceOrganization');
    expect(data).not.toHaveProperty('isBasedOn');
  });
});

describe('breadcrumbs and site', () => {
  it('walks home, section, story', () => {
    const items = articleBreadcrumbData(ARTICLE).itemListElement;
    expect(items).toEqual([
      { '@type': 'ListItem', position: 1, name: 'The Nation Express', item: 'http://localhost:3000/' },
      { '@type': 'ListItem', position: 2, name: 'India & Russia', item: 'http://localhost:3000/category/india-russia' },
      { '@type': 'ListItem', position: 3, name: ARTICLE.headline, item: 'http://localhost:3000/article/a-story' },
    ]);
  });

  it('offers a search action', () => {
    expect(webSiteData().potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'http://localhost:3000/search?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('serializeStructuredData', () => {
  it('cannot be broken out of by text inside it, and parses back to the same data', () => {
    const data = newsArticleData(ARTICLE);
    const json = serializeStructuredData(data);
    expect(json).not.toMatch(/<|>|&/);
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json)).toEqual(data);
  });
});
