import { describe, expect, it } from 'vitest';
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
