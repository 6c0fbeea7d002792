import { and, eq, max } from 'drizzle-orm';
import { cleanTypedText } from '../../lib/typedText';
import { readStory, saveStoryIn } from '../newsroom/stories';
import type { Tables, WriteHandle } from '../store';
import type { ArticleStatus } from '../../lib/newsroom/storyStatus';
import type { StoryFields } from '../../lib/newsroom/storyFields';
import { slugify, storySlugFrom } from '../../lib/slugify';
import { htmlToBody } from '../../lib/htmlToBody';
import type { WxrItem, WxrSite } from './wxr';

/*
 * Imports a WordPress site's posts as stories, in the caller's transaction: a failure leaves the
 * database as it was. Importing the same export again updates the stories it brought in before (matched by
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

async function ensureAuthor(tx: WriteHandle, t: Tables, login: string, name: string): Promise<number> {
  const slug = slugify(login) || 'imported';
  await tx.insert(t.authors).values({ slug, name: line(name) || line(login) || slug, bio: '' }).onConflictDoNothing({ target: t.authors.slug });
  const [author] = await tx.select({ id: t.authors.id }).from(t.authors).where(eq(t.authors.slug, slug)).limit(1);
  if (!author) throw new Error(`The byline ${slug} could not be stored.`);
  return author.id;
}

async function ensureCategory(tx: WriteHandle, t: Tables, slug: string, name: string): Promise<number> {
  const [existing] = await tx.select({ id: t.categories.id }).from(t.categories).where(eq(t.categories.slug, slug)).limit(1);
  if (existing) return existing.id;
  const [last] = await tx.select({ position: max(t.categories.position) }).from(t.categories);
  const [created] = await tx
    .insert(t.categories)
    .values({ slug, name: line(name) || slug, description: `${line(name) || slug}: stories from The Nation Express.`, position: (last?.position ?? 0) + 1 })
    .returning({ id: t.categories.id });
  if (!created) throw new Error(`The section ${slug} could not be stored.`);
  return created.id;
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

/** Imports `site` through `tx`, the caller's transaction (importWordPressInto.ts). */
export async function importWordPress(
  tx: WriteHandle,
  t: Tables,
  site: WxrSite,
  options: { onProgress?: (done: number, total: number) => void; now?: Date } = {},
): Promise<ImportSummary> {
  const now = options.now ?? new Date();
  const source = `wordpress:${site.link}`;
  const summary: ImportSummary = { imported: [], updated: [], unchanged: [], skipped: [], mediaItems: 0, redirects: 0 };
  const attachments = new Map(site.items.filter((item) => item.type === 'attachment').map((item) => [item.id, item]));
  const authorNames = new Map(site.authors.map((author) => [author.login, author.name]));
  const categoryNames = new Map(site.categories.map((category) => [category.slug, category.name]));

  for (const [index, item] of site.items.entries()) {
    options.onProgress?.(index, site.items.length);
    const headline = line(item.title);
    const title = headline || `WordPress item ${item.id}`;
    if (item.type === 'attachment') {
      summary.mediaItems += 1;
      continue;
    }
    if (item.type !== 'post') {
      summary.skipped.push({ title, reason: item.type === 'page' ? 'a page: only posts become stories' : `a ${item.type || 'nameless'} item` });
      continue;
    }
    const status = statusOf(item);
    if (typeof status === 'object') {
      summary.skipped.push({ title, reason: status.skip });
      continue;
    }
    if (!headline) {
      summary.skipped.push({ title, reason: 'it has no title' });
      continue;
    }
    const { body } = htmlToBody(item.content);
    if (!body) {
      summary.skipped.push({ title, reason: 'it has no text a story can keep (only images or markup)' });
      continue;
    }
    const publishedAt = status === 'draft' ? null : item.publishedAt;
    if (status !== 'draft' && !publishedAt) {
      summary.skipped.push({ title, reason: 'it has no publication date' });
      continue;
    }

    const [category] = item.categories;
    const categorySlug = slugify(category?.slug || category?.name || 'uncategorized') || 'uncategorized';
    const categoryId = await ensureCategory(tx, t, categorySlug, categoryNames.get(categorySlug) ?? category?.name ?? 'Uncategorized');
    const authorId = await ensureAuthor(tx, t, item.creator || 'wordpress', authorNames.get(item.creator) ?? item.creator);
    const thumbnail = item.thumbnailId ? attachments.get(item.thumbnailId) : undefined;
    const firstParagraph = body.find((block) => block.type === 'paragraph');
    const standfirst =
      plainText(item.excerpt) ||
      (firstParagraph?.type === 'paragraph' ? line(firstParagraph.content.map((node) => node.text).join('')) : headline);

    const [mapped] = await tx
      .select({ articleId: t.importedStories.articleId })
      .from(t.importedStories)
      .where(and(eq(t.importedStories.source, source), eq(t.importedStories.sourceId, item.id)))
      .limit(1);
    const current = mapped ? await readStory(tx, t, mapped.articleId) : null;
    const wantedSlug = storySlugFrom(item.slug || item.title) || `wordpress-${item.id}`;
    const [slugOwner] = await tx.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, wantedSlug)).limit(1);
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
        articleId = (await saveStoryIn(tx, t, { ...fields, id: current.id }, null, now)).id;
        summary.updated.push(title);
      }
    } else {
      articleId = (await saveStoryIn(tx, t, fields, null, now)).id;
      await tx.insert(t.importedStories).values({ source, sourceId: item.id, articleId, sourceImageUrl: thumbnail?.attachmentUrl ?? null });
      summary.imported.push(title);
    }
    const oldPath = permalinkPath(item.link);
    if (oldPath) {
      await tx
        .insert(t.articleRedirects)
        .values({ path: oldPath, articleId })
        .onConflictDoUpdate({ target: t.articleRedirects.path, set: { articleId } });
      summary.redirects += 1;
    }
  }
  options.onProgress?.(site.items.length, site.items.length);
  return summary;
}
