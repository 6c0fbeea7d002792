import type { BlogPosting, BreadcrumbList, LiveBlogPosting, NewsArticle, Organization, WebSite, WithContext } from 'schema-dts';
import { articleCropUrl, articleImageUrl } from './articleImageSizes';
import { toIsoWithOffset } from './dateTime';
import { bodyPlainText, countBodyWords } from './articleBody';
import { livePostAnchor, type LiveCoverage, type LivePost } from './liveCoverage';
import type { Article } from './content';
import { articlePath, authorPath, categoryPath, homePath, searchPath } from './paths';
import { SITE_LANGUAGE, SITE_NAME } from './siteIdentity';
import { isCorrective } from './storyNotes';
import { absoluteUrl } from './site';

/*
 * schema.org descriptions of pages for search engines (JSON-LD). Built from the same data as the
 * page, for both versions; URLs are always the canonical desktop ones.
 */

export type StructuredData =
  | WithContext<NewsArticle>
  | WithContext<LiveBlogPosting>
  | WithContext<BreadcrumbList>
  | WithContext<WebSite>;

const PUBLISHER: Organization = {
  '@type': 'NewsMediaOrganization',
  name: SITE_NAME,
  url: absoluteUrl(homePath('desktop')),
  logo: { '@type': 'ImageObject', url: absoluteUrl('/icon-512.png'), width: '512', height: '512' },
};

/** The three crops search engines ask for, each at least 1,200 pixels wide: 16:9, 4:3, 1:1. */
export function articleImageUrls(imagePath: string): string[] {
  return [
    absoluteUrl(articleImageUrl(imagePath, 1200)),
    absoluteUrl(articleCropUrl(imagePath, '4x3')),
    absoluteUrl(articleCropUrl(imagePath, '1x1')),
  ];
}

/** A live post's words, shortened for the headline search engines show for an update without a key-event line. */
const UPDATE_HEADLINE_LENGTH = 110;

/** An update names its post by its key-event line or its first words, and links to it: the words are on the page. */
function liveUpdateData(post: LivePost, pageUrl: string): BlogPosting {
  const text = bodyPlainText(post.body);
  const headline = post.keyEvent ?? (text.length > UPDATE_HEADLINE_LENGTH ? `${text.slice(0, UPDATE_HEADLINE_LENGTH - 1).trimEnd()}…` : text);
  return {
    '@type': 'BlogPosting',
    headline,
    url: `${pageUrl}#${livePostAnchor(post.id)}`,
    datePublished: toIsoWithOffset(post.postedAt),
    ...(post.editedAt ? { dateModified: toIsoWithOffset(post.editedAt) } : {}),
  };
}

/**
 * A story, or a page of its live coverage: a LiveBlogPosting whose updates are the page's posts,
 * each at its own address.
 */
export function newsArticleData(article: Article, live: LiveCoverage | null = null): WithContext<NewsArticle> | WithContext<LiveBlogPosting> {
  const story = storyData(article);
  if (!live) return { ...story, '@type': 'NewsArticle' };
  const pageUrl = absoluteUrl(articlePath(article.slug, 'desktop', live.page));
  return {
    ...story,
    '@type': 'LiveBlogPosting',
    url: pageUrl,
    coverageStartTime: toIsoWithOffset(live.startedAt),
    ...(live.endedAt ? { coverageEndTime: toIsoWithOffset(live.endedAt) } : {}),
    liveBlogUpdate: live.posts.map((post) => liveUpdateData(post, pageUrl)),
  };
}

/** What a story's description says whether or not it is told live. */
function storyData(article: Article) {
  const url = absoluteUrl(articlePath(article.slug, 'desktop'));
  const source = article.source;
  const corrections = article.notes.filter((note) => isCorrective(note.kind));
  return {
    '@context': 'https://schema.org' as const,
    headline: article.headline,
    description: article.standfirst,
    image: articleImageUrls(article.image.path),
    datePublished: toIsoWithOffset(article.publishedAt),
    dateModified: toIsoWithOffset(article.updatedAt ?? article.publishedAt),
    author: [{ '@type': 'Person' as const, name: article.author.name, url: absoluteUrl(authorPath(article.author.slug, 'desktop')) }],
    publisher: PUBLISHER,
    mainEntityOfPage: { '@type': 'WebPage' as const, '@id': url },
    url,
    articleSection: article.category.name,
    wordCount: countBodyWords(article.body),
    keywords: article.tags.map((tag) => tag.name),
    inLanguage: SITE_LANGUAGE,
    ...(corrections.length > 0
      ? {
          correction: corrections.map((note) => ({
            '@type': 'CorrectionComment' as const,
            text: note.text,
            datePublished: toIsoWithOffset(note.writtenAt),
          })),
        }
      : {}),
    ...(source
      ? {
          sourceOrganization: { '@type': 'NewsMediaOrganization' as const, name: source.name, ...(source.url ? { url: source.url } : {}) },
          isBasedOn: source.url ?? { '@type': 'CreativeWork' as const, publisher: { '@type': 'Organization' as const, name: source.name } },
        }
      : {}),
  };
}

/** Home › … › the page, each step with its desktop URL. */
export function breadcrumbData(trail: readonly { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: SITE_NAME, path: homePath('desktop') }, ...trail].map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: absoluteUrl(step.path),
    })),
  };
}

export function articleBreadcrumbData(article: Article): WithContext<BreadcrumbList> {
  return breadcrumbData([
    { name: article.category.name, path: categoryPath(article.category.slug, 'desktop') },
    { name: article.headline, path: articlePath(article.slug, 'desktop') },
  ]);
}

/** The site itself, with the search box search engines may show under its name. */
export function webSiteData(): WithContext<WebSite> {
  const searchTarget = `${absoluteUrl(searchPath('desktop'))}?q={search_term_string}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: absoluteUrl(homePath('desktop')),
    inLanguage: SITE_LANGUAGE,
    publisher: PUBLISHER,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: searchTarget },
      // schema-dts does not know Google's 'query-input' property; it is required for the search box.
      ...{ 'query-input': 'required name=search_term_string' },
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` and the line separators are
 * escaped so that text such as `</script>` in a headline cannot end the element early.
 */
export function serializeStructuredData(data: StructuredData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
