import { count, eq, inArray, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { setProcessStore } from '../processDatabase';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import type { Refused } from '../../lib/newsroom/refusals';
import type { StoryFields } from '../../lib/newsroom/storyFields';
import { getStoryForEditing, listRevisions, publishDueStories, restoreRevision, saveStory } from './stories';

const EDITOR_ID = 1;
const refused = (refusal: Refused['refusal']) => expect.objectContaining({ name: 'Refused', refusal });
const changesSince = async (id: number) => (await listContentChangesAfter(id)).map((change) => [...change.tags].sort());

describe.each(TEST_ENGINES)('stories on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function draft(overrides: Partial<StoryFields> = {}): Promise<StoryFields> {
    const { read, tables: t } = testStore().store;
    const [category] = await read.select({ id: t.categories.id }).from(t.categories).where(eq(t.categories.slug, 'world'));
    const [author] = await read.select({ id: t.authors.id }).from(t.authors).where(eq(t.authors.slug, 'news-desk'));
    if (!category || !author) throw new Error('The demo section or byline is missing');
    return {
      headline: 'Monsoon arrives early in Kerala',
      standfirst: 'The rains came a week ahead of the forecast.',
      slug: 'monsoon-arrives-early-in-kerala',
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'It rained.' }] }],
      categoryId: category.id,
      authorId: author.id,
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

  async function storyWithSlug(slug: string) {
    const { read, tables: t } = testStore().store;
    const [story] = await read.select().from(t.articles).where(eq(t.articles.slug, slug));
    if (!story) throw new Error(`There is no story ${slug}`);
    return story;
  }

  async function topicNamed(name: string) {
    const { read, tables: t } = testStore().store;
    return read.select().from(t.tags).where(eq(t.tags.name, name));
  }

  async function renameTopicDirectly(id: number, name: string) {
    await testStore().store.write((tx, t) => tx.update(t.tags).set({ name }).where(eq(t.tags.id, id)));
  }

  describe('saveStory', () => {
    it('keeps a draft out of the page cache’s concerns, and publishing it relists it everywhere', async () => {
      const start = await latestContentChangeId();
      const saved = await saveStory(await draft(), EDITOR_ID, new Date('2026-11-28T09:00:00Z'));
      expect(saved.tagNames).toEqual(['Kerala', 'Monsoon']);
      expect(await changesSince(start)).toEqual([]);

      const afterDraft = await latestContentChangeId();
      await saveStory({ ...(await draft()), id: saved.id, status: 'published', publishedAt: new Date('2026-11-28T09:05:00Z') }, EDITOR_ID);
      expect(await changesSince(afterDraft)).toEqual([
        ['author:news-desk', 'category:world', 'feeds', 'latest', 'sitemaps', 'story:monsoon-arrives-early-in-kerala', 'topic:kerala', 'topic:monsoon'],
      ]);
    });

    it('marks a published story updated when its words change, keeps the version it replaced, and sends only an edit', async () => {
      const { read, tables: t } = testStore().store;
      const story = await storyWithSlug('monsoon-arrives-early-in-kerala');
      const start = await latestContentChangeId();
      const when = new Date('2026-11-28T10:00:00Z');
      const saved = await saveStory(
        { ...(await draft()), id: story.id, status: 'published', publishedAt: story.publishedAt, headline: 'Monsoon arrives a week early in Kerala' },
        EDITOR_ID,
        when,
      );
      expect(saved.updatedAt).toEqual(when);
      expect(await changesSince(start)).toEqual([['feeds', 'sitemaps', 'story:monsoon-arrives-early-in-kerala']]);
      const revisions = await read.select().from(t.articleRevisions).where(eq(t.articleRevisions.articleId, story.id)).orderBy(t.articleRevisions.id);
      expect(revisions.map((revision) => revision.snapshot.headline)).toEqual(['Monsoon arrives early in Kerala', 'Monsoon arrives early in Kerala']);
      expect(revisions.at(-1)?.replacedBy).toBe(EDITOR_ID);
    });

    it('refuses a slug another story has, and gives new headlines a free one', async () => {
      await expect(saveStory(await draft({ slug: 'monsoon-arrives-early-in-kerala' }), EDITOR_ID)).rejects.toThrow(refused('slug-taken'));
      const free = await saveStory(await draft({ slug: '', headline: 'Monsoon arrives early in Kerala!' }), EDITOR_ID);
      expect(free.slug).toBe('monsoon-arrives-early-in-kerala-2');
      expect((await saveStory(await draft({ slug: '', headline: '???' }), EDITOR_ID)).slug).toBe('story');
      // Saved again without one, a story keeps its address.
      expect((await saveStory({ ...(await draft({ slug: '', headline: 'Another headline' })), id: free.id }, EDITOR_ID)).slug).toBe(
        'monsoon-arrives-early-in-kerala-2',
      );
    });

    it('keeps topics and headlines in any script, with addresses of their own', async () => {
      const { read, tables: t } = testStore().store;
      const start = await latestContentChangeId();
      const saved = await saveStory(
        await draft({ slug: '', headline: '東京で初雪', tagNames: ['日本語', 'हिन्दी', 'Россия'], status: 'published', publishedAt: new Date('2026-11-28T11:00:00Z') }),
        EDITOR_ID,
      );
      expect(saved.slug).toBe('東京で初雪');
      expect(saved.tagNames).toEqual(['Россия', 'हिन्दी', '日本語']);
      const slugs = await read.select({ slug: t.tags.slug }).from(t.tags).where(inArray(t.tags.name, saved.tagNames));
      expect(slugs.map((tag) => tag.slug).sort()).toEqual(['россия', 'हिन्दी', '日本語']);
      expect((await changesSince(start))[0]).toEqual(expect.arrayContaining(['story:東京で初雪', 'topic:日本語', 'topic:हिन्दी', 'topic:россия']));
    });

    it('keeps a renamed topic, which keeps its address, when its stories are saved again', async () => {
      const { read, tables: t } = testStore().store;
      const [kerala] = await read.select().from(t.tags).where(eq(t.tags.slug, 'kerala'));
      if (!kerala) throw new Error('The topic Kerala is missing');
      await renameTopicDirectly(kerala.id, 'Kerala State');
      const story = await storyWithSlug('monsoon-arrives-early-in-kerala');
      const start = await latestContentChangeId();
      const saved = await saveStory(
        { ...(await draft()), id: story.id, tagNames: ['Kerala State', 'Monsoon'], status: 'published', publishedAt: story.publishedAt, standfirst: 'Moved.' },
        EDITOR_ID,
      );
      expect(saved.tagNames).toEqual(['Kerala State', 'Monsoon']);
      expect(await topicNamed('Kerala State')).toEqual([{ ...kerala, name: 'Kerala State' }]);
      await saveStory({ ...(await draft()), id: story.id, tagNames: ['Monsoon'], status: 'published', publishedAt: story.publishedAt }, EDITOR_ID);
      expect((await changesSince(start)).at(-1)).toContain('topic:kerala');
      await renameTopicDirectly(kerala.id, 'Kerala');
    });

    it('rolls back entirely when a write fails', async () => {
      const { read, tables: t } = testStore().store;
      const stories = async () => (await read.select({ n: count() }).from(t.articles))[0]?.n;
      const before = { stories: await stories(), change: await latestContentChangeId() };
      const missingCategory = await draft({ slug: 'a-story-in-no-section', categoryId: 999_999, status: 'published', publishedAt: new Date() });
      await expect(saveStory(missingCategory, EDITOR_ID)).rejects.toThrow();
      await expect(saveStory(await draft({ slug: 'an-empty-story', body: [] }), EDITOR_ID)).rejects.toThrow();
      expect({ stories: await stories(), change: await latestContentChangeId() }).toEqual(before);
    });

    it('relists a story taken down, where it was', async () => {
      const story = await storyWithSlug('monsoon-arrives-early-in-kerala');
      const start = await latestContentChangeId();
      await saveStory({ ...(await draft()), id: story.id, status: 'draft', publishedAt: null }, EDITOR_ID);
      expect((await changesSince(start))[0]).toEqual(expect.arrayContaining(['latest', 'category:world', 'story:monsoon-arrives-early-in-kerala']));
    });
  });

  describe('publishDueStories', () => {
    it('publishes scheduled stories when their time comes, and tells the page cache', async () => {
      const at = new Date('2030-01-01T06:00:00Z');
      const saved = await saveStory(await draft({ slug: 'a-scheduled-story', status: 'scheduled', publishedAt: at }), EDITOR_ID);
      const start = await latestContentChangeId();
      expect(await publishDueStories(new Date(at.getTime() - 1000))).toBe(0);
      expect(await publishDueStories(at)).toBe(1);
      expect((await getStoryForEditing(saved.id))?.status).toBe('published');
      expect((await changesSince(start))[0]).toEqual(expect.arrayContaining(['latest', 'story:a-scheduled-story']));
      expect(await publishDueStories(at)).toBe(0);
    });

    it('publishes each story once when several processes run it at the same moment', async () => {
      const at = new Date('2031-01-01T06:00:00Z');
      const slugs = Array.from({ length: 5 }, (_, n) => `a-story-raced-for-${n}`);
      for (const slug of slugs) await saveStory(await draft({ slug, tagNames: [], status: 'scheduled', publishedAt: at }), EDITOR_ID);
      const start = await latestContentChangeId();
      const { store } = testStore();
      // On PostgreSQL a second pool, as another machine has. On SQLite a second store in this process
      // would wait for the first's write lock with the event loop stopped: the two calls share the
      // store, whose writer queue runs them one after the other as the lock runs processes.
      const other = engine === 'postgres' ? await testStore().openAnother() : store;
      try {
        // Each call takes the process store when it starts: the first this one, the second the other.
        const first = publishDueStories(at);
        setProcessStore(other);
        const second = publishDueStories(at);
        setProcessStore(store);
        const published = await Promise.all([first, second]);
        expect(published[0] + published[1]).toBe(slugs.length);
      } finally {
        setProcessStore(store);
        if (other !== store) await other.close();
      }
      const { read, tables: t } = store;
      const states = await read.select({ status: t.articles.status }).from(t.articles).where(like(t.articles.slug, 'a-story-raced-for-%'));
      expect(states.map((row) => row.status)).toEqual(slugs.map(() => 'published'));
      const notes = (await changesSince(start)).flat().filter((tag) => tag.startsWith('story:a-story-raced-for-'));
      expect(notes.sort()).toEqual(slugs.map((slug) => `story:${slug}`).sort());
    });
  });

  describe('revisions', () => {
    it('say who replaced each version and what they changed, and a restore brings a version back', async () => {
      const first = await saveStory(await draft({ slug: 'a-story-with-history', headline: 'First words' }), EDITOR_ID, new Date('2026-11-28T09:00:00Z'));
      await saveStory({ ...(await draft({ slug: 'a-story-with-history', headline: 'Second words' })), id: first.id }, EDITOR_ID, new Date('2026-11-28T09:10:00Z'));
      await saveStory(
        { ...(await draft({ slug: 'a-story-with-history', headline: 'Second words', tagNames: ['Kerala'] })), id: first.id },
        EDITOR_ID,
        new Date('2026-11-28T09:20:00Z'),
      );
      const history = await listRevisions((await getStoryForEditing(first.id))!);
      expect(history.map((revision) => [revision.headline, revision.changed])).toEqual([
        ['Second words', ['topics']],
        ['First words', ['headline']],
      ]);
      expect(history[0]?.replacedBy).toBe('Demo Admin');

      const restored = await restoreRevision(history[1]!.id, EDITOR_ID, new Date('2026-11-28T09:30:00Z'));
      expect(restored.headline).toBe('First words');
      expect(restored.tagNames).toEqual(['Kerala', 'Monsoon']);
      expect(restored.status).toBe('draft');
      expect((await listRevisions((await getStoryForEditing(first.id))!))[0]?.changed).toEqual(['headline', 'topics']);
    });

    it('refuse to bring back a version whose address another story now has, changing nothing', async () => {
      const story = await saveStory(await draft({ slug: 'an-address-given-up', headline: 'Before' }), EDITOR_ID);
      await saveStory({ ...(await draft({ slug: 'an-address-moved-to', headline: 'After' })), id: story.id }, EDITOR_ID);
      await saveStory(await draft({ slug: 'an-address-given-up', headline: 'Another story' }), EDITOR_ID);
      const [replaced] = await listRevisions((await getStoryForEditing(story.id))!);
      const start = await latestContentChangeId();
      await expect(restoreRevision(replaced!.id, EDITOR_ID)).rejects.toThrow(refused('restore-address-taken'));
      expect(await getStoryForEditing(story.id)).toMatchObject({ slug: 'an-address-moved-to', headline: 'After' });
      expect(await listRevisions((await getStoryForEditing(story.id))!)).toHaveLength(1);
      expect(await latestContentChangeId()).toBe(start);
    });
  });
});
