import { Feed, type Item } from 'feed';
import { createElement, Fragment, type ReactElement } from 'react';
import { articleImageUrl } from '../../lib/articleImageSizes';
import { ArticleBody } from '../../components/ArticleBody';
import { bodyPlainText, type ArticleBody as ArticleBodyData, type InlineNode } from '../../lib/articleBody';
import { formatReadableTime } from '../../lib/dateTime';
import { livePageOf, livePostAnchor, type LivePost } from '../../lib/liveCoverage';
import type { NewestLivePosts } from '../../db/queries/liveCoverage';
import type { FeedArticle } from '../../db/queries/feeds';
import type { CategorySummary, ListedStoryNote } from '../../lib/content';
import { NoteText } from '../../components/StoryNotes';
import { CORRECTIONS_TITLE } from '../../lib/pageMeta';
import { STORY_NOTE_KIND_NAMES } from '../../lib/storyNotes';
import {
  articlePath,
  authorPath,
  categoryFeedPath,
  categoryPath,
  CORRECTIONS_RSS_PATH,
  correctionsPath,
  homePath,
  liveFeedPath,
  SITE_ATOM_PATH,
  SITE_RSS_PATH,
  storyNoteAnchor,
} from '../../lib/paths';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../../lib/siteIdentity';
import { absoluteUrl, SITE_URL } from '../../lib/site';
import { entityTagOf } from '../../lib/entityTag';

/*
 * RSS 2.0 and Atom 1.0 feeds, written by the `feed` library from the stories' validated body
 * blocks: the body HTML comes from the same components as the pages, so text is escaped and
 * links are already limited to http(s) and paths on this site.
 */

/** How many stories each feed carries. */
export const FEED_ITEM_LIMIT = 50;

/** The width of the illustration attached to each item. */
const FEED_IMAGE_WIDTH = 1200;

const FEED_ICON_PATH = '/icon-512.png';

/** Feed readers may poll again after this many minutes (the responses are cached as long). */
const FEED_TTL_MINUTES = 5;

/*
 * Item ids are tag URIs (RFC 4151) built from the article's numeric id: permanent, unique, and
 * untouched when a story's slug or headline is edited, so readers never show an edited story as
 * new. The year says when this site began minting them and must never change; the host is a
 * name, not a location: if the site moves to a new domain, pin the old host here.
 */
const GUID_MINTED_YEAR = 2025;

/** The permanent id of an article's feed item (RSS guid, Atom id). */
export function articleGuid(articleId: number): string {
  return `tag:${SITE_URL.hostname},${GUID_MINTED_YEAR}:article-${articleId}`;
}

/** What a feed is about: its title, the page it follows and where it lives. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Desktop path of the page whose stories the feed carries. */
  pagePath: string;
  /** This feed's own path (rel="self"). */
  selfPath: string;
}

/** The whole site's feed, in RSS or in Atom. */
export function siteFeedChannel(format: 'rss' | 'atom'): FeedChannel {
  return {
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    pagePath: homePath('desktop'),
    selfPath: format === 'rss' ? SITE_RSS_PATH : SITE_ATOM_PATH,
  };
}

/** One section's RSS feed. */
export function categoryFeedChannel(category: CategorySummary): FeedChannel {
  return {
    title: `${category.name} | ${SITE_NAME}`,
    description: category.description,
    pagePath: categoryPath(category.slug, 'desktop'),
    selfPath: categoryFeedPath(category.slug),
  };
}

/** Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF); pasted text sometimes carries them. */
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function toXmlText(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, '');
}

/** Plain text for a field the formats define as HTML (RSS description, Atom type="html"). */
function escapeHtml(text: string): string {
  return toXmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CDATA_END = ']]>';

/**
 * Text for a field the library writes as CDATA. Its XML writer (xml-js) splits only the first
 * `]]>` of a section, so every later one is split here; feeds.test.ts pins that behaviour.
 * (Escaped HTML holds no `]]>`; headlines, which RSS carries as plain text, may.)
 */
function toCdataText(text: string): string {
  const [first = '', ...rest] = toXmlText(text).split(CDATA_END);
  return rest.length === 0 ? first : `${first}${CDATA_END}${rest.join(']]]]><![CDATA[>')}`;
}

/** A site path in a story's links becomes an absolute URL, so it still works inside a feed reader. */
function absoluteInline(nodes: readonly InlineNode[]): InlineNode[] {
  return nodes.map((node) => (node.type === 'link' && node.href.startsWith('/') ? { ...node, href: absoluteUrl(node.href) } : node));
}

function withAbsoluteLinks(body: ArticleBodyData): ArticleBodyData {
  return body.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return { ...block, content: absoluteInline(block.content) };
      case 'list':
        return { ...block, items: block.items.map(absoluteInline) };
      case 'heading':
      case 'quote':
        return block;
    }
  });
}

/** The story as the article page shows it below the picture: body, disclaimer, source. */
function ArticleContent({ article }: { article: FeedArticle }): ReactElement {
  const sourceUrl = article.source?.url ?? null;
  return createElement(
    Fragment,
    null,
    createElement(ArticleBody, { body: withAbsoluteLinks(article.body) }),
    article.disclaimer ? createElement('p', null, createElement('em', null, article.disclaimer)) : null,
    article.source
      ? createElement(
          'p',
          null,
          'Source: ',
          sourceUrl ? createElement('a', { href: sourceUrl, rel: 'noopener noreferrer external' }, article.source.name) : article.source.name,
        )
      : null,
  );
}

type RenderToStaticMarkup = (element: ReactElement) => string;

async function loadRenderer(): Promise<RenderToStaticMarkup> {
  // A static import of react-dom/server is refused in the app directory; a dynamic one is allowed.
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup;
}

/** When the story last changed in a way readers are told about. */
function itemUpdated(article: FeedArticle): Date {
  return article.updatedAt ?? article.publishedAt;
}

/** The newest item's time, so the same database always gives the same document. */
function channelUpdated(articles: readonly FeedArticle[]): Date {
  const times = articles.map((article) => itemUpdated(article).getTime());
  // An empty feed has no time of its own; the epoch keeps its output stable too.
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

type FeedFormat = 'rss' | 'atom';

function createFeed(format: FeedFormat, channel: FeedChannel, updated: Date): Feed {
  const pageUrl = absoluteUrl(channel.pagePath);
  const iconUrl = absoluteUrl(FEED_ICON_PATH);
  return new Feed({
    title: toXmlText(channel.title),
    description: toXmlText(channel.description),
    id: pageUrl,
    link: pageUrl,
    feed: absoluteUrl(channel.selfPath),
    language: SITE_LANGUAGE,
    copyright: `© ${SITE_NAME}`,
    updated,
    generator: false,
    // RSS's <image> takes any picture; Atom's square one is <icon> (its <logo> should be 2:1).
    ...(format === 'rss' ? { image: iconUrl, ttl: FEED_TTL_MINUTES } : { favicon: iconUrl }),
  });
}

function toFeedItem(format: FeedFormat, article: FeedArticle, renderToStaticMarkup: RenderToStaticMarkup): Item {
  const guid = articleGuid(article.id);
  const common = {
    id: guid,
    guid,
    link: absoluteUrl(articlePath(article.slug, 'desktop')),
    date: itemUpdated(article),
    published: article.publishedAt,
    description: toCdataText(escapeHtml(article.standfirst)),
    content: toCdataText(renderToStaticMarkup(createElement(ArticleContent, { article }))),
    // An enclosure with length 0: the size is not known here, as the RSS Best Practices Profile allows.
    image: absoluteUrl(articleImageUrl(article.imagePath, FEED_IMAGE_WIDTH)),
  };
  switch (format) {
    case 'rss':
      return {
        ...common,
        title: toCdataText(article.headline),
        category: [{ name: toXmlText(article.category.name) }],
        // RSS's <author> must be an e-mail address; Dublin Core's creator is the byline. Atom's
        // <updated> is the usual RSS extension for a revision time.
        extensions: [
          { name: 'dc:creator', objects: { _text: toXmlText(article.author.name) } },
          { name: 'atom:updated', objects: { _text: itemUpdated(article).toISOString() } },
        ],
      };
    case 'atom': {
      // The library escapes only "&" in attributes, so a label with "<" is left off (the term suffices).
      const label = article.category.name.includes('<') ? {} : { name: toXmlText(article.category.name) };
      return {
        ...common,
        // The library marks these type="html", so plain text is escaped as HTML first.
        title: toCdataText(escapeHtml(article.headline)),
        category: [{ term: article.category.slug, ...label }],
        author: [{ name: toXmlText(article.author.name), link: absoluteUrl(authorPath(article.author.slug, 'desktop')) }],
      };
    }
  }
}

async function buildFeed(format: FeedFormat, channel: FeedChannel, articles: readonly FeedArticle[]): Promise<Feed> {
  const renderToStaticMarkup = await loadRenderer();
  const feed = createFeed(format, channel, channelUpdated(articles));
  for (const article of articles) feed.addItem(toFeedItem(format, article, renderToStaticMarkup));
  return feed;
}

/** An RSS 2.0 document of `articles` (newest first, as given). */
export async function buildRssFeed(channel: FeedChannel, articles: readonly FeedArticle[]): Promise<string> {
  return (await buildFeed('rss', channel, articles)).rss2();
}

/** An Atom 1.0 document of `articles` (newest first, as given). */
export async function buildAtomFeed(channel: FeedChannel, articles: readonly FeedArticle[]): Promise<string> {
  return (await buildFeed('atom', channel, articles)).atom1();
}

/** The permanent id of a story note's feed item: notes are never edited, so it never changes. */
export function storyNoteGuid(noteId: number): string {
  return `tag:${SITE_URL.hostname},${GUID_MINTED_YEAR}:story-note-${noteId}`;
}

export const correctionsFeedChannel: FeedChannel = {
  title: `${CORRECTIONS_TITLE} | ${SITE_NAME}`,
  description: `Every correction, clarification and update ${SITE_NAME} has made to a published story.`,
  pagePath: correctionsPath('desktop'),
  selfPath: CORRECTIONS_RSS_PATH,
};

/** RSS 2.0 of story notes (newest first, as given): each item links to the note in its story. */
export async function buildCorrectionsFeed(notes: readonly ListedStoryNote[]): Promise<string> {
  const renderToStaticMarkup = await loadRenderer();
  // The newest note's time, so the same database always gives the same document.
  const feed = createFeed('rss', correctionsFeedChannel, notes[0]?.writtenAt ?? new Date(0));
  for (const note of notes) {
    const guid = storyNoteGuid(note.id);
    feed.addItem({
      id: guid,
      guid,
      title: toCdataText(`${STORY_NOTE_KIND_NAMES[note.kind]}: ${note.story.headline}`),
      link: absoluteUrl(`${articlePath(note.story.slug, 'desktop')}#${storyNoteAnchor(note.id)}`),
      date: note.writtenAt,
      description: toCdataText(escapeHtml(note.text)),
      content: toCdataText(renderToStaticMarkup(createElement(NoteText, { text: toXmlText(note.text) }))),
      category: [{ name: toXmlText(note.story.category.name) }],
    });
  }
  return feed.rss2();
}

/** The permanent id of a live post's feed item: edits keep it, so readers see an edited post as the same item. */
export function livePostGuid(postId: number): string {
  return `tag:${SITE_URL.hostname},${GUID_MINTED_YEAR}:live-post-${postId}`;
}

/** RSS 2.0 of a live story's newest posts (newest first, as given): each item links to the post on its page. */
export async function buildLiveFeed({ story, posts }: NewestLivePosts): Promise<string> {
  const renderToStaticMarkup = await loadRenderer();
  const channel: FeedChannel = {
    title: `${story.headline}: live | ${SITE_NAME}`,
    description: story.standfirst,
    pagePath: articlePath(story.slug, 'desktop'),
    selfPath: liveFeedPath(story.slug),
  };
  const updated = (post: LivePost) => post.editedAt ?? post.postedAt;
  const feed = createFeed('rss', channel, new Date(Math.max(0, ...posts.map((post) => updated(post).getTime()))));
  posts.forEach((post, index) => {
    const guid = livePostGuid(post.id);
    feed.addItem({
      id: guid,
      guid,
      title: toCdataText(post.keyEvent ?? `Update, ${formatReadableTime(post.postedAt)}`),
      link: absoluteUrl(`${articlePath(story.slug, 'desktop', livePageOf(index + 1))}#${livePostAnchor(post.id)}`),
      date: updated(post),
      published: post.postedAt,
      description: toCdataText(escapeHtml(bodyPlainText(post.body))),
      content: toCdataText(renderToStaticMarkup(createElement(ArticleBody, { body: withAbsoluteLinks(post.body) }))),
    });
  });
  return feed.rss2();
}

/* Responses, shared by the feed and sitemap routes. */

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';

/*
 * Feeds and sitemaps are cached like pages (their routes carry the page cache's tags), so the HTTP
 * server gives them the public pages' Cache-Control; feed readers revalidate with the ETag.
 */

export function xmlResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'Content-Type': contentType, ETag: entityTagOf(body) } });
}
