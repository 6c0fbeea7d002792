import 'server-only';
import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { DESKTOP_PREFERENCE_VALUE, VIEW_PREFERENCE_COOKIE, VIEW_PREFERENCE_MAX_AGE_SECONDS } from './deviceClass';

/** Behind a TLS-terminating proxy the request arrives over HTTP with X-Forwarded-Proto set. */
function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

/**
 * A redirect that records (or clears) the reader's choice of the desktop version.
 * The Location is a path, so it cannot leave the site whatever host the request named.
 */
export function redirectWithViewPreference(request: NextRequest, location: string, preferDesktop: boolean): NextResponse {
  const response = new NextResponse(null, {
    status: 302,
    headers: { Location: location, 'Cache-Control': 'private, no-store' },
  });
  response.cookies.set(VIEW_PREFERENCE_COOKIE, preferDesktop ? DESKTOP_PREFERENCE_VALUE : '', {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: isHttps(request),
    maxAge: preferDesktop ? VIEW_PREFERENCE_MAX_AGE_SECONDS : 0,
  });
  return response;
}
