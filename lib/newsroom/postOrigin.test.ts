import { describe, expect, it } from 'vitest';
import { isOwnOriginPost, postSourceOf } from './postOrigin';

const SITE = new URL('https://nationexpress.example');
const LOCAL = new URL('http://127.0.0.1:3000');
const source = (overrides: Partial<Parameters<typeof isOwnOriginPost>[0]>) => ({
  origin: undefined,
  fetchSite: undefined,
  host: 'nationexpress.example',
  forwardedProto: undefined,
  ...overrides,
});

describe('isOwnOriginPost', () => {
  it('accepts the site’s own origin', () => {
    expect(isOwnOriginPost(source({ origin: SITE.origin }), SITE)).toBe(true);
    expect(isOwnOriginPost(source({ origin: SITE.origin, fetchSite: 'same-origin' }), SITE)).toBe(true);
  });

  it('accepts the origin the request was addressed to on a loopback name, with the scheme it came by', () => {
    expect(isOwnOriginPost(source({ origin: 'http://localhost:3000', host: 'localhost:3000' }), LOCAL)).toBe(true);
    expect(isOwnOriginPost(source({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }), LOCAL)).toBe(true);
    expect(isOwnOriginPost(source({ origin: 'https://localhost:3000', host: 'localhost:3000', forwardedProto: 'https' }), LOCAL)).toBe(true);
    expect(isOwnOriginPost(source({ origin: 'https://localhost:3000', host: 'localhost:3000' }), LOCAL)).toBe(false);
  });

  it('refuses a host that is neither the site’s nor this machine’s, even when Origin matches it (DNS rebinding)', () => {
    expect(isOwnOriginPost(source({ origin: 'http://rebind.attacker.example:3000', host: 'rebind.attacker.example:3000' }), LOCAL)).toBe(false);
    expect(isOwnOriginPost(source({ origin: 'https://intranet.example', host: 'intranet.example', forwardedProto: 'https' }), SITE)).toBe(false);
  });

  it('refuses the site’s Origin on a request addressed to another host, which Next.js would fail with a 500', () => {
    expect(isOwnOriginPost(source({ origin: LOCAL.origin, host: 'localhost:3000' }), LOCAL)).toBe(false);
    expect(isOwnOriginPost(source({ origin: SITE.origin, host: '127.0.0.1:3000' }), SITE)).toBe(false);
  });

  it('refuses a post with no Origin, a foreign one, or null', () => {
    for (const origin of [undefined, 'null', 'https://evil.example', 'https://nationexpress.example.evil.example', 'http://nationexpress.example', '']) {
      expect(isOwnOriginPost(source({ origin }), SITE), String(origin)).toBe(false);
    }
  });

  it('refuses a post the browser says came from another site, whatever its Origin', () => {
    for (const fetchSite of ['cross-site', 'same-site', 'none']) expect(isOwnOriginPost(source({ origin: SITE.origin, fetchSite }), SITE)).toBe(false);
  });
});

describe('postSourceOf', () => {
  it('compares Origin with the forwarded host where a trusted proxy left one, else with Host', () => {
    const headers: Record<string, string> = { origin: SITE.origin, host: '127.0.0.1:3000', 'x-forwarded-proto': 'https' };
    expect(postSourceOf((name) => headers[name])).toEqual({ origin: SITE.origin, fetchSite: undefined, host: '127.0.0.1:3000', forwardedProto: 'https' });
    headers['x-forwarded-host'] = 'nationexpress.example';
    expect(isOwnOriginPost(postSourceOf((name) => headers[name]), SITE)).toBe(true);
  });
});
