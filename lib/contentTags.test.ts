import { describe, expect, it } from 'vitest';
import { storyChangeTags } from './contentTags';

const story = { slug: 'kudankulam-expansion', categorySlug: 'india-russia', authorSlug: 'news-desk', tagSlugs: ['nuclear', 'energy'] };

describe('storyChangeTags', () => {
  it('sends an edit to the pages showing the story, its feeds and its sitemap entry only', () => {
    expect(storyChangeTags('edited', story).sort()).toEqual(['feeds', 'sitemaps', 'story:kudankulam-expansion']);
  });

  it('sends a publication to every listing the story is in, and the latest stories', () => {
    expect(storyChangeTags('relisted', story).sort()).toEqual([
      'author:news-desk',
      'category:india-russia',
      'feeds',
      'latest',
      'sitemaps',
      'story:kudankulam-expansion',
      'topic:energy',
      'topic:nuclear',
    ]);
  });

  it('covers where a moved story was as well as where it is, once each', () => {
    const moved = { ...story, slug: 'kudankulam-expansion-renamed', categorySlug: 'economy', tagSlugs: ['energy'] };
    const tags = storyChangeTags('relisted', story, moved);
    expect(tags).toEqual(expect.arrayContaining(['story:kudankulam-expansion', 'story:kudankulam-expansion-renamed', 'category:india-russia', 'category:economy']));
    expect(new Set(tags).size).toBe(tags.length);
  });
});
