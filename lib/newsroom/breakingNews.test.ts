import { describe, expect, it } from 'vitest';
import { breakingNewsEndRefusal, defaultBreakingNewsEnd, isBreakingNewsUp, MAX_BREAKING_NEWS_HOURS } from './breakingNews';

const NOW = new Date('2026-12-01T04:00:00Z');
const HOUR_MS = 60 * 60 * 1000;
const after = (ms: number) => new Date(NOW.getTime() + ms);

describe('the breaking-news strip’s rules', () => {
  it('keep a strip up until its end, unless it was cleared', () => {
    expect(isBreakingNewsUp({ endsAt: after(1), clearedAt: null }, NOW)).toBe(true);
    expect(isBreakingNewsUp({ endsAt: NOW, clearedAt: null }, NOW)).toBe(false);
    expect(isBreakingNewsUp({ endsAt: after(HOUR_MS), clearedAt: after(-1) }, NOW)).toBe(false);
  });

  it('take an end in the future, up to the longest a strip may stay', () => {
    expect(breakingNewsEndRefusal(after(1), NOW)).toBeNull();
    expect(breakingNewsEndRefusal(after(MAX_BREAKING_NEWS_HOURS * HOUR_MS), NOW)).toBeNull();
    expect(breakingNewsEndRefusal(NOW, NOW)).toBe('publish-time-past');
    expect(breakingNewsEndRefusal(after(-HOUR_MS), NOW)).toBe('publish-time-past');
    expect(breakingNewsEndRefusal(after(MAX_BREAKING_NEWS_HOURS * HOUR_MS + 1), NOW)).toBe('breaking-end-too-far');
  });

  it('suggest an end that they take', () => {
    expect(breakingNewsEndRefusal(defaultBreakingNewsEnd(NOW), NOW)).toBeNull();
    expect(defaultBreakingNewsEnd(NOW)).toEqual(after(2 * HOUR_MS));
  });
});
