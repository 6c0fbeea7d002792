import { describe, expect, it } from 'vitest';
import { initialBreakingNewsEndField, readBreakingNewsForm } from './breakingNewsForm';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('the breaking-news form', () => {
  it('reads the story and the end, typed on the newsroom’s clock', () => {
    expect(readBreakingNewsForm(form({ storyId: '12', endsAt: '2026-12-01T09:30' }), 'Asia/Kolkata')).toEqual({
      storyId: 12,
      endsAt: new Date('2026-12-01T04:00:00Z'),
    });
    expect(readBreakingNewsForm(form({ storyId: '12', endsAt: '2026-07-01T12:00' }), 'Europe/London')).toEqual({
      storyId: 12,
      endsAt: new Date('2026-07-01T11:00:00Z'),
    });
  });

  it('says what is missing or unreadable', () => {
    expect(readBreakingNewsForm(form({ endsAt: '2026-12-01T09:30' }), 'Asia/Kolkata')).toEqual({ refusal: 'breaking-no-story' });
    expect(readBreakingNewsForm(form({ storyId: '', endsAt: '2026-12-01T09:30' }), 'Asia/Kolkata')).toEqual({ refusal: 'breaking-no-story' });
    expect(readBreakingNewsForm(form({ storyId: '1 or 1=1', endsAt: '2026-12-01T09:30' }), 'Asia/Kolkata')).toEqual({ refusal: 'breaking-no-story' });
    for (const endsAt of ['', 'tomorrow', '2026-02-30T09:30', '2026-12-01T25:00']) {
      expect(readBreakingNewsForm(form({ storyId: '12', endsAt }), 'Asia/Kolkata'), endsAt).toEqual({ refusal: 'breaking-end-unreadable' });
    }
    expect(readBreakingNewsForm(form({ storyId: '12' }), 'Asia/Kolkata')).toEqual({ refusal: 'breaking-end-unreadable' });
  });

  it('first shows an end two hours ahead, as the field writes it, which reads back to the same minute', () => {
    const now = new Date('2026-12-01T04:00:30Z');
    const field = initialBreakingNewsEndField(now, 'Asia/Kolkata');
    expect(field).toBe('2026-12-01T11:30');
    expect(readBreakingNewsForm(form({ storyId: '1', endsAt: field }), 'Asia/Kolkata')).toEqual({ storyId: 1, endsAt: new Date('2026-12-01T06:00:00Z') });
  });
});
