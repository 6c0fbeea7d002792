import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../prepare';
import { SEED_ARTICLES } from '../seed/articles/index';
import { SEED_AUTHORS } from '../seed/authors';
import { SEED_CATEGORIES } from '../seed/categories';
import { countPublishedStories, newestPublishedStoryId, sampleSite, sqliteVersion } from './benchmarkDatabase';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-benchmark-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('what the benchmarks read of their database', () => {
  const file = path.join(directory, 'site.sqlite');
  beforeAll(() => prepareDatabase(file, { demoContent: true }));

  it('counts the published stories and finds the newest', () => {
    expect(countPublishedStories(file)).toBe(SEED_ARTICLES.length);
    expect(newestPublishedStoryId(file)).toEqual(expect.any(Number));
  });

  it('samples addresses for traffic: newest and random stories, every section with its size, topics and bylines', () => {
    const sample = sampleSite(file, { latest: 3, random: 5, topics: 4 });
    const newestFirst = [...SEED_ARTICLES].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
    expect(sample.latestSlugs).toEqual(newestFirst.slice(0, 3).map((article) => article.slug));
    expect(sample.randomSlugs).toHaveLength(5);
    expect(new Set(sample.randomSlugs).size).toBe(5);
    expect(sample.sections.reduce((sum, section) => sum + section.stories, 0)).toBe(SEED_ARTICLES.length);
    const sectionOrder = SEED_CATEGORIES.map((category) => category.slug);
    expect(sample.sections.map((section) => section.slug)).toEqual(sectionOrder.filter((slug) => sample.sections.some((section) => section.slug === slug)));
    expect(sample.topicSlugs).toHaveLength(4);
    expect([...sample.authorSlugs].sort()).toEqual(SEED_AUTHORS.map((author) => author.slug).sort());
  });

  it('names the SQLite version', () => {
    expect(sqliteVersion()).toMatch(/^3\.\d+\.\d+$/);
  });
});
