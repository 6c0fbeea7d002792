import { describe, expect, it } from 'vitest';
import { markdownToBody } from '../../lib/newsroom/markdownBody';
import { storyFormValues } from '../../lib/newsroom/storyForm';
import { SITE_TIME_ZONE } from '../../lib/site';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { getStoryForEditing } from './stories';

describe.each(TEST_ENGINES)('stories opened in the editor on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  it('show every demo story in Markdown that reads back as the same body', async () => {
    const { read, tables: t } = testStore().store;
    const stored = await read.select({ id: t.articles.id, slug: t.articles.slug }).from(t.articles);
    expect(stored.length).toBeGreaterThan(40);
    for (const { id, slug } of stored) {
      const story = await getStoryForEditing(id);
      if (!story) throw new Error(`Story ${slug} is missing`);
      const { body: again, dropped } = markdownToBody(storyFormValues(story, SITE_TIME_ZONE).body);
      expect(dropped, slug).toEqual([]);
      expect(again, slug).toEqual(story.body);
    }
  });
});
