import { mobilePageResponse } from '../../_lib/mobileResponse';
import { resolveMobilePage } from '../../_lib/mobilePages';

/*
 * The lightweight mobile version of every public page rendered to be cached (app/_lib/publicPages.tsx):
 * pages rendered per request have routes of their own beside this one. A route handler rather than a
 * page, so the document carries no framework script at all: the same components, rendered to
 * static HTML. Each page is rendered on its first request, then served from the page cache until a
 * change names one of its tags; the daily revalidation only guards against a change nobody named.
 */
export const revalidate = 86400;
export function generateStaticParams(): { path: string[] }[] {
  return [];
}

interface MobileRouteContext {
  params: Promise<{ path?: string[] }>;
}

export async function GET(_request: Request, { params }: MobileRouteContext): Promise<Response> {
  const { path = [] } = await params;
  return mobilePageResponse(() => resolveMobilePage(path), `/m/${path.join('/')}`);
}
