import { describe, expect, it } from 'vitest';
import { editorChoices } from './editorChoices';

const sections = [{ id: 1, slug: 'world', name: 'World' }];
const authors = [
  { id: 7, slug: 'asha-rao', name: 'Asha Rao' },
  { id: 8, slug: 'news-desk', name: 'News Desk' },
];

describe('editorChoices', () => {
  it('offers every section, and only the bylines the person may write under, as ids and names', () => {
    expect(editorChoices({ role: 'editor', authorId: null }, sections, authors)).toEqual({
      sections: [{ id: 1, name: 'World' }],
      bylines: [
        { id: 7, name: 'Asha Rao' },
        { id: 8, name: 'News Desk' },
      ],
    });
    expect(editorChoices({ role: 'author', authorId: 7 }, sections, authors).bylines).toEqual([{ id: 7, name: 'Asha Rao' }]);
    expect(editorChoices({ role: 'contributor', authorId: null }, sections, authors).bylines).toEqual([]);
  });
});
