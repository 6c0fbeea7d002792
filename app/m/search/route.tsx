import type { NextRequest } from 'next/server';
import { mobilePageResponse } from '../../_lib/mobileResponse';
import { resolveMobileSearchPage } from '../../_lib/mobilePages';

/** The mobile search page: rendered for every query, never cached (its answers are unbounded). */
export async function GET(request: NextRequest): Promise<Response> {
  return mobilePageResponse(() => resolveMobileSearchPage(request.nextUrl.searchParams), request.nextUrl.pathname);
}
