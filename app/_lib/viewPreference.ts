import 'server-only';
import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { FORWARDED_PROTO_HEADER, isHttpsRequest } from '../../lib/forwardedRequest';
import { SITE_URL } from '../../lib/site';
import { DESKTOP_PREFERENCE_VALUE, VIEW_PREFERENCE_COOKIE, VIEW_PREFERENCE_MAX_AGE_SECONDS } from '../../lib/deviceClass';

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
    secure: isHttpsRequest(request.headers.get(FORWARDED_PROTO_HEADER), SITE_URL),
    maxAge: preferDesktop ? VIEW_PREFERENCE_MAX_AGE_SECONDS : 0,
  });
  return response;
}
