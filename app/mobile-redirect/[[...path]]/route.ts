import type { NextRequest } from 'next/server';
import { toMobilePath } from '../../../lib/paths';

interface MobileRedirectContext {
  params: Promise<{ path?: string[] }>;
}

/**
 * A phone asked for a desktop page (next.config.ts rewrote the request here): send it to the
 * mobile version of the same page, keeping the query string. The answer depends on the
 * User-Agent and cookie, so shared caches must not store it.
 */
export async function GET(request: NextRequest, { params }: MobileRedirectContext): Promise<Response> {
  const { path = [] } = await params;
  const desktopPath = `/${path.map(encodeURIComponent).join('/')}`;
  return new Response(null, {
    status: 302,
    headers: {
      Location: `${toMobilePath(desktopPath)}${request.nextUrl.search}`,
      'Cache-Control': 'private, no-store',
      Vary: 'User-Agent, Cookie',
    },
  });
}
