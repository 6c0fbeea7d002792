import { inArray } from 'drizzle-orm';
import { ARTICLE_IMAGE_ASPECT, ARTICLE_IMAGE_WIDTHS } from '../../lib/articleImageSizes';
import { serializeArticleBody, type ArticleBlock } from '../../lib/articleBody';
import { recordContentChange } from '../contentChanges';
import { SITE_TAG } from '../../lib/contentTags';
import { KEY_EVENT_LIMIT, LIVE_POST_LIMIT, LIVE_SUMMARY_LIMIT } from '../../lib/liveCoverage';
import type { Store, Tables, WriteHandle } from '../store';
import { SEED_ARTICLES } from './articles/index';
import { SEED_AUTHORS } from './authors';
import { SEED_CATEGORIES } from './categories';
import { SEED_STAFF } from './staff';
import { slugify } from '../../lib/slugify';
import type { SeedArticle, SeedBlock, SeedLiveCoverage } from './types';

export interface SeedOptions {
  /** The demo newsroom accounts, whose passwords are in the README: only on a local origin. */
  demoStaff: boolean;
  articles?: readonly SeedArticle[];
}

export interface SeedResult {
  articlesInserted: number;
  articlesKept: number;
}

const IMAGE_WIDTH = Math.max(...ARTICLE_IMAGE_WIDTHS);
const IMAGE_HEIGHT = Math.round((IMAGE_WIDTH * ARTICLE_IMAGE_ASPECT.height) / ARTICLE_IMAGE_ASPECT.width);

function toBlock(block: SeedBlock): ArticleBlock {
  if (typeof block === 'string') return { type: 'paragraph', content: [{ type: 'text', text: block }] };
  switch (block.type) {
    case 'heading':
      return { type: 'heading', level: 2, text: block.text };
    case 'quote':
      return { type: 'quote', text: block.text, attribution: block.attribution };
    case 'list':
      return { type: 'list', ordered: block.ordered, items: block.items.map((text) => [{ type: 'text', text }]) };
  }
}

function toInstant(isoWithOffset: string): Date {
  const date = new Date(isoWithOffset);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid seed date: ${isoWithOffset}`);
  return date;
}

/** When a demo story was last updated: its own time, or its last note's, as a note appended in the newsroom sets it. */
export function seedArticleUpdatedAt(article: SeedArticle): Date | null {
  const times = [...(article.updatedAt ? [article.updatedAt] : []), ...(article.notes ?? []).map((note) => note.writtenAt)].map(toInstant);
  return times.length > 0 ? new Date(Math.max(...times.map((time) => time.getTime()))) : null;
}

/**
 * Checks a demo story's live coverage against the rules the live desk writes by, so that the desk
 * can edit what the seed wrote. Throws at the first rule broken.
 */
export function checkSeedLiveCoverage(slug: string, live: SeedLiveCoverage): void {
  const refuse = (problem: string): never => {
    throw new Error(`Live coverage of seed story "${slug}" ${problem}`);
  };
  const startedAt = toInstant(live.startedAt);
  const endedAt = live.endedAt === undefined ? null : toInstant(live.endedAt);
  if (endedAt && endedAt < startedAt) refuse('ends before it starts');
  if (live.posts.filter((post) => post.pinned).length > 1) refuse('pins more than one post');
  if (live.summary.some((point) => point.trim() === '' || point.includes('\n'))) refuse('has a summary point that is blank or spans lines');
  if (live.summary.join('\n').length > LIVE_SUMMARY_LIMIT) refuse(`has a summary longer than ${LIVE_SUMMARY_LIMIT} characters`);
  for (const post of live.posts) {
    const postedAt = toInstant(post.postedAt);
    if (postedAt < startedAt || (endedAt && postedAt > endedAt)) refuse(`has a post at ${post.postedAt}, outside the coverage`);
    if (post.keyEvent !== undefined && (post.keyEvent.trim() === '' || post.keyEvent.length > KEY_EVENT_LIMIT)) {
      refuse(`has a key-event line that is blank or longer than ${KEY_EVENT_LIMIT} characters: "${post.keyEvent}"`);
    }
    if (serializeArticleBody(post.body.map(toBlock)).length > LIVE_POST_LIMIT) refuse(`has a post at ${post.postedAt} longer than ${LIVE_POST_LIMIT} characters`);
  }
}

function idsBySlug(rows: { id: number; slug: string }[]): Map<string, number> {
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function requireId(ids: Map<string, number>, slug: string, what: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Seed refers to unknown ${what} "${slug}"`);
  return id;
}

/**
 * Loads the demo content into `store`, in one transaction. Only rows that do not exist yet are
 * inserted, so running it again changes nothing and never overwrites a story an editor has changed since.
 */
export function seedDatabase(store: Store, options: SeedOptions): Promise<SeedResult> {
  return store.write((tx, t) => seedInto(tx, t, options));
}

async function seedInto(tx: WriteHandle, t: Tables, options: SeedOptions): Promise<SeedResult> {
  const seedArticles = options.articles ?? SEED_ARTICLES;
  const categoriesInserted = await tx
    .insert(t.categories)
    .values(SEED_CATEGORIES.map((category, position) => ({ ...category, position })))
    .onConflictDoNothing({ target: t.categories.slug })
    .returning({ id: t.categories.id });
  await tx.insert(t.authors).values([...SEED_AUTHORS]).onConflictDoNothing({ target: t.authors.slug });

  const tagNames = new Map<string, string>();
  for (const article of seedArticles) for (const name of article.tags) tagNames.set(slugify(name), name);
  if (tagNames.size > 0) {
    await tx
      .insert(t.tags)
      .values([...tagNames].map(([slug, name]) => ({ slug, name })))
      .onConflictDoNothing({ target: t.tags.slug });
  }

  const categoryIds = idsBySlug(await tx.select({ id: t.categories.id, slug: t.categories.slug }).from(t.categories));
  const authorIds = idsBySlug(await tx.select({ id: t.authors.id, slug: t.authors.slug }).from(t.authors));
  if (options.demoStaff) await seedDemoStaff(tx, t, authorIds);
  const tagIds = idsBySlug(
    tagNames.size === 0 ? [] : await tx.select({ id: t.tags.id, slug: t.tags.slug }).from(t.tags).where(inArray(t.tags.slug, [...tagNames.keys()])),
  );

  let articlesInserted = 0;
  for (const article of seedArticles) {
    const publishedAt = toInstant(article.publishedAt);
    const notes = (article.notes ?? []).map((note) => ({ ...note, writtenAt: toInstant(note.writtenAt) }));
    const updatedAt = seedArticleUpdatedAt(article);
    const [inserted] = await tx
      .insert(t.articles)
      .values({
        slug: article.slug,
        headline: article.headline,
        standfirst: article.standfirst,
        body: serializeArticleBody(article.body.map(toBlock)),
        status: 'published',
        publishedAt,
        updatedAt,
        modifiedAt: updatedAt ?? publishedAt,
        categoryId: requireId(categoryIds, article.category, 'category'),
        authorId: requireId(authorIds, article.author, 'author'),
        imagePath: `articles/${article.slug}`,
        imageWidth: IMAGE_WIDTH,
        imageHeight: IMAGE_HEIGHT,
        imageAlt: article.image.alt,
        imageCredit: article.image.credit,
        sourceName: article.source?.name ?? null,
        sourceUrl: article.source?.url ?? null,
        disclaimer: article.disclaimer ?? null,
      })
      .onConflictDoNothing({ target: t.articles.slug })
      .returning({ id: t.articles.id });
    if (!inserted) continue;
    articlesInserted += 1;
    const uniqueTagSlugs = [...new Set(article.tags.map(slugify))];
    if (uniqueTagSlugs.length > 0) {
      await tx.insert(t.articleTags).values(uniqueTagSlugs.map((slug) => ({ articleId: inserted.id, tagId: requireId(tagIds, slug, 'tag') })));
    }
    if (notes.length > 0) await tx.insert(t.storyNotes).values(notes.map((note) => ({ ...note, articleId: inserted.id, writtenBy: null })));
    if (article.live) await seedLiveCoverage(tx, t, inserted.id, article.slug, article.live);
  }
  // New sections change every page's navigation, and a batch of stories most listings: all pages go.
  if (articlesInserted > 0 || categoriesInserted.length > 0) await recordContentChange(tx, t, [SITE_TAG]);
  return { articlesInserted, articlesKept: seedArticles.length - articlesInserted };
}

/** Inserts a new story's posts, then its coverage, which points at the pinned post. */
async function seedLiveCoverage(tx: WriteHandle, t: Tables, articleId: number, slug: string, live: SeedLiveCoverage): Promise<void> {
  checkSeedLiveCoverage(slug, live);
  const posts = live.posts.map((post) => ({ ...post, postedAt: toInstant(post.postedAt) })).sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime());
  let pinnedPostId: number | null = null;
  // One statement a post, oldest first: ids then follow the posts' times, and the pinned post's id
  // is known without relying on the order of a multi-row RETURNING.
  for (const post of posts) {
    const [added] = await tx
      .insert(t.livePosts)
      .values({
        articleId,
        body: serializeArticleBody(post.body.map(toBlock)),
        postedAt: post.postedAt,
        postedBy: null,
        editedAt: null,
        keyEvent: post.keyEvent ?? null,
      })
      .returning({ id: t.livePosts.id });
    if (!added) throw new Error(`A live post of seed story "${slug}" could not be stored`);
    if (post.pinned) pinnedPostId = added.id;
  }
  await tx.insert(t.liveCoverage).values({
    articleId,
    startedAt: toInstant(live.startedAt),
    endedAt: live.endedAt === undefined ? null : toInstant(live.endedAt),
    summary: live.summary.join('\n'),
    pinnedPostId,
  });
}

async function seedDemoStaff(tx: WriteHandle, t: Tables, authorIds: Map<string, number>): Promise<void> {
  const seededAt = new Date();
  await tx
    .insert(t.staff)
    .values(
      SEED_STAFF.map((member) => ({
        email: member.email,
        name: member.name,
        role: member.role,
        passwordHash: member.passwordHash,
        passwordChangedAt: seededAt,
        authorId: member.byline ? requireId(authorIds, member.byline, 'author') : null,
        createdAt: seededAt,
      })),
    )
    .onConflictDoNothing({ target: t.staff.email });
}
