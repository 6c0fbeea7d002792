import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { MAX_TOPIC_LENGTH, SECTION_TEXT_LIMITS } from '../../lib/textLimits';
import { categories, tags } from '../schema';
import { setUpTestDatabase } from '../testing/testDatabase';
import { Refused } from '../../lib/newsroom/refusals';
import { createSection, renameSection } from './sections';
import { renameTopic } from './topics';

const refused = (refusal: Refused['refusal']) => expect.objectContaining({ name: 'Refused', refusal });

const testDb = setUpTestDatabase();

describe('sections', () => {
  it('are created last in the navigation and renamed in place, each change reaching every page', () => {
    const { db } = testDb();
    const start = latestContentChangeId(db);
    const id = createSection({ name: 'Science & Space', description: '' });
    const created = db.select().from(categories).where(eq(categories.id, id)).get();
    expect(created).toMatchObject({ slug: 'science-and-space', name: 'Science & Space' });
    renameSection(id, { name: 'Science', description: 'Research and discovery.' });
    expect(db.select().from(categories).where(eq(categories.id, id)).get()).toMatchObject({ slug: 'science-and-space', name: 'Science' });
    expect(listContentChangesAfter(start, db).map((change) => change.tags)).toEqual([['site'], ['site']]);
  });

  it('have addresses in any script', () => {
    const { db } = testDb();
    const id = createSection({ name: 'विज्ञान', description: '' });
    expect(db.select().from(categories).where(eq(categories.id, id)).get()).toMatchObject({ slug: 'विज्ञान', name: 'विज्ञान' });
  });

  it('refuse a name without letters, a taken address, and an unknown section', () => {
    expect(() => createSection({ name: '  ', description: '' })).toThrow(refused('section-unnamed'));
    expect(() => createSection({ name: '!!!', description: '' })).toThrow(refused('section-no-letters'));
    expect(() => createSection({ name: 'Defence', description: '' })).toThrow(refused('section-address-taken'));
    expect(() => renameSection(999_999, { name: 'X', description: '' })).toThrow(refused('section-gone'));
  });
});

describe('names typed in the newsroom', () => {
  it('are saved without control characters, overrides or halves of characters', () => {
    const { db } = testDb();
    const id = createSection({ name: 'Sci\u0000ence\u202E', description: 'Research\u001B[2J and\ndiscovery\uFFFF.' });
    expect(db.select().from(categories).where(eq(categories.id, id)).get()).toMatchObject({
      slug: 'science',
      name: 'Science',
      description: 'Research[2J and discovery.',
    });
    renameSection(id, { name: 'Space\u0085', description: '' });
    expect(db.select().from(categories).where(eq(categories.id, id)).get()).toMatchObject({ name: 'Space' });
    const topic = db.select().from(tags).where(eq(tags.slug, 'russia')).get()!;
    renameTopic(topic.id, 'Rus\u0007sia\uD800');
    expect(db.select().from(tags).where(eq(tags.id, topic.id)).get()).toMatchObject({ name: 'Russia' });
  });

  it('are refused when longer than their limits, or nothing but control characters', () => {
    const { db } = testDb();
    expect(() => createSection({ name: 'a'.repeat(SECTION_TEXT_LIMITS.name + 1), description: '' })).toThrow(refused('section-name-too-long'));
    expect(() => createSection({ name: 'Arts', description: 'a'.repeat(SECTION_TEXT_LIMITS.description + 1) })).toThrow(
      refused('section-description-too-long'),
    );
    expect(() => createSection({ name: '\u0000\u0001', description: '' })).toThrow(refused('section-unnamed'));
    const topic = db.select().from(tags).where(eq(tags.slug, 'russia')).get()!;
    expect(() => renameTopic(topic.id, 'a'.repeat(MAX_TOPIC_LENGTH + 1))).toThrow(refused('topic-name'));
  });
});

describe('topics', () => {
  it('are renamed in place, telling every page', () => {
    const { db } = testDb();
    const topic = db.select().from(tags).where(eq(tags.slug, 'russia')).get()!;
    const start = latestContentChangeId(db);
    renameTopic(topic.id, 'Russian Federation');
    expect(db.select().from(tags).where(eq(tags.id, topic.id)).get()).toMatchObject({ slug: 'russia', name: 'Russian Federation' });
    expect(listContentChangesAfter(start, db).map((change) => change.tags)).toEqual([['site']]);
    expect(() => renameTopic(topic.id, ' ')).toThrow(refused('topic-name'));
    expect(() => renameTopic(topic.id, '!!!')).toThrow(refused('topic-no-letters'));
    expect(() => renameTopic(999_999, 'X')).toThrow(refused('topic-gone'));
  });
});
