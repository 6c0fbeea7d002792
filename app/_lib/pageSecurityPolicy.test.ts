import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { applyPageSecurityPolicy, desktopPagePolicy, inlineScriptHashes, inlineStyleHashes, mobilePagePolicy } from './pageSecurityPolicy';

// `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`, and the same for the stylesheet.
const ALERT_HASH = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const STYLE_HASH = "'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='";

const page = (html: string) => Buffer.from(html);

describe('inlineScriptHashes', () => {
  it('hashes the inline scripts a browser runs, once each', () => {
    const html = page('<p>x</p><script>alert(1)</script><script type="module">alert(1)</script><script\n>alert(1)</script>');
    expect(inlineScriptHashes(html)).toEqual([ALERT_HASH]);
  });

  it('leaves out external scripts, data blocks and other elements', () => {
    const html = page(
      '<script src="/_next/static/a.js" async=""></script><script type="application/ld+json">alert(1)</script><scripts>alert(1)</scripts>',
    );
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('does not hash a script tag spelled in capitals, so such a script stays blocked', () => {
    expect(inlineScriptHashes(page('<SCRIPT>alert(1)</SCRIPT>'))).toEqual([]);
  });

  it('stops at an unclosed script rather than hashing the rest of the page', () => {
    expect(inlineScriptHashes(page('<script>alert(1)'))).toEqual([]);
  });
});

describe('the policies', () => {
  it('allow a desktop page its own scripts and stylesheets, and nothing from elsewhere', () => {
    const policy = desktopPagePolicy(page('<style>body{margin:0}</style><script>alert(1)</script>'));
    expect(policy).toContain(`script-src 'self' ${ALERT_HASH};`);
    expect(policy).toContain(`style-src 'self' ${STYLE_HASH};`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('let a mobile page run no script at all, even one it contains', () => {
    const html = page('<style>body{margin:0}</style><script>alert(1)</script>');
    expect(inlineStyleHashes(html)).toEqual([STYLE_HASH]);
    const policy = mobilePagePolicy(html);
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain(`style-src ${STYLE_HASH};`);
    expect(policy).not.toContain(ALERT_HASH);
  });
});

async function serve(respond: (response: ServerResponse) => void) {
  const server = createServer((request, response) => {
    applyPageSecurityPolicy(request, response);
    respond(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('applyPageSecurityPolicy', () => {
  it('holds a streamed page until it ends, then sends it whole with the policy for its scripts', async () => {
    const { base, close } = await serve((response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.flushHeaders();
      response.write('<html><body><script>ale');
      response.write(Buffer.from('rt(1)</script>'));
      setTimeout(() => response.end('</body></html>'), 10);
    });
    const desktop = await fetch(`${base}/story/a`);
    const mobile = await fetch(`${base}/m/story/a`);
    await close();
    expect(desktop.headers.get('content-security-policy')).toContain(`script-src 'self' ${ALERT_HASH};`);
    expect(await desktop.text()).toBe('<html><body><script>alert(1)</script></body></html>');
    expect(mobile.headers.get('content-security-policy')).toContain("script-src 'none'");
  });

  it('passes other responses straight through, without a policy', async () => {
    const { base, close } = await serve((response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end('{"a":1}');
    });
    const response = await fetch(`${base}/feed.json`);
    await close();
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.json()).toEqual({ a: 1 });
  });
});
