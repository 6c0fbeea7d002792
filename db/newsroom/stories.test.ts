import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { articleRevisions, articles, authors, categories, tags } from '../schema';
import { setUpTestDatabase } from '../testing/testDatabase';
import type { Refused } from '../../lib/newsroom/refusals';
import type { StoryFields } from '../../lib/newsroom/storyFields';
import { getStoryForEditing, listRevisions, publishDueStories, restoreRevision, saveStory } from './stories';

const testDb = setUpTestDatabase();
const EDITOR_ID = 1;

function draft(overrides: Partial<StoryFields> = {}): StoryFields {
  const { db } = testDb();
  const categoryId = db.select({ id: categories.id }).from(categories).where(eq(categories.slug, 'world')).get()!.id;
  const authorId = db.select({ id: authors.id }).from(authors).where(eq(authors.slug, 'news-desk')).get()!.id;
  return {
    headline: 'Monsoon arrives early in Kerala',
    standfirst: 'The rains came a week ahead of the forecast.',
    slug: 'monsoon-arrives-early-in-kerala',
    body: [{ type: 'paragraph', content: [{ type: 'text', text: 'It rained.' }] }],
    categoryId,
    authorId,
    tagNames: ['Monsoon', 'Kerala'],
    image: { path: 'articles/none', width: 1600, height: 900, alt: 'Rain', credit: 'Staff' },
    sourceName: null,
    sourceUrl: null,
    disclaimer: null,
    status: 'draft',
    publishedAt: null,
    ...overrides,
  };
}

const refused = (refusal: Refused['refusal']) => expect.objectContaining({ name: 'Refused', refusal });
const changesSince = (id: number) => listContentChangesAfter(id, testDb().db).map((change) => [...change.tags].sort());

describe('saveStory', () => {
  it('keeps a draft out of the page cache’s concerns, and publishing it relists it everywhere', () => {
    const { db } = testDb();
    const start = latestContentChangeId(db);
    const saved = saveStory(draft(), EDITOR_ID, new Date('2026-11-28T09:00:00Z'));
    expect(saved.tagNames).toEqual(['Kerala', 'Monsoon']);
    expect(changesSince(start)).toEqual([]);

    const afterDraft = latestContentChangeId(db);
    saveStory({ ...draft(), id: saved.id, status: 'published', publishedAt: new Date('2026-11-28T09:05:00Z') }, EDITOR_ID);
    expect(changesSince(afterDraft)).toEqual([
      ['author:news-desk', 'category:world', 'feeds', 'latest', 'sitemaps', 'story:monsoon-arrives-early-in-kerala', 'topic:kerala', 'topic:monsoon'],
    ]);
  });

  it('marks a published story updated when its words change, keeps the version it replaced, and sends only an edit', () => {
    const { db } = testDb();
    const story = db.select().from(articles).where(eq(articles.slug, 'monsoon-arrives-early-in-kerala')).get()!;
    const start = latestContentChangeId(db);
    const when = new Date('2026-11-28T10:00:00Z');
    const saved = saveStory({ ...draft(), id: story.id, status: 'published', publishedAt: story.publishedAt, headline: 'Monsoon arrives a week early in Kerala' }, EDITOR_ID, when);
    expect(saved.updatedAt).toEqual(when);
    expect(changesSince(start)).toEqual([['feeds', 'sitemaps', 'story:monsoon-arrives-early-in-kerala']]);
    const revisions = db.select().from(articleRevisions).where(eq(articleRevisions.articleId, story.id)).all();
    expect(revisions.map((revision) => revision.snapshot.headline)).toEqual(['Monsoon arrives early in Kerala', 'Monsoon arrives early in Kerala']);
    expect(revisions.at(-1)?.replacedBy).toBe(EDITOR_ID);
  });

  it('refuses a slug another story has, and gives new headlines a free one', () => {
    expect(() => saveStory(draft({ slug: 'monsoon-arrives-early-in-kerala' }), EDITOR_ID)).toThrow(refused('slug-taken'));
    const free = saveStory(draft({ slug: '', headline: 'Monsoon arrives early in Kerala!' }), EDITOR_ID);
    expect(free.slug).toBe('monsoon-arrives-early-in-kerala-2');
    expect(saveStory(draft({ slug: '', headline: '???' }), EDITOR_ID).slug).toBe('story');
    // Saved again without one, a story keeps its address.
    expect(saveStory({ ...draft({ slug: '', headline: 'Another headline' }), id: free.id }, EDITOR_ID).slug).toBe('monsoon-arrives-early-in-kerala-2');
  });

  it('keeps topics and headlines in any script, with addresses of their own', () => {
    const { db } = testDb();
    const start = latestContentChangeId(db);
    const saved = saveStory(
      draft({ slug: '', headline: '東京で初雪', tagNames: ['日本語', 'हिन्दी', 'Россия'], status: 'published', publishedAt: new Date('2026-11-28T11:00:00Z') }),
      EDITOR_ID,
    );
    expect(saved.slug).toBe('東京で初雪');
    expect(saved.tagNames).toEqual(['Россия', 'हिन्दी', '日本語']);
    expect(db.select({ slug: tags.slug }).from(tags).where(inArray(tags.name, saved.tagNames)).all().map((tag) => tag.slug).sort()).toEqual(['россия', 'हिन्दी', '日本語']);
    expect(changesSince(start)[0]).toEqual(expect.arrayContaining(['story:東京で初雪', 'topic:日本語', 'topic:हिन्दी', 'topic:россия']));
  });

  it('keeps a renamed topic, which keeps its address, when its stories are saved again', () => {
    const { db } = testDb();
    const kerala = db.select().from(tags).where(eq(tags.slug, 'kerala')).get()!;
    db.update(tags).set({ name: 'Kerala State' }).where(eq(tags.id, kerala.id)).run();
    const story = db.select().from(articles).where(eq(articles.slug, 'monsoon-arrives-early-in-kerala')).get()!;
    const start = latestContentChangeId(db);
    const saved = saveStory({ ...draft(), id: story.id, tagNames: ['Kerala State', 'Monsoon'], status: 'published', publishedAt: story.publishedAt, standfirst: 'Moved.' }, EDITOR_ID);
    expect(saved.tagNames).toEqual(['Kerala State', 'Monsoon']);
    expect(db.select().from(tags).where(eq(tags.name, 'Kerala State')).all()).toEqual([{ ...kerala, name: 'Kerala State' }]);
    saveStory({ ...draft(), id: story.id, tagNames: ['Monsoon'], status: 'published', publishedAt: story.publishedAt }, EDITOR_ID);
    expect(changesSince(start).at(-1)).toContain('topic:kerala');
    db.update(tags).set({ name: 'Kerala' }).where(eq(tags.id, kerala.id)).run();
  });

  it('rolls back entirely when a write fails', () => {
    const { db } = testDb();
    const count = () => db.select({ n: sql<number>`count(*)` }).from(articles).get()?.n;
    const before = { stories: count(), change: latestContentChangeId(db) };
    const missingCategory = draft({ slug: 'a-story-in-no-section', categoryId: 999_999, status: 'published', publishedAt: new Date() });
    expect(() => saveStory(missingCategory, EDITOR_ID)).toThrow();
    expect(() => saveStory(draft({ slug: 'an-empty-story', body: [] }), EDITOR_ID)).toThrow();
    expect({ stories: count(), change: latestContentChangeId(db) }).toEqual(before);
  });

  it('relists a story taken down, where it was', () => {
    const { db } = testDb();
    const story = db.select().from(articles).where(eq(articles.slug, 'monsoon-arrives-early-in-kerala')).get()!;
    const start = latestContentChangeId(db);
    saveStory({ ...draft(), id: story.id, status: 'draft', publishedAt: null }, EDITOR_ID);
    expect(changesSince(start)[0]).toEqual(expect.arrayContaining(['latest', 'category:world', 'story:monsoon-arrives-early-in-kerala']));
  });
});

describe('publishDueStories', () => {
  it('publishes scheduled stories when their time comes, and tells the page cache', () => {
    const { db } = testDb();
    const at = new Date('2030-01-01T06:00:00Z');
    const saved = saveStory(draft({ slug: 'a-scheduled-story', status: 'scheduled', publishedAt: at }), EDITOR_ID);
    const start = latestContentChangeId(db);
    expect(publishDueStories(new Date(at.getTime() - 1000))).toBe(0);
    expect(publishDueStories(at)).toBe(1);
    expect(db.select({ status: articles.status }).from(articles).where(eq(articles.id, saved.id)).get()?.status).toBe('published');
    expect(changesSince(start)[0]).toEqual(expect.arrayContaining(['latest', 'story:a-scheduled-story']));
    expect(publishDueStories(at)).toBe(0);
  });
});

describe('revisions', () => {
  it('say who replaced each version and what they changed, and a restore brings a version back', () => {
    const first = saveStory(draft({ slug: 'a-story-with-history', headline: 'First words' }), EDITOR_ID, new Date('2026-11-28T09:00:00Z'));
    saveStory({ ...draft({ slug: 'a-story-with-history', headline: 'Second words' }), id: first.id }, EDITOR_ID, new Date('2026-11-28T09:10:00Z'));
    saveStory(
      { ...draft({ slug: 'a-story-with-history', headline: 'Second words', tagNames: ['Kerala'] }), id: first.id },
      EDITOR_ID,
      new Date('2026-11-28T09:20:00Z'),
    );
    const history = listRevisions(getStoryForEditing(first.id)!);
    expect(history.map((revision) => [revision.headline, revision.changed])).toEqual([
      ['Second words', ['topics']],
      ['First words', ['headline']],
    ]);
    expect(history[0]?.replacedBy).toBe('Demo Admin');

    const restored = restoreRevision(history[1]!.id, EDITOR_ID, new Date('2026-11-28T09:30:00Z'));
    expect(restored.headline).toBe('First words');
    expect(restored.tagNames).toEqual(['Kerala', 'Monsoon']);
    expect(restored.status).toBe('draft');
    expect(listRevisions(getStoryForEditing(first.id)!)[0]?.changed).toEqual(['headline', 'topics']);
  });

  it('refuse to bring back a version whose address another story now has, changing nothing', () => {
    const { db } = testDb();
    const story = saveStory(draft({ slug: 'an-address-given-up', headline: 'Before' }), EDITOR_ID);
    saveStory({ ...draft({ slug: 'an-address-moved-to', headline: 'After' }), id: story.id }, EDITOR_ID);
    saveStory(draft({ slug: 'an-address-given-up', headline: 'Another story' }), EDITOR_ID);
    const [replaced] = listRevisions(getStoryForEditing(story.id)!);
    const start = latestContentChangeId(db);
    expect(() => restoreRevision(replaced!.id, EDITOR_ID)).toThrow(refused('restore-address-taken'));
    expect(getStoryForEditing(story.id)).toMatchObject({ slug: 'an-address-moved-to', headline: 'After' });
    expect(listRevisions(getStoryForEditing(story.id)!)).toHaveLength(1);
    expect(latestContentChangeId(db)).toBe(start);
  });
});
