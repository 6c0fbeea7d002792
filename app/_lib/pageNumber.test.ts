import { describe, expect, it } from 'vitest';
import { parsePageSegments } from './pageNumber';

describe('parsePageSegments', () => {
  it('reads no tail as page one', () => {
    expect(parsePageSegments(undefined)).toBe(1);
    expect(parsePageSegments([])).toBe(1);
  });

  it('reads page/N for N ≥ 2', () => {
    expect(parsePageSegments(['page', '2'])).toBe(2);
    expect(parsePageSegments(['page', '999999'])).toBe(999999);
  });

  it.each([
    [['page', '1']],
    [['page', '0']],
    [['page', '-1']],
    [['page', '01']],
    [['page', '2.5']],
    [['page', 'abc']],
    [['page', '1e3']],
    [['page', '9999999']],
    [['page', '']],
    [['page']],
    [['pages', '2']],
    [['page', '2', 'extra']],
  ])('refuses %j', (segments) => {
    expect(parsePageSegments(segments)).toBeNull();
  });
});
