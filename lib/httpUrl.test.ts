import { describe, expect, it } from 'vitest';
import { toHttpUrl } from './httpUrl';

describe('toHttpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(toHttpUrl('https://example.org/report?id=1')).toBe('https://example.org/report?id=1');
    expect(toHttpUrl('http://example.org')).toBe('http://example.org/');
  });

  it.each([null, undefined, '', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '/relative', 'example.org', 'ftp://x.org'])(
    'refuses %j',
    (value) => {
      expect(toHttpUrl(value)).toBeNull();
    },
  );
});
