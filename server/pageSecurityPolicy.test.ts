import { createHash } from 'node:crypto';
import { createServer, get, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { normalisedPath } from '../lib/requestPath';
import { getMobileStylesheet } from '../app/_lib/mobileStylesheet';
import { applyPageSecurityPolicy, desktopPagePolicy, frameworkScriptHashes, isDevelopmentBootstrapScript, isFrameworkScript, mobilePagePolicy } from './pageSecurityPolicy';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (html: string) => Buffer.from(html);

// Inline scripts exactly as Next.js 16 writes them into a built page (curl of the home page).
const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const DATA_PUSH = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[\\"/_next/static/chunks/0j1we3cwg31qe.js\\"],\\"default\\"]\\n"])';
const ESCAPED_PUSH = 'self.__next_f.push([1,"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"])';
const BYTES_PUSH = 'self.__next_f.push([3,"AAECAw=="])';
const CHUNK_LIST =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0j1we3cwg31qe.js","static/chunks/3jua5gvtt1jpt.js"],"runtimeModuleIds":[94553]});';
const FRAMEWORK_SCRIPTS = [BOOTSTRAP, DATA_PUSH, ESCAPED_PUSH, BYTES_PUSH, CHUNK_LIST];

// Scripts something else put into a page: none may be allowed, however close to the framework's own.
const HOSTILE_SCRIPTS = [
  'alert(1)',
  'window.injectedScriptRan = true;',
  '',
  'self.__next_f.push(alert(1))',
  'self.__next_f.push([1,"x"]);alert(1)',
  'self.__next_f.push([1,"x"]),alert(1)',
  'self.__next_f.push([1,"x"])\nalert(1)',
  'alert(1);self.__next_f.push([1,"x"])',
  'self.__next_f.push([1,"x"])//',
  'self.__next_f.push([1,"x"]/*)*/)',
  'self.__next_f.push([1,"x"])&&alert(1)',
  'self.__next_f.push([1,"x"],alert(1))',
  'self.__next_f.push([1,"x"+alert(1)])',
  'self.__next_f.push([1,`${alert(1)}`])',
  "self.__next_f.push([1,'x'])",
  'self.__next_f.push([1,x])',
  'self.__next_f.push([1,"x"]).constructor.constructor("alert(1)")()',
  'self.__next_f.push({"1":"x"})',
  'self.__next_f.push([2,{"a":1}])',
  'self.__next_f.push([1,"x","y"])',
  'self.__next_f.push([1,1])',
  'self.__next_f.push = alert; self.__next_f.push([1,"x"])',
  'self.__next_f.pushx([1,"x"])',
  ' self.__next_f.push([1,"x"])',
  'top.__next_f.push([1,"x"])',
  `${BOOTSTRAP};alert(1)`,
  `${BOOTSTRAP}\n`,
  '(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"x"])',
  '(self.__next_f=alert||[]).push([0])',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":1});alert(1);',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":1}),alert({});',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([1]);',
  '(globalThis["alert"] || (globalThis["alert"] = [])).push({"a":1});',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({a:alert(1)});',
];

describe('isFrameworkScript', () => {
  it('recognises what Next.js writes into a page', () => {
    for (const script of FRAMEWORK_SCRIPTS) expect(isFrameworkScript(script), script).toBe(true);
  });

  it('recognises nothing else, however close to it', () => {
    for (const script of HOSTILE_SCRIPTS) expect(isFrameworkScript(script), script).toBe(false);
  });
});

// What Next.js's development server (`npm run dev`) writes before its bootstrap (curl of the home page).
const DEVELOPMENT_BOOTSTRAP = 'self.__next_r="Ox2a6coxY53bf0YmWhzXY";var __nextHmrInitialVersion="0";';
const DEVELOPMENT_SCRIPTS = [DEVELOPMENT_BOOTSTRAP, 'self.__next_r="Ox2a6coxY53bf0YmWhzXY"', 'self.__next_r="a\\"b\\u003c"'];
const HOSTILE_DEVELOPMENT_SCRIPTS = [
  'self.__next_r="x";alert(1)',
  'self.__next_r="x"+alert(1)+"y"',
  'self.__next_r=alert(1)',
  "self.__next_r='x'",
  'self.__next_r="x"\n',
  'self.__next_r="x";',
  'self.__next_r="x";var __nextHmrInitialVersion=alert(1);',
  'self.__next_r="x";var __nextHmrInitialVersion="0";alert(1)',
  'self.__next_r="x";var __nextHmrInitialVersion="0"',
  'self.__next_r="a\nb"',
  'top.__next_r="x"',
  ' self.__next_r="x"',
];

describe('isDevelopmentBootstrapScript', () => {
  it('recognises the script Next.js’s development server adds', () => {
    for (const script of DEVELOPMENT_SCRIPTS) expect(isDevelopmentBootstrapScript(script), script).toBe(true);
  });

  it('recognises nothing else, however close to it', () => {
    for (const script of [...HOSTILE_DEVELOPMENT_SCRIPTS, ...HOSTILE_SCRIPTS, ...FRAMEWORK_SCRIPTS]) expect(isDevelopmentBootstrapScript(script), script).toBe(false);
  });

  it('is not a script the production server writes', () => {
    expect(isFrameworkScript(DEVELOPMENT_BOOTSTRAP)).toBe(false);
  });
});

describe('frameworkScriptHashes', () => {
  it('hashes the development server’s own script in development mode only', () => {
    const html = page(`<script>${DEVELOPMENT_BOOTSTRAP}</script><script>${BOOTSTRAP}</script>${HOSTILE_DEVELOPMENT_SCRIPTS.map((script) => `<script>${script}</script>`).join('')}`);
    expect(frameworkScriptHashes(html, { dev: true })).toEqual([hashOf(DEVELOPMENT_BOOTSTRAP), hashOf(BOOTSTRAP)]);
    // Seen in development first, it is still not allowed in production.
    expect(frameworkScriptHashes(html)).toEqual([hashOf(BOOTSTRAP)]);
    expect(frameworkScriptHashes(html, { dev: false })).toEqual([hashOf(BOOTSTRAP)]);
  });

  it('hashes the framework’s inline scripts, once each', () => {
    const html = page(FRAMEWORK_SCRIPTS.map((script) => `<script>${script}</script>`).join('') + `<script id="_R_">${BOOTSTRAP}</script>`);
    expect(frameworkScriptHashes(html)).toEqual(FRAMEWORK_SCRIPTS.map(hashOf));
  });

  it('hashes no other inline script a page contains', () => {
    const html = page(`<p>x</p>${HOSTILE_SCRIPTS.map((script) => `<script>${script}</script>`).join('<p>y</p>')}<script type="module">alert(1)</script>`);
    expect(frameworkScriptHashes(html)).toEqual([]);
  });

  it('reads a page sent again the same way, however much of it it has seen before', () => {
    const own = FRAMEWORK_SCRIPTS.map((script) => `<script>${script}</script>`).join('');
    const first = frameworkScriptHashes(page(own));
    const altered = own.replace('[1,"1:', '[1,"2:').replace(BOOTSTRAP, `${BOOTSTRAP};alert(1)`);
    expect(frameworkScriptHashes(page(own))).toEqual(first);
    expect(frameworkScriptHashes(page(altered))).toHaveLength(FRAMEWORK_SCRIPTS.length - 1);
    expect(frameworkScriptHashes(page(altered))).not.toContain(hashOf(BOOTSTRAP));
  });

  it('leaves out external scripts, data blocks and other elements', () => {
    const html = page(`<script src="/_next/static/a.js" async="">${BOOTSTRAP}</script><script type="application/ld+json">${BOOTSTRAP}</script><scripts>${BOOTSTRAP}</scripts>`);
    expect(frameworkScriptHashes(html)).toEqual([]);
  });

  it('does not hash a script tag spelled in capitals, so such a script stays blocked', () => {
    expect(frameworkScriptHashes(page(`<SCRIPT>${BOOTSTRAP}</SCRIPT>`))).toEqual([]);
  });

  it('stops at an unclosed script rather than hashing the rest of the page', () => {
    expect(frameworkScriptHashes(page(`<script>${BOOTSTRAP}`))).toEqual([]);
  });
});

describe('the policies', () => {
  it('allow a desktop page its own files and the framework’s inline scripts, and no other inline code', () => {
    const policy = desktopPagePolicy(page(`<style>body{margin:0}</style><script>${BOOTSTRAP}</script><script>alert(1)</script>`));
    expect(policy).toContain(`script-src 'self' ${hashOf(BOOTSTRAP)};`);
    expect(policy).not.toContain(hashOf('alert(1)'));
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('differ in development mode only by the development server’s script, hashed like the framework’s', () => {
    const html = page(`<script>${DEVELOPMENT_BOOTSTRAP}</script><script>${BOOTSTRAP}</script><script>alert(1)</script>`);
    expect(desktopPagePolicy(html, { dev: true })).toBe(desktopPagePolicy(html).replace(`script-src 'self' `, `script-src 'self' ${hashOf(DEVELOPMENT_BOOTSTRAP)} `));
  });

  it('let a mobile page run no script at all, and use its own inline stylesheet and no other', () => {
    const stylesheet = getMobileStylesheet();
    const policy = mobilePagePolicy(page(`<style>${stylesheet}</style><script>alert(1)</script><p style="color:red">x</p>`));
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain(`style-src ${hashOf(stylesheet)};`);
    expect(policy).not.toContain('unsafe-inline');
    expect(mobilePagePolicy(page('<p>x</p>'))).toContain("style-src 'none';");
  });
});

async function serve(respond: (response: ServerResponse) => void, options: { dev?: boolean } = {}) {
  const server = createServer((request, response) => {
    applyPageSecurityPolicy(response, normalisedPath(request.url), options);
    respond(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The policy a path gets, sent as it is: fetch() would resolve its dot segments first. */
function policyOfRawPath(base: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { path }, (response) => {
      response.resume();
      resolve(String(response.headers['content-security-policy']));
    }).on('error', reject);
  });
}

describe('applyPageSecurityPolicy', () => {
  it('holds a streamed desktop page until it ends, then sends it whole with the policy for its scripts', async () => {
    const { base, close } = await serve((response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.flushHeaders();
      response.write('<html><body><script>(self.__next_f=self.__next_f||[])');
      response.write(Buffer.from('.push([0])</script><script>alert(1)</script>'));
      setTimeout(() => response.end('</body></html>'), 10);
    });
    const desktop = await fetch(`${base}/story/a`);
    const mobile = await fetch(`${base}/m/story/a`);
    await close();
    expect(desktop.headers.get('content-security-policy')).toContain(`script-src 'self' ${hashOf(BOOTSTRAP)};`);
    expect(await desktop.text()).toBe(`<html><body><script>${BOOTSTRAP}</script><script>alert(1)</script></body></html>`);
    expect(mobile.headers.get('content-security-policy')).toBe(mobilePagePolicy(page(`<script>${BOOTSTRAP}</script><script>alert(1)</script>`)));
  });

  it('in development mode, allows the development server’s script on desktop pages, and mobile pages nothing more', async () => {
    const { base, close } = await serve(
      (response) => {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(`<script>${DEVELOPMENT_BOOTSTRAP}</script><script>${BOOTSTRAP}</script>`);
      },
      { dev: true },
    );
    const desktop = await fetch(`${base}/`);
    const mobile = await fetch(`${base}/m`);
    await close();
    expect(desktop.headers.get('content-security-policy')).toContain(`script-src 'self' ${hashOf(DEVELOPMENT_BOOTSTRAP)} ${hashOf(BOOTSTRAP)};`);
    expect(mobile.headers.get('content-security-policy')).toBe(mobilePagePolicy(page('')));
  });

  it('decides mobile or desktop from the normalised path', async () => {
    const { base, close } = await serve((response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end('<p>x</p>');
    });
    const mobile = await policyOfRawPath(base, '/x/%2e%2e/m/story/a');
    const desktop = await policyOfRawPath(base, '/m/%2e%2e/story/a');
    await close();
    expect(mobile).toBe(mobilePagePolicy(page('<p>x</p>')));
    expect(desktop).toBe(desktopPagePolicy(page('<p>x</p>')));
  });

  it('passes other responses straight through, to the policy of responses that are not pages', async () => {
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
