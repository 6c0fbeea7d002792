import { describe, expect, it } from 'vitest';
import { parsePageParameter, parsePageSegments } from './pageNumber';

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

describe('parsePageParameter', () => {
  it('reads an absent parameter as page one and whole numbers as pages', () => {
    expect(parsePageParameter(null)).toBe(1);
    expect(parsePageParameter('1')).toBe(1);
    expect(parsePageParameter('3')).toBe(3);
  });

  it.each(['', '0', '-2', '02', '2.0', 'x', '1e2', '9999999', ' 2'])('refuses %j', (value) => {
    expect(parsePageParameter(value)).toBeNull();
  });
});
