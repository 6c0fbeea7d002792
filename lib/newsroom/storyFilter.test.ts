import { describe, expect, it } from 'vitest';
import { parseStoryFilter } from './storyFilter';

const known = { categoryIds: new Set([1, 2]), authorIds: new Set([7]) };

describe('parseStoryFilter', () => {
  it('reads known states, sections and bylines', () => {
    expect(parseStoryFilter({ status: 'scheduled', category: '2', author: '7' }, known)).toEqual({
      status: 'scheduled',
      categoryId: 2,
      authorId: 7,
    });
  });

  it('ignores what is unknown, malformed or repeated', () => {
    for (const query of [
      { status: 'deleted', category: '3', author: '8' },
      { status: ['draft', 'published'], category: '1e3', author: '-7' },
      { status: '', category: '99999999999999999999', author: ' 7' },
      {},
    ]) {
      expect(parseStoryFilter(query, known)).toEqual({ status: undefined, categoryId: undefined, authorId: undefined });
    }
  });
});
