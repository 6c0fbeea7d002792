import { createHash } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { getMobileStylesheet } from '../app/_lib/mobileStylesheet';
import { applyNewsroomHeaders, newsroomContentSecurityPolicy } from './newsroomResponse';

const MOBILE_STYLESHEET_HASH = `'sha256-${createHash('sha256').update(getMobileStylesheet()).digest('base64')}'`;

describe('newsroomContentSecurityPolicy', () => {
  it('lets a newsroom page run only the scripts carrying its nonce, and be framed by no one', () => {
    const policy = newsroomContentSecurityPolicy('abc');
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('lets the preview page show its frames, and the mobile frame use the mobile version’s inline stylesheet', () => {
    expect(newsroomContentSecurityPolicy('abc', 'desktop')).toContain("frame-ancestors 'self'");
    expect(newsroomContentSecurityPolicy('abc', 'desktop')).toContain("style-src 'self';");
    const mobile = newsroomContentSecurityPolicy('abc', 'mobile');
    expect(mobile).toContain(`style-src 'self' ${MOBILE_STYLESHEET_HASH};`);
    expect(mobile).toContain("frame-ancestors 'self'");
  });
});

describe('applyNewsroomHeaders', () => {
  const headersFor = (pathname: string) => {
    const request = new IncomingMessage(new Socket());
    const response = new ServerResponse(request);
    applyNewsroomHeaders(request, response, pathname);
    return { policy: String(response.getHeader('content-security-policy')), request, response };
  };

  it('gives the framework the policy and its fresh nonce, and keeps the page out of every cache', () => {
    const first = headersFor('/newsroom');
    const second = headersFor('/newsroom');
    expect(first.request.headers['content-security-policy']).toBe(first.policy);
    expect(first.policy).not.toBe(second.policy);
    expect(first.response.getHeader('cache-control')).toBe('private, no-store');
    expect(first.response.getHeader('x-frame-options')).toBe('DENY');
  });

  it('lets only the preview frames be framed, the mobile one with its stylesheet', () => {
    const mobile = headersFor('/newsroom/stories/12/preview/mobile');
    expect(mobile.policy).toContain(MOBILE_STYLESHEET_HASH);
    expect(mobile.response.getHeader('x-frame-options')).toBe('SAMEORIGIN');
    expect(headersFor('/newsroom/stories/12/preview/desktop').policy).not.toContain(MOBILE_STYLESHEET_HASH);
    for (const pathname of ['/newsroom/stories/12/preview', '/newsroom/stories/12/preview/mobile/x', '/newsroom/stories/new']) {
      expect(headersFor(pathname).policy, pathname).toContain("frame-ancestors 'none'");
    }
  });
});
