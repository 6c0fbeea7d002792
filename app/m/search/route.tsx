import type { NextRequest } from 'next/server';
import { mobilePageResponse } from '../../_lib/mobileResponse';
import { resolveMobilePageAt } from '../../_lib/mobilePages';

/**
 * The mobile search page: rendered for every query and stored by no cache, since the queries
 * readers can type are unbounded and would crowd the pages out of any cache.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const response = await mobilePageResponse(() => resolveMobilePageAt(request.nextUrl), request.nextUrl.pathname);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
