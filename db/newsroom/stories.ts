import { and, desc, eq, lte, ne } from 'drizzle-orm';
import { z } from 'zod';
import { articleBodySchema, parseArticleBody, serializeArticleBody } from '../../lib/articleBody';
import { type AppDatabase, type AppTransaction, WRITE_TRANSACTION } from '../client';
import { recordContentChange } from '../contentChanges';
import { getDatabase } from '../processDatabase';
import { storyChangeTags, type ChangedStory } from '../../lib/contentTags';
import { articleRevisions, articles, articleTags, authors, categories, staff, tags } from '../schema';
import { Refused } from '../../lib/newsroom/refusals';
import type { StoryFields, StoryForEditing } from '../../lib/newsroom/storyFields';
import { slugify, storySlugFrom } from '../../lib/slugify';

/*
 * The newsroom's writes to stories. Each save is one transaction: the story, its address when it
 * is made from the headline, its topics, the revision it replaces, and the note to the page cache
 * of what changed. A failure leaves nothing. An address another story has is refused (Refused).
 */

/**
 * A story in any state, for the editor, or null: read through `db`, the process's database or a
 * transaction of the caller's (the WordPress import, db/import/importWordPress.ts).
 */
export function readStory(db: AppDatabase | AppTransaction, id: number): StoryForEditing | null {
  const row = db.select().from(articles).where(eq(articles.id, id)).get();
  if (!row) return null;
  const tagNames = db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(tags.name)
    .all()
    .map((tag) => tag.name);
  return {
    id: row.id,
    headline: row.headline,
    standfirst: row.standfirst,
    slug: row.slug,
    body: parseArticleBody(row.body),
    categoryId: row.categoryId,
    authorId: row.authorId,
    tagNames,
    image: { path: row.imagePath, width: row.imageWidth, height: row.imageHeight, alt: row.imageAlt, credit: row.imageCredit },
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    disclaimer: row.disclaimer,
    status: row.status,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    modifiedAt: row.modifiedAt,
  };
}

/** A story in any state, for the editor, or null. */
export function getStoryForEditing(id: number): StoryForEditing | null {
  return readStory(getDatabase(), id);
}

/** The story's place in the listings, as the page cache's tags name it. */
function listedAs(tx: AppTransaction, story: Pick<StoryFields, 'slug' | 'categoryId' | 'authorId' | 'tagNames'>): ChangedStory {
  const category = tx.select({ slug: categories.slug }).from(categories).where(eq(categories.id, story.categoryId)).get();
  const author = tx.select({ slug: authors.slug }).from(authors).where(eq(authors.id, story.authorId)).get();
  return {
    slug: story.slug,
    categorySlug: category?.slug ?? '',
    authorSlug: author?.slug ?? '',
    tagSlugs: story.tagNames.flatMap((name) => topicOf(tx, name)?.slug ?? []),
  };
}

/**
 * The topic a story's topic name stands for: the one of that name, or else the one at the address
 * the name makes. By name first, since a renamed topic keeps the address its old name made.
 */
function topicOf(tx: AppTransaction, typedName: string): { id: number | null; slug: string } | null {
  const name = typedName.trim();
  const named = tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(eq(tags.name, name)).orderBy(tags.id).get();
  if (named) return named;
  const slug = slugify(name);
  if (slug === '') return null;
  return tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(eq(tags.slug, slug)).get() ?? { id: null, slug };
}

function setTopics(tx: AppTransaction, articleId: number, tagNames: readonly string[]): void {
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  const ids = new Set<number>();
  for (const name of tagNames) {
    const topic = topicOf(tx, name);
    if (!topic) continue;
    ids.add(topic.id ?? tx.insert(tags).values({ slug: topic.slug, name: name.trim() }).returning({ id: tags.id }).get().id);
  }
  if (ids.size === 0) return;
  tx.insert(articleTags)
    .values([...ids].map((tagId) => ({ articleId, tagId })))
    .run();
}

/** A change readers would want flagged as an update: the words, not a typo in a tag. */
function changedMaterially(before: StoryForEditing, after: StoryFields): boolean {
  return before.headline !== after.headline || before.standfirst !== after.standfirst || JSON.stringify(before.body) !== JSON.stringify(after.body);
}

/** Whether the change moves the story in, out of or around the listings. */
function relisted(before: StoryForEditing | null, after: StoryFields): boolean {
  if (!before) return after.status === 'published';
  return (
    before.status !== after.status ||
    before.publishedAt?.getTime() !== after.publishedAt?.getTime() ||
    before.slug !== after.slug ||
    before.categoryId !== after.categoryId ||
    before.authorId !== after.authorId ||
    [...before.tagNames].sort().join('\n') !== [...after.tagNames].sort().join('\n')
  );
}

/**
 * Creates (no `id`) or replaces a story. Keeps the version it replaces as a revision, sets the
 * "updated" time when a published story's words change, and records what the page cache must drop.
 * An empty slug keeps the story's address, or gives a new story a free one made from its headline.
 * Throws Refused ('slug-taken') when another story has the slug.
 */
export function saveStory(
  story: StoryFields & { id?: number },
  /** The staff member saving, or null for an import or a tool. */
  savedBy: number | null,
  now = new Date(),
): StoryForEditing {
  return saveStoryIn(getDatabase(), story, savedBy, now);
}

/** saveStory through `db`: the process's database, or a transaction of the caller's (the WordPress import). */
export function saveStoryIn(
  db: AppDatabase | AppTransaction,
  story: StoryFields & { id?: number },
  savedBy: number | null,
  now = new Date(),
): StoryForEditing {
  return db.transaction((tx) => {
    const before = story.id === undefined ? null : readStory(tx, story.id);
    if (story.id !== undefined && !before) throw new Error(`There is no story ${story.id}.`);
    const slug = story.slug || before?.slug || freeSlugFor(tx, story.headline);
    const taken = tx
      .select({ id: articles.id })
      .from(articles)
      .where(before ? and(eq(articles.slug, slug), ne(articles.id, before.id)) : eq(articles.slug, slug))
      .get();
    if (taken) throw new Refused('slug-taken');
    const wasPublished = before?.status === 'published';
    const values = {
      slug,
      headline: story.headline,
      standfirst: story.standfirst,
      body: serializeArticleBody(story.body),
      status: story.status,
      publishedAt: story.publishedAt,
      updatedAt:
        before && wasPublished && story.status === 'published' && changedMaterially(before, story) ? now : (before?.updatedAt ?? null),
      modifiedAt: now,
      categoryId: story.categoryId,
      authorId: story.authorId,
      imagePath: story.image.path,
      imageWidth: story.image.width,
      imageHeight: story.image.height,
      imageAlt: story.image.alt,
      imageCredit: story.image.credit,
      sourceName: story.sourceName,
      sourceUrl: story.sourceUrl,
      disclaimer: story.disclaimer,
    };
    let id: number;
    if (before) {
      tx.insert(articleRevisions).values({ articleId: before.id, replacedBy: savedBy, replacedAt: now, snapshot: { ...before } }).run();
      tx.update(articles).set(values).where(eq(articles.id, before.id)).run();
      id = before.id;
    } else {
      id = tx.insert(articles).values(values).returning({ id: articles.id }).get().id;
    }
    setTopics(tx, id, story.tagNames);
    const after = { ...story, slug };
    const shownBefore = before && before.status === 'published' ? [listedAs(tx, before)] : [];
    const shownAfter = after.status === 'published' ? [listedAs(tx, after)] : [];
    if (shownBefore.length + shownAfter.length > 0) {
      recordContentChange(tx, storyChangeTags(relisted(before, after) ? 'relisted' : 'edited', ...shownBefore, ...shownAfter));
    }
    const saved = readStory(tx, id);
    if (!saved) throw new Error(`Story ${id} vanished while being saved.`);
    return saved;
  }, WRITE_TRANSACTION);
}

/** A free slug for a new story's headline: the headline's words (lib/slugify.ts), numbered when taken. */
function freeSlugFor(tx: AppTransaction, headline: string): string {
  const base = storySlugFrom(headline) || 'story';
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, candidate)).get()) return candidate;
  }
}

/**
 * Publishes the scheduled stories whose time has come, each with the page cache's note, in one
 * transaction. Every server process calls this every few seconds; whichever comes first does it.
 */
export function publishDueStories(now = new Date()): number {
  return getDatabase().transaction((tx) => {
    const due = tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), lte(articles.publishedAt, now)))
      .all();
    for (const { id } of due) {
      const story = readStory(tx, id);
      if (!story) continue;
      tx.update(articles).set({ status: 'published', modifiedAt: now }).where(eq(articles.id, id)).run();
      recordContentChange(tx, storyChangeTags('relisted', listedAs(tx, story)));
    }
    return due.length;
  }, WRITE_TRANSACTION);
}

const snapshotSchema = z.object({
  headline: z.string(),
  standfirst: z.string(),
  slug: z.string(),
  body: articleBodySchema,
  categoryId: z.number().int(),
  authorId: z.number().int(),
  tagNames: z.array(z.string()),
  image: z.object({ path: z.string(), width: z.number().int(), height: z.number().int(), alt: z.string(), credit: z.string() }),
  sourceName: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  disclaimer: z.string().nullable(),
});
type StoryContent = z.infer<typeof snapshotSchema>;

/** The fields a revision records and a restore brings back (not the story's state or times). */
const CONTENT_FIELDS = [
  ['headline', 'headline'],
  ['standfirst', 'standfirst'],
  ['slug', 'address'],
  ['body', 'story'],
  ['categoryId', 'section'],
  ['authorId', 'byline'],
  ['tagNames', 'topics'],
  ['image', 'image'],
  ['sourceName', 'source'],
  ['sourceUrl', 'source address'],
  ['disclaimer', 'disclaimer'],
] as const satisfies readonly (readonly [keyof StoryContent, string])[];

export interface RevisionSummary {
  id: number;
  replacedAt: Date;
  replacedBy: string | null;
  /** The version's headline. */
  headline: string;
  /** What the save that replaced this version changed, in words: "headline, story". */
  changed: string[];
}

/**
 * The earlier versions of `current` (the story as the editor already loaded it), newest first,
 * each with who replaced it and what they changed.
 */
export function listRevisions(current: StoryForEditing): RevisionSummary[] {
  const articleId = current.id;
  const rows = getDatabase()
    .select({ id: articleRevisions.id, replacedAt: articleRevisions.replacedAt, snapshot: articleRevisions.snapshot, name: staff.name })
    .from(articleRevisions)
    .leftJoin(staff, eq(staff.id, articleRevisions.replacedBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .all();
  const summaries: RevisionSummary[] = [];
  let newer: StoryContent = current;
  for (const row of rows) {
    const parsed = snapshotSchema.safeParse(row.snapshot);
    if (!parsed.success) continue;
    const version = parsed.data;
    summaries.push({
      id: row.id,
      replacedAt: row.replacedAt,
      replacedBy: row.name,
      headline: version.headline,
      changed: CONTENT_FIELDS.filter(([field]) => JSON.stringify(version[field]) !== JSON.stringify(newer[field])).map(([, words]) => words),
    });
    newer = version;
  }
  return summaries;
}

/**
 * Brings back the words, image and placing of an earlier version, as a new save (so the version
 * it replaces is kept too); the story's state and publication time stay as they are, as they are
 * when the restore is written. Throws Refused ('restore-address-taken') when another story now has
 * the version's address.
 */
export function restoreRevision(revisionId: number, restoredBy: number, now = new Date()): StoryForEditing {
  return getDatabase().transaction((tx) => {
    const row = tx.select().from(articleRevisions).where(eq(articleRevisions.id, revisionId)).get();
    if (!row) throw new Error(`There is no revision ${revisionId}.`);
    const current = readStory(tx, row.articleId);
    if (!current) throw new Error(`The story of revision ${revisionId} is gone.`);
    const version = snapshotSchema.parse(row.snapshot);
    try {
      return saveStoryIn(tx, { ...current, ...version, id: current.id }, restoredBy, now);
    } catch (error) {
      if (error instanceof Refused && error.refusal === 'slug-taken') throw new Refused('restore-address-taken');
      throw error;
    }
  }, WRITE_TRANSACTION);
}

/** The story a revision belongs to. */
export function storyOfRevision(revisionId: number): number | null {
  return getDatabase().select({ articleId: articleRevisions.articleId }).from(articleRevisions).where(eq(articleRevisions.id, revisionId)).get()?.articleId ?? null;
}
