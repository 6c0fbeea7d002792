import { describe, expect, it } from 'vitest';
import { MAX_TOPIC_LENGTH, STORY_TEXT_LIMITS } from '../textLimits';
import { checkStoryForm, instantToZonedTime, readIntent, readStoryForm, zonedTimeToInstant, type StoryFormValues } from './storyForm';

const known = { sectionIds: new Set([1, 2]), authorIds: new Set([5]), timeZone: 'Asia/Kolkata' };
const values: StoryFormValues = {
  headline: ' Monsoon arrives early ',
  standfirst: 'A week ahead of forecast.',
  slug: '',
  categoryId: '2',
  authorId: '5',
  tags: 'Monsoon, Kerala, monsoon,  ',
  body: 'It rained.\n\n<script>alert(1)</script>',
  imageAlt: 'Rain over Kochi',
  imageCredit: 'Staff',
  sourceName: '',
  sourceUrl: '',
  disclaimer: '',
  publishAt: '2026-12-01T09:30',
};

describe('checkStoryForm', () => {
  it('turns a good form into a story, reporting what the body lost', () => {
    const result = checkStoryForm(values, known);
    expect('story' in result && result.story).toMatchObject({
      headline: 'Monsoon arrives early',
      categoryId: 2,
      authorId: 5,
      tagNames: ['Monsoon', 'Kerala', 'monsoon'],
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'It rained.' }] }],
      publishAt: new Date('2026-12-01T04:00:00Z'),
      dropped: ['html'],
    });
  });

  it('puts an error beside each field that needs one', () => {
    const result = checkStoryForm(
      { ...values, headline: '', standfirst: ' ', slug: 'Bad Slug', categoryId: '9', authorId: 'x', body: '<p>only html</p>', imageAlt: '', sourceUrl: 'javascript:alert(1)', publishAt: '2026-02-30T10:00' },
      known,
    );
    expect('errors' in result && Object.keys(result.errors).sort()).toEqual(
      ['authorId', 'body', 'categoryId', 'headline', 'imageAlt', 'publishAt', 'slug', 'sourceUrl', 'standfirst'].sort(),
    );
  });
});

describe('checkStoryForm and what it saves', () => {
  const story = (changes: Partial<StoryFormValues>) => {
    const result = checkStoryForm({ ...values, ...changes }, known);
    if (!('story' in result)) throw new Error(`Refused: ${JSON.stringify(result.errors)}`);
    return result.story;
  };
  const errors = (changes: Partial<StoryFormValues>) => {
    const result = checkStoryForm({ ...values, ...changes }, known);
    return 'errors' in result ? result.errors : {};
  };

  it('saves text without control characters, overrides or halves of characters', () => {
    const saved = story({
      headline: 'Monsoon\u0000 arrives\u202E early\u001B[2J',
      standfirst: 'A week\r\nahead\tof forecast\uFFFF.',
      tags: 'Mon\u0085soon, Kerala\uD800',
      imageAlt: 'Rain\u0007',
      imageCredit: 'Staff\u2066',
      sourceName: 'Wire\u0008',
      disclaimer: 'None\u009B',
      body: 'It\u0000 rained\u202E.',
    });
    expect(saved).toMatchObject({
      headline: 'Monsoon arrives early[2J',
      standfirst: 'A week ahead of forecast.',
      tagNames: ['Monsoon', 'Kerala'],
      imageAlt: 'Rain',
      imageCredit: 'Staff',
      sourceName: 'Wire',
      disclaimer: 'None',
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'It rained.' }] }],
    });
  });

  // Paragraphs (a body's paragraph holds at most 20,000 characters) joined by `separator`, `length` characters once line breaks are one.
  const paragraphs = (length: number, separator = '\n\n') => {
    const count = Math.ceil(length / 1_000);
    const last = length - (count - 1) * 1_000;
    return [...Array.from({ length: count - 1 }, () => 'a'.repeat(998)), 'a'.repeat(last)].join(separator);
  };
  const typed = (field: keyof StoryFormValues, length: number) => (field === 'body' ? paragraphs(length) : 'a'.repeat(length));

  it.each([
    ['headline', STORY_TEXT_LIMITS.headline],
    ['standfirst', STORY_TEXT_LIMITS.standfirst],
    ['imageAlt', STORY_TEXT_LIMITS.imageAlt],
    ['imageCredit', STORY_TEXT_LIMITS.imageCredit],
    ['sourceName', STORY_TEXT_LIMITS.sourceName],
    ['disclaimer', STORY_TEXT_LIMITS.disclaimer],
    ['body', STORY_TEXT_LIMITS.body],
  ] as const)('takes a %s of %i characters and refuses one more, beside the field', (field, limit) => {
    expect(errors({ [field]: typed(field, limit) })).toEqual({});
    expect(Object.keys(errors({ [field]: typed(field, limit + 1) }))).toEqual([field]);
  });

  it('counts a line break as one character, as the browser does, though it sends two', () => {
    const body = paragraphs(STORY_TEXT_LIMITS.body, '\r\n\r\n');
    expect(body.length).toBeGreaterThan(STORY_TEXT_LIMITS.body);
    expect(errors({ body })).toEqual({});
  });

  it('takes topics and slugs in any script, and refuses a topic with no letter or digit beside the topics', () => {
    expect(story({ tags: '日本語, हिन्दी, Россия', slug: '東京で初雪-2' })).toMatchObject({ tagNames: ['日本語', 'हिन्दी', 'Россия'], slug: '東京で初雪-2' });
    expect(errors({ tags: 'Kerala, !!!' })).toEqual({ tags: 'Give each topic a letter or a digit: “!!!” has none.' });
    for (const slug of ['Upper-Case', 'two--hyphens', '-leading', 'trailing-', 'spa ce', 'café']) expect(Object.keys(errors({ slug })), slug).toEqual(['slug']);
  });

  it('refuses a topic over its length, and a slug over its length', () => {
    expect(errors({ tags: `Kerala, ${'a'.repeat(MAX_TOPIC_LENGTH + 1)}` })).toEqual({ tags: `Keep each topic within ${MAX_TOPIC_LENGTH} characters.` });
    expect(Object.keys(errors({ slug: 'a'.repeat(STORY_TEXT_LIMITS.slug + 1) }))).toEqual(['slug']);
  });

  it('refuses 11 MB of text at once, without reading it', () => {
    const started = performance.now();
    expect(errors({ body: '\u0000a'.repeat(5_500_000), headline: 'a\u0000'.repeat(5_500_000) })).toEqual({
      body: 'Keep the story within 100,000 characters.',
      headline: 'Keep the headline within 200 characters.',
    });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it.each([
    ['nested too deep', '> '.repeat(20) + 'words', 'Quotations and lists, and bold, italic and links, can be nested at most 8 deep.'],
    ['of too many lines', 'line\n'.repeat(2_001), 'Keep the story within 2,000 lines (a paragraph can be one line).'],
    ['with a paragraph too long', 'word '.repeat(5_000), expect.stringMatching(/^A part of the story is too long: keep each paragraph or quotation within 20,000 characters/)],
    ['of only HTML', '<p>only html</p>', 'Write the story: at least one paragraph.'],
  ])('explains beside the story why one %s is refused', (_name, body, message) => {
    expect(errors({ body })).toEqual({ body: message });
  });
});

describe('reading the form', () => {
  it('reads every field as text, and an unknown intent as a save', () => {
    const form = new FormData();
    form.set('headline', 'H');
    form.set('intent', 'delete-everything');
    expect(readStoryForm(form).headline).toBe('H');
    expect(readStoryForm(form).body).toBe('');
    expect(readIntent(form)).toBe('save');
    form.set('intent', 'publish');
    expect(readIntent(form)).toBe('publish');
  });
});

describe('zonedTimeToInstant', () => {
  it('reads wall-clock time in the newsroom’s zone, including summer time elsewhere', () => {
    expect(zonedTimeToInstant('2026-12-01T09:30', 'Asia/Kolkata')).toEqual(new Date('2026-12-01T04:00:00Z'));
    expect(zonedTimeToInstant('2026-07-01T12:00', 'Europe/London')).toEqual(new Date('2026-07-01T11:00:00Z'));
    expect(zonedTimeToInstant('2026-01-01T12:00', 'Europe/London')).toEqual(new Date('2026-01-01T12:00:00Z'));
    expect(zonedTimeToInstant('tomorrow', 'Asia/Kolkata')).toBeNull();
  });
});

describe('instantToZonedTime', () => {
  it('is the inverse of zonedTimeToInstant', () => {
    expect(instantToZonedTime(new Date('2026-12-01T04:00:00Z'), 'Asia/Kolkata')).toBe('2026-12-01T09:30');
    expect(zonedTimeToInstant(instantToZonedTime(new Date('2026-07-01T11:00:00Z'), 'Europe/London'), 'Europe/London')).toEqual(new Date('2026-07-01T11:00:00Z'));
  });
});
