import { and, desc, eq, lte, ne } from 'drizzle-orm';
import { z } from 'zod';
import { articleBodySchema, parseArticleBody, serializeArticleBody } from '../../lib/articleBody';
import { recordContentChange } from '../contentChanges';
import { breakingNewsTagsForStoryChange } from './breakingNews';
import { processStore } from '../processDatabase';
import type { ReadHandle, Tables, WriteHandle } from '../store';
import { storyChangeTags, type ChangedStory } from '../../lib/contentTags';
import { Refused } from '../../lib/newsroom/refusals';
import type { StoryFields, StoryForEditing } from '../../lib/newsroom/storyFields';
import { slugify, storySlugFrom } from '../../lib/slugify';

/*
 * The newsroom's writes to stories. Each save is one transaction: the story, its address when it
 * is made from the headline, its topics, the revision it replaces, and the note to the page cache
 * of what changed. A failure leaves nothing. An address another story has is refused (Refused).
 */

/**
 * A story in any state, for the editor, or null: read through `db`, the process's store or a
 * transaction of the caller's (a save, the WordPress import in db/import/importWordPress.ts).
 */
export async function readStory(db: ReadHandle | WriteHandle, t: Tables, id: number): Promise<StoryForEditing | null> {
  const [row] = await db.select().from(t.articles).where(eq(t.articles.id, id)).limit(1);
  if (!row) return null;
  const topics = await db
    .select({ name: t.tags.name })
    .from(t.articleTags)
    .innerJoin(t.tags, eq(t.tags.id, t.articleTags.tagId))
    .where(eq(t.articleTags.articleId, id))
    .orderBy(t.tags.name);
  return {
    id: row.id,
    headline: row.headline,
    standfirst: row.standfirst,
    slug: row.slug,
    body: parseArticleBody(row.body),
    categoryId: row.categoryId,
    authorId: row.authorId,
    tagNames: topics.map((topic) => topic.name),
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
export async function getStoryForEditing(id: number): Promise<StoryForEditing | null> {
  const { read, tables } = await processStore();
  return readStory(read, tables, id);
}

/** The story's place in the listings, as the page cache's tags name it. */
export async function listedAs(
  tx: WriteHandle,
  t: Tables,
  story: Pick<StoryFields, 'slug' | 'categoryId' | 'authorId' | 'tagNames'>,
): Promise<ChangedStory> {
  const [category] = await tx.select({ slug: t.categories.slug }).from(t.categories).where(eq(t.categories.id, story.categoryId)).limit(1);
  const [author] = await tx.select({ slug: t.authors.slug }).from(t.authors).where(eq(t.authors.id, story.authorId)).limit(1);
  const tagSlugs: string[] = [];
  for (const name of story.tagNames) {
    const topic = await topicOf(tx, t, name);
    if (topic) tagSlugs.push(topic.slug);
  }
  return { slug: story.slug, categorySlug: category?.slug ?? '', authorSlug: author?.slug ?? '', tagSlugs };
}

/**
 * The topic a story's topic name stands for: the one of that name, or else the one at the address
 * the name makes. By name first, since a renamed topic keeps the address its old name made.
 */
async function topicOf(tx: WriteHandle, t: Tables, typedName: string): Promise<{ id: number | null; slug: string } | null> {
  const name = typedName.trim();
  const [named] = await tx.select({ id: t.tags.id, slug: t.tags.slug }).from(t.tags).where(eq(t.tags.name, name)).orderBy(t.tags.id).limit(1);
  if (named) return named;
  const slug = slugify(name);
  if (slug === '') return null;
  const [atAddress] = await tx.select({ id: t.tags.id, slug: t.tags.slug }).from(t.tags).where(eq(t.tags.slug, slug)).limit(1);
  return atAddress ?? { id: null, slug };
}

async function setTopics(tx: WriteHandle, t: Tables, articleId: number, tagNames: readonly string[]): Promise<void> {
  await tx.delete(t.articleTags).where(eq(t.articleTags.articleId, articleId));
  const ids = new Set<number>();
  for (const name of tagNames) {
    const topic = await topicOf(tx, t, name);
    if (!topic) continue;
    if (topic.id !== null) {
      ids.add(topic.id);
      continue;
    }
    const [created] = await tx.insert(t.tags).values({ slug: topic.slug, name: name.trim() }).returning({ id: t.tags.id });
    if (!created) throw new Error(`The topic ${topic.slug} could not be stored.`);
    ids.add(created.id);
  }
  if (ids.size === 0) return;
  await tx.insert(t.articleTags).values([...ids].map((tagId) => ({ articleId, tagId })));
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
export async function saveStory(
  story: StoryFields & { id?: number },
  /** The staff member saving, or null for an import or a tool. */
  savedBy: number | null,
  now = new Date(),
): Promise<StoryForEditing> {
  const store = await processStore();
  return store.write((tx, t) => saveStoryIn(tx, t, story, savedBy, now));
}

/** saveStory as part of a larger change, in the caller's transaction (a restore, the WordPress import). */
export async function saveStoryIn(
  tx: WriteHandle,
  t: Tables,
  story: StoryFields & { id?: number },
  savedBy: number | null,
  now = new Date(),
): Promise<StoryForEditing> {
  const before = story.id === undefined ? null : await readStory(tx, t, story.id);
  if (story.id !== undefined && !before) throw new Error(`There is no story ${story.id}.`);
  const slug = story.slug || before?.slug || (await freeSlugFor(tx, t, story.headline));
  const [taken] = await tx
    .select({ id: t.articles.id })
    .from(t.articles)
    .where(before ? and(eq(t.articles.slug, slug), ne(t.articles.id, before.id)) : eq(t.articles.slug, slug))
    .limit(1);
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
    await tx.insert(t.articleRevisions).values({ articleId: before.id, replacedBy: savedBy, replacedAt: now, snapshot: { ...before } });
    await tx.update(t.articles).set(values).where(eq(t.articles.id, before.id));
    id = before.id;
  } else {
    const [created] = await tx.insert(t.articles).values(values).returning({ id: t.articles.id });
    if (!created) throw new Error(`The story ${slug} could not be stored.`);
    id = created.id;
  }
  await setTopics(tx, t, id, story.tagNames);
  const after = { ...story, slug };
  const shownBefore = before && before.status === 'published' ? [await listedAs(tx, t, before)] : [];
  const shownAfter = after.status === 'published' ? [await listedAs(tx, t, after)] : [];
  if (shownBefore.length + shownAfter.length > 0) {
    await recordContentChange(tx, t, [
      ...storyChangeTags(relisted(before, after) ? 'relisted' : 'edited', ...shownBefore, ...shownAfter),
      ...(await breakingNewsTagsForStoryChange(tx, t, id, before, after, now)),
    ]);
  }
  const saved = await readStory(tx, t, id);
  if (!saved) throw new Error(`Story ${id} vanished while being saved.`);
  return saved;
}

/** A free slug for a new story's headline: the headline's words (lib/slugify.ts), numbered when taken. */
async function freeSlugFor(tx: WriteHandle, t: Tables, headline: string): Promise<string> {
  const base = storySlugFrom(headline) || 'story';
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = await tx.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, candidate)).limit(1);
    if (!taken) return candidate;
  }
}

/**
 * Publishes the scheduled stories whose time has come, each with the page cache's note, in one
 * transaction; returns how many this call published. Every server process, on every machine,
 * calls this every few seconds: each story is claimed by a conditional update (scheduled to
 * published), which only one transaction can make, and only the claimant records the change.
 */
export async function publishDueStories(now = new Date()): Promise<number> {
  const store = await processStore();
  const due = (t: Tables) => and(eq(t.articles.status, 'scheduled'), lte(t.articles.publishedAt, now));
  // Most calls find nothing due: they read, without waiting for the writer (SQLite) or a transaction.
  const candidates = await store.read.select({ id: store.tables.articles.id }).from(store.tables.articles).where(due(store.tables)).limit(1);
  if (candidates.length === 0) return 0;
  return store.write(async (tx, t) => {
    const dueIds = await tx.select({ id: t.articles.id }).from(t.articles).where(due(t)).orderBy(t.articles.id);
    let published = 0;
    // One story at a time, in id order: a concurrent call waits on the same row, then finds it claimed.
    for (const { id } of dueIds) {
      const claimed = await tx
        .update(t.articles)
        .set({ status: 'published', modifiedAt: now })
        .where(and(eq(t.articles.id, id), due(t)))
        .returning({ id: t.articles.id });
      if (claimed.length === 0) continue;
      const story = await readStory(tx, t, id);
      if (!story) continue;
      await recordContentChange(tx, t, [
        ...storyChangeTags('relisted', await listedAs(tx, t, story)),
        ...(await breakingNewsTagsForStoryChange(tx, t, id, null, story, now)),
      ]);
      published += 1;
    }
    return published;
  });
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
export async function listRevisions(current: StoryForEditing): Promise<RevisionSummary[]> {
  const { read, tables: t } = await processStore();
  const rows = await read
    .select({ id: t.articleRevisions.id, replacedAt: t.articleRevisions.replacedAt, snapshot: t.articleRevisions.snapshot, name: t.staff.name })
    .from(t.articleRevisions)
    .leftJoin(t.staff, eq(t.staff.id, t.articleRevisions.replacedBy))
    .where(eq(t.articleRevisions.articleId, current.id))
    .orderBy(desc(t.articleRevisions.id));
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
export async function restoreRevision(revisionId: number, restoredBy: number, now = new Date()): Promise<StoryForEditing> {
  const store = await processStore();
  return store.write(async (tx, t) => {
    const [row] = await tx.select().from(t.articleRevisions).where(eq(t.articleRevisions.id, revisionId)).limit(1);
    if (!row) throw new Error(`There is no revision ${revisionId}.`);
    const current = await readStory(tx, t, row.articleId);
    if (!current) throw new Error(`The story of revision ${revisionId} is gone.`);
    const version = snapshotSchema.parse(row.snapshot);
    try {
      return await saveStoryIn(tx, t, { ...current, ...version, id: current.id }, restoredBy, now);
    } catch (error) {
      if (error instanceof Refused && error.refusal === 'slug-taken') throw new Refused('restore-address-taken');
      throw error;
    }
  });
}

/** The story a revision belongs to. */
export async function storyOfRevision(revisionId: number): Promise<number | null> {
  const { read, tables: t } = await processStore();
  const [row] = await read
    .select({ articleId: t.articleRevisions.articleId })
    .from(t.articleRevisions)
    .where(eq(t.articleRevisions.id, revisionId))
    .limit(1);
  return row?.articleId ?? null;
}
