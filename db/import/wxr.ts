import { decodeHTML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/*
 * Reads a WordPress export (WXR: RSS 2.0 with WordPress's own elements) into the few things the
 * importer needs. Anything malformed is a WxrError with a message for the person running it.
 */

export class WxrError extends Error {}

export interface WxrTerm {
  slug: string;
  name: string;
}

export interface WxrAuthor {
  login: string;
  name: string;
}

export interface WxrItem {
  id: string;
  /** `post`, `page`, `attachment`, … */
  type: string;
  /** `publish`, `draft`, `pending`, `future`, `private`, `trash`, … */
  status: string;
  title: string;
  /** The post's slug there (`wp:post_name`), possibly empty. */
  slug: string;
  link: string;
  /** Publication time in UTC, or null when WordPress left it unset. */
  publishedAt: Date | null;
  creator: string;
  content: string;
  excerpt: string;
  categories: WxrTerm[];
  tags: WxrTerm[];
  /** The id of the post's featured image (an attachment item). */
  thumbnailId: string | null;
  /** For attachments: the file's address, its alt text and caption. */
  attachmentUrl: string | null;
  alt: string | null;
}

export interface WxrSite {
  title: string;
  link: string;
  authors: WxrAuthor[];
  categories: WxrTerm[];
  items: WxrItem[];
}

const ALWAYS_LISTS = new Set(['item', 'category', 'wp:author', 'wp:category', 'wp:tag', 'wp:postmeta']);

type XmlNode = Record<string, unknown>;

const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Names and titles as readers see them: WordPress writes them HTML-escaped even inside CDATA
 * (`India &amp; Russia`), so entities are decoded once more.
 */
const plain = (value: unknown) => decodeHTML(text(value));

/** The text of an element, whether the parser gave it as a string, a number or a node with text. */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (isNode(value)) return text(value['#text']);
  return '';
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** `YYYY-MM-DD HH:MM:SS` in UTC, as WordPress writes `post_date_gmt`; null for its zero date. */
function gmtDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!match || value.startsWith('0000')) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return Number.isNaN(date.getTime()) ? null : date;
}

function readItem(node: XmlNode): WxrItem {
  const terms = list(node.category).filter(isNode);
  const termsOf = (domain: string) =>
    terms
      .filter((term) => term['@_domain'] === domain)
      .map((term) => ({ slug: text(term['@_nicename']), name: plain(term) }))
      .filter((term) => term.name !== '');
  const meta = new Map(
    list(node['wp:postmeta'])
      .filter(isNode)
      .map((entry) => [text(entry['wp:meta_key']), text(entry['wp:meta_value'])] as const),
  );
  const pubDate = text(node.pubDate);
  return {
    id: text(node['wp:post_id']),
    type: text(node['wp:post_type']),
    status: text(node['wp:status']),
    title: plain(node.title),
    slug: text(node['wp:post_name']),
    link: text(node.link),
    publishedAt: gmtDate(text(node['wp:post_date_gmt'])) ?? (pubDate && !Number.isNaN(Date.parse(pubDate)) ? new Date(pubDate) : null),
    creator: text(node['dc:creator']),
    content: text(node['content:encoded']),
    excerpt: text(node['excerpt:encoded']),
    categories: termsOf('category'),
    tags: termsOf('post_tag'),
    thumbnailId: meta.get('_thumbnail_id') || null,
    attachmentUrl: text(node['wp:attachment_url']) || null,
    alt: meta.get('_wp_attachment_image_alt') || null,
  };
}

/** Parses a WXR document; throws WxrError when it is not well-formed XML or not a WordPress export. */
export function parseWxr(xml: string): WxrSite {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw new WxrError(`The file is not well-formed XML (line ${validation.err.line}): ${validation.err.msg}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => ALWAYS_LISTS.has(name),
  });
  const document: unknown = parser.parse(xml);
  const channel = isNode(document) && isNode(document.rss) ? document.rss.channel : undefined;
  if (!isNode(channel) || text(channel['wp:wxr_version']) === '') {
    throw new WxrError('The file is XML but not a WordPress export (WXR): it has no rss/channel with a wp:wxr_version.');
  }
  return {
    title: plain(channel.title),
    link: text(channel.link),
    authors: list(channel['wp:author'])
      .filter(isNode)
      .map((author) => ({ login: text(author['wp:author_login']), name: plain(author['wp:author_display_name']) }))
      .filter((author) => author.login !== ''),
    categories: list(channel['wp:category'])
      .filter(isNode)
      .map((category) => ({ slug: text(category['wp:category_nicename']), name: plain(category['wp:cat_name']) }))
      .filter((category) => category.slug !== ''),
    items: list(channel.item).filter(isNode).map(readItem),
  };
}
