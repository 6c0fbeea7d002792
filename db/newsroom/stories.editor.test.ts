import { describe, expect, it } from 'vitest';
import { markdownToBody } from '../../lib/newsroom/markdownBody';
import { storyFormValues } from '../../lib/newsroom/storyForm';
import { SITE_TIME_ZONE } from '../../lib/site';
import { articles } from '../schema';
import { setUpTestDatabase } from '../testing/testDatabase';
import { getStoryForEditing } from './stories';

const testDb = setUpTestDatabase();

describe('stories opened in the editor', () => {
  it('show every demo story in Markdown that reads back as the same body', () => {
    const stored = testDb().db.select({ id: articles.id, slug: articles.slug }).from(articles).all();
    expect(stored.length).toBeGreaterThan(40);
    for (const { id, slug } of stored) {
      const story = getStoryForEditing(id);
      if (!story) throw new Error(`Story ${slug} is missing`);
      const { body: again, dropped } = markdownToBody(storyFormValues(story, SITE_TIME_ZONE).body);
      expect(dropped, slug).toEqual([]);
      expect(again, slug).toEqual(story.body);
    }
  });
});
