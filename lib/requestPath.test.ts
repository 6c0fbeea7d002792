import { describe, expect, it } from 'vitest';
import { normalisedPath } from './requestPath';

describe('normalisedPath', () => {
  it('reads a plain path as it is, without its query', () => {
    expect(normalisedPath('/')).toBe('/');
    expect(normalisedPath('/article/a?x=1')).toBe('/article/a');
    expect(normalisedPath('/m/search?q=/newsroom')).toBe('/m/search');
    expect(normalisedPath('/article/caf%C3%A9')).toBe('/article/café');
  });

  it('resolves dot segments, however they are spelled, as the router does', () => {
    for (const target of ['/x/../newsroom/login', '/x/%2e%2e/newsroom/login', '/x/%2E%2E/newsroom/login', '/x/.%2e/newsroom/login', '/./newsroom/./login', '/../../newsroom/login']) {
      expect(normalisedPath(target), target).toBe('/newsroom/login');
    }
    expect(normalisedPath('/m/..')).toBe('/');
  });

  it('collapses repeated slashes and backslashes, and drops a trailing one', () => {
    expect(normalisedPath('//newsroom//login/')).toBe('/newsroom/login');
    expect(normalisedPath('/\\newsroom\\login')).toBe('/newsroom/login');
    expect(normalisedPath('/x%2f..%2fnewsroom')).toBe('/newsroom');
    expect(normalisedPath('/m/')).toBe('/m');
  });

  it('drops tabs and line breaks, as URL parsers do', () => {
    expect(normalisedPath('/news\troom/lo\ngin')).toBe('/newsroom/login');
  });

  it('has no path for a target that is not one, or does not decode', () => {
    for (const target of ['*', 'http://evil.example/newsroom', 'evil.example:443', '', undefined, '/article/%', '/%c3%28']) {
      expect(normalisedPath(target), String(target)).toBeNull();
    }
  });
});
