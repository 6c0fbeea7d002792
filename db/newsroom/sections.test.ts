import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { MAX_TOPIC_LENGTH, SECTION_TEXT_LIMITS } from '../../lib/textLimits';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { Refused } from '../../lib/newsroom/refusals';
import { createSection, renameSection } from './sections';
import { renameTopic } from './topics';

const refused = (refusal: Refused['refusal']) => expect.objectContaining({ name: 'Refused', refusal });

describe.each(TEST_ENGINES)('sections and topics on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function section(id: number) {
    const { read, tables: t } = testStore().store;
    const [row] = await read.select().from(t.categories).where(eq(t.categories.id, id));
    return row;
  }

  async function topic(where: { id: number } | { slug: string }) {
    const { read, tables: t } = testStore().store;
    const [row] = await read
      .select()
      .from(t.tags)
      .where('id' in where ? eq(t.tags.id, where.id) : eq(t.tags.slug, where.slug));
    if (!row) throw new Error('No such topic');
    return row;
  }

  const changedTagsSince = async (start: number) => (await listContentChangesAfter(start)).map((change) => change.tags);

  describe('sections', () => {
    it('are created last in the navigation and renamed in place, each change reaching every page', async () => {
      const start = await latestContentChangeId();
      const id = await createSection({ name: 'Science & Space', description: '' });
      expect(await section(id)).toMatchObject({ slug: 'science-and-space', name: 'Science & Space' });
      await renameSection(id, { name: 'Science', description: 'Research and discovery.' });
      expect(await section(id)).toMatchObject({ slug: 'science-and-space', name: 'Science' });
      expect(await changedTagsSince(start)).toEqual([['site'], ['site']]);
    });

    it('have addresses in any script', async () => {
      const id = await createSection({ name: 'विज्ञान', description: '' });
      expect(await section(id)).toMatchObject({ slug: 'विज्ञान', name: 'विज्ञान' });
    });

    it('refuse a name without letters, a taken address, and an unknown section', async () => {
      await expect(createSection({ name: '  ', description: '' })).rejects.toThrow(refused('section-unnamed'));
      await expect(createSection({ name: '!!!', description: '' })).rejects.toThrow(refused('section-no-letters'));
      await expect(createSection({ name: 'Defence', description: '' })).rejects.toThrow(refused('section-address-taken'));
      await expect(renameSection(999_999, { name: 'X', description: '' })).rejects.toThrow(refused('section-gone'));
    });
  });

  describe('names typed in the newsroom', () => {
    it('are saved without control characters, overrides or halves of characters', async () => {
      const id = await createSection({ name: 'Sci\u0000ence\u202E', description: 'Research\u001B[2J and\ndiscovery\uFFFF.' });
      expect(await section(id)).toMatchObject({
        slug: 'science',
        name: 'Science',
        description: 'Research[2J and discovery.',
      });
      await renameSection(id, { name: 'Space\u0085', description: '' });
      expect(await section(id)).toMatchObject({ name: 'Space' });
      const russia = await topic({ slug: 'russia' });
      await renameTopic(russia.id, 'Rus\u0007sia\uD800');
      expect(await topic({ id: russia.id })).toMatchObject({ name: 'Russia' });
    });

    it('are refused when longer than their limits, or nothing but control characters', async () => {
      await expect(createSection({ name: 'a'.repeat(SECTION_TEXT_LIMITS.name + 1), description: '' })).rejects.toThrow(
        refused('section-name-too-long'),
      );
      await expect(createSection({ name: 'Arts', description: 'a'.repeat(SECTION_TEXT_LIMITS.description + 1) })).rejects.toThrow(
        refused('section-description-too-long'),
      );
      await expect(createSection({ name: '\u0000\u0001', description: '' })).rejects.toThrow(refused('section-unnamed'));
      const russia = await topic({ slug: 'russia' });
      await expect(renameTopic(russia.id, 'a'.repeat(MAX_TOPIC_LENGTH + 1))).rejects.toThrow(refused('topic-name'));
    });
  });

  describe('topics', () => {
    it('are renamed in place, telling every page', async () => {
      const russia = await topic({ slug: 'russia' });
      const start = await latestContentChangeId();
      await renameTopic(russia.id, 'Russian Federation');
      expect(await topic({ id: russia.id })).toMatchObject({ slug: 'russia', name: 'Russian Federation' });
      expect(await changedTagsSince(start)).toEqual([['site']]);
      await expect(renameTopic(russia.id, ' ')).rejects.toThrow(refused('topic-name'));
      await expect(renameTopic(russia.id, '!!!')).rejects.toThrow(refused('topic-no-letters'));
      await expect(renameTopic(999_999, 'X')).rejects.toThrow(refused('topic-gone'));
    });
  });
});
