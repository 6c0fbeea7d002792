import { and, eq, max } from 'drizzle-orm';
import { cleanTypedText } from '../../lib/typedText';
import { type AppDatabase, type AppTransaction, WRITE_TRANSACTION } from '../client';
import { readStory, saveStoryIn } from '../newsroom/stories';
import { articleRedirects, articles, authors, categories, importedStories } from '../schema';
import type { ArticleStatus } from '../../lib/newsroom/storyStatus';
import type { StoryFields } from '../../lib/newsroom/storyFields';
import { slugify, storySlugFrom } from '../../lib/slugify';
import { htmlToBody } from '../../lib/htmlToBody';
import type { WxrItem, WxrSite } from './wxr';

/*
 * Imports a WordPress site's posts as stories, in one transaction: a failure leaves the database as
 * it was. Importing the same export again updates the stories it brought in before (matched by
 * their WordPress ids) and never duplicates one. The old permalinks are kept as redirects. Titles,
 * names and captions are cleaned of control characters and the like, as the newsroom's are.
 */

/** Featured images stay on the old site (there is no fetching from here): stories show this until an editor uploads one. */
export const IMPORTED_IMAGE = { path: 'placeholders/imported', width: 1600, height: 900 } as const;
const STANDFIRST_LENGTH = 300;

export interface ImportSummary {
  imported: string[];
  updated: string[];
  unchanged: string[];
  skipped: { title: string; reason: string }[];
  /** Media items: their details go with the posts they illustrate. */
  mediaItems: number;
  redirects: number;
}

function statusOf(item: WxrItem): ArticleStatus | { skip: string } {
  switch (item.status) {
    case 'publish':
      return 'published';
    case 'future':
      return 'scheduled';
    case 'draft':
    case 'pending':
      return 'draft';
    case 'private':
      return { skip: 'a private post, not for readers' };
    case 'trash':
      return { skip: 'in the trash' };
    default:
      return { skip: `in the state “${item.status || 'unknown'}”` };
  }
}

/** The path of an old permalink, without its trailing slash; null for the site's root or a bad address. */
export function permalinkPath(link: string): string | null {
  try {
    const url = new URL(link);
    const base = url.pathname.replace(/\/+$/, '') || '/';
    return base === '/' && url.search === '' ? null : `${base}${url.search}`;
  } catch {
    return null;
  }
}

/** A line of text from the export, cleaned as the newsroom cleans what is typed (lib/typedText.ts). */
function line(text: string): string {
  return cleanTypedText(text, 'line').trim();
}

function plainText(html: string): string {
  return line(html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '));
}

function ensureAuthor(tx: AppTransaction, login: string, name: string): number {
  const slug = slugify(login) || 'imported';
  tx.insert(authors).values({ slug, name: line(name) || line(login) || slug, bio: '' }).onConflictDoNothing({ target: authors.slug }).run();
  const author = tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).get();
  if (!author) throw new Error(`The byline ${slug} could not be stored.`);
  return author.id;
}

function ensureCategory(tx: AppTransaction, slug: string, name: string): number {
  const existing = tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)).get();
  if (existing) return existing.id;
  const last = tx.select({ position: max(categories.position) }).from(categories).get()?.position ?? 0;
  return tx
    .insert(categories)
    .values({ slug, name: line(name) || slug, description: `${line(name) || slug}: stories from The Nation Express.`, position: last + 1 })
    .returning({ id: categories.id })
    .get().id;
}

/** Whether saving `next` over `current` would change anything a reader or editor could see. */
function sameStory(current: StoryFields, next: StoryFields): boolean {
  const comparable = (story: StoryFields) =>
    JSON.stringify([
      story.headline,
      story.standfirst,
      story.slug,
      story.body,
      story.categoryId,
      story.authorId,
      [...story.tagNames].sort(),
      story.image,
      story.sourceName,
      story.sourceUrl,
      story.disclaimer,
      story.status,
      story.publishedAt?.getTime() ?? null,
    ]);
  return comparable(current) === comparable(next);
}

export function importWordPress(
  db: AppDatabase,
  site: WxrSite,
  options: { onProgress?: (done: number, total: number) => void; now?: Date } = {},
): ImportSummary {
  const now = options.now ?? new Date();
  const source = `wordpress:${site.link}`;
  const summary: ImportSummary = { imported: [], updated: [], unchanged: [], skipped: [], mediaItems: 0, redirects: 0 };
  const attachments = new Map(site.items.filter((item) => item.type === 'attachment').map((item) => [item.id, item]));
  const authorNames = new Map(site.authors.map((author) => [author.login, author.name]));
  const categoryNames = new Map(site.categories.map((category) => [category.slug, category.name]));

  db.transaction((tx) => {
    site.items.forEach((item, index) => {
      options.onProgress?.(index, site.items.length);
      const headline = line(item.title);
      const title = headline || `WordPress item ${item.id}`;
      if (item.type === 'attachment') {
        summary.mediaItems += 1;
        return;
      }
      if (item.type !== 'post') {
        summary.skipped.push({ title, reason: item.type === 'page' ? 'a page: only posts become stories' : `a ${item.type || 'nameless'} item` });
        return;
      }
      const status = statusOf(item);
      if (typeof status === 'object') return summary.skipped.push({ title, reason: status.skip });
      if (!headline) return summary.skipped.push({ title, reason: 'it has no title' });
      const { body } = htmlToBody(item.content);
      if (!body) return summary.skipped.push({ title, reason: 'it has no text a story can keep (only images or markup)' });
      const publishedAt = status === 'draft' ? null : item.publishedAt;
      if (status !== 'draft' && !publishedAt) return summary.skipped.push({ title, reason: 'it has no publication date' });

      const [category] = item.categories;
      const categorySlug = slugify(category?.slug || category?.name || 'uncategorized') || 'uncategorized';
      const categoryId = ensureCategory(tx, categorySlug, categoryNames.get(categorySlug) ?? category?.name ?? 'Uncategorized');
      const authorId = ensureAuthor(tx, item.creator || 'wordpress', authorNames.get(item.creator) ?? item.creator);
      const thumbnail = item.thumbnailId ? attachments.get(item.thumbnailId) : undefined;
      const firstParagraph = body.find((block) => block.type === 'paragraph');
      const standfirst =
        plainText(item.excerpt) ||
        (firstParagraph?.type === 'paragraph' ? line(firstParagraph.content.map((node) => node.text).join('')) : headline);

      const mapped = tx
        .select({ articleId: importedStories.articleId })
        .from(importedStories)
        .where(and(eq(importedStories.source, source), eq(importedStories.sourceId, item.id)))
        .get();
      const current = mapped ? readStory(tx, mapped.articleId) : null;
      const wantedSlug = storySlugFrom(item.slug || item.title) || `wordpress-${item.id}`;
      const slugOwner = tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, wantedSlug)).get();
      const slug = !slugOwner || slugOwner.id === current?.id ? wantedSlug : `${wantedSlug}-wp${item.id}`;
      const fields: StoryFields = {
        headline,
        standfirst: standfirst.length > STANDFIRST_LENGTH ? `${standfirst.slice(0, STANDFIRST_LENGTH - 1).trimEnd()}…` : standfirst,
        slug,
        body,
        categoryId,
        authorId,
        tagNames: item.tags.map((tag) => line(tag.name)).filter(Boolean),
        image: {
          // An image an editor has uploaded since is kept; the old site's is only described.
          ...(current && current.image.path !== IMPORTED_IMAGE.path ? current.image : IMPORTED_IMAGE),
          alt: line(thumbnail?.alt ?? '') || line(thumbnail?.title ?? '') || headline,
          credit: plainText(thumbnail?.excerpt ?? '') || site.title,
        },
        sourceName: null,
        sourceUrl: null,
        disclaimer: null,
        status,
        publishedAt,
      };
      let articleId: number;
      if (current) {
        if (sameStory(current, fields)) {
          summary.unchanged.push(title);
          articleId = current.id;
        } else {
          articleId = saveStoryIn(tx, { ...fields, id: current.id }, null, now).id;
          summary.updated.push(title);
        }
      } else {
        articleId = saveStoryIn(tx, fields, null, now).id;
        tx.insert(importedStories)
          .values({ source, sourceId: item.id, articleId, sourceImageUrl: thumbnail?.attachmentUrl ?? null })
          .run();
        summary.imported.push(title);
      }
      const oldPath = permalinkPath(item.link);
      if (oldPath) {
        tx.insert(articleRedirects)
          .values({ path: oldPath, articleId })
          .onConflictDoUpdate({ target: articleRedirects.path, set: { articleId } })
          .run();
        summary.redirects += 1;
      }
    });
    options.onProgress?.(site.items.length, site.items.length);
  }, WRITE_TRANSACTION);
  return summary;
}
