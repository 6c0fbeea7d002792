import { describe, expect, it } from 'vitest';
import { parseStoredId } from './storedId';

describe('parseStoredId', () => {
  it('reads digits only, and no more of them than an id has', () => {
    expect(parseStoredId('12')).toBe(12);
    expect(parseStoredId('007')).toBe(7);
    for (const text of ['', ' 12', '12 ', '-1', '1e3', '1.5', '9999999999', '０１', null, undefined, 12, ['12']]) {
      expect(parseStoredId(text), String(text)).toBeNull();
    }
  });
});
