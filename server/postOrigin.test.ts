import { describe, expect, it } from 'vitest';
import { postOriginRefusal } from './postOrigin';

const LOCAL = new URL('http://127.0.0.1:3000');

describe('postOriginRefusal', () => {
  const headers = { host: '127.0.0.1:3000', 'content-length': '10' };
  it('answers a newsroom post from elsewhere with a 403', () => {
    for (const origin of [undefined, 'null', 'https://evil.example']) {
      for (const path of ['/newsroom/sections', '/newsroom/session', '/newsroom/stories/12?x=1', '/newsroom']) {
        expect(postOriginRefusal('POST', path, { ...headers, origin, 'next-action': 'abc' }, LOCAL), `${origin} ${path}`).toMatchObject({ status: 403 });
      }
    }
  });

  it('lets the site’s own posts, and every other request, through', () => {
    expect(postOriginRefusal('POST', '/newsroom/sections', { ...headers, origin: LOCAL.origin }, LOCAL)).toBeNull();
    expect(postOriginRefusal('GET', '/newsroom/sections', {}, LOCAL)).toBeNull();
    expect(postOriginRefusal('POST', '/search', {}, LOCAL)).toBeNull();
  });
});
