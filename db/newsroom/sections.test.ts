import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { categories, tags } from '../schema';
import { setUpTestDatabase } from '../testing/testDatabase';
import { Refused } from '../../lib/newsroomRefusals';
import { createSection, renameSection } from './sections';
import { renameTopic } from './topics';

const refused = (refusal: Refused['refusal']) => expect.objectContaining({ name: 'Refused', refusal });

const testDb = setUpTestDatabase();

describe('sections', () => {
  it('are created last in the navigation and renamed in place, each change reaching every page', () => {
    const { db } = testDb();
    const start = latestContentChangeId(db);
    const id = createSection(db, { name: 'Science & Space', description: '' });
    const created = db.select().from(categories).where(eq(categories.id, id)).get();
    expect(created).toMatchObject({ slug: 'science-and-space', name: 'Science & Space' });
    renameSection(db, id, { name: 'Science', description: 'Research and discovery.' });
    expect(db.select().from(categories).where(eq(categories.id, id)).get()).toMatchObject({ slug: 'science-and-space', name: 'Science' });
    expect(listContentChangesAfter(db, start).map((change) => change.tags)).toEqual([['site'], ['site']]);
  });

  it('refuse a name without letters, a taken address, and an unknown section', () => {
    const { db } = testDb();
    expect(() => createSection(db, { name: '  ', description: '' })).toThrow(refused('section-unnamed'));
    expect(() => createSection(db, { name: 'Defence', description: '' })).toThrow(refused('section-address-taken'));
    expect(() => renameSection(db, 999_999, { name: 'X', description: '' })).toThrow(refused('section-gone'));
  });
});

describe('topics', () => {
  it('are renamed in place, telling every page', () => {
    const { db } = testDb();
    const topic = db.select().from(tags).where(eq(tags.slug, 'russia')).get()!;
    const start = latestContentChangeId(db);
    renameTopic(db, topic.id, 'Russian Federation');
    expect(db.select().from(tags).where(eq(tags.id, topic.id)).get()).toMatchObject({ slug: 'russia', name: 'Russian Federation' });
    expect(listContentChangesAfter(db, start).map((change) => change.tags)).toEqual([['site']]);
    expect(() => renameTopic(db, topic.id, ' ')).toThrow(refused('topic-name'));
    expect(() => renameTopic(db, 999_999, 'X')).toThrow(refused('topic-gone'));
  });
});
