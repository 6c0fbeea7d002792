import { MobileDocument } from '../../../components/MobileDocument';
import { resolveMobilePage } from '../../_lib/mobilePages';
import { getMobileStylesheet } from '../../_lib/mobileStylesheet';

/*
 * The lightweight mobile version of every public page. A route handler rather than a page, so
 * the document carries no framework script at all: the same components, rendered to static HTML.
 */

interface MobileRouteContext {
  params: Promise<{ path?: string[] }>;
}

export async function GET(_request: Request, { params }: MobileRouteContext): Promise<Response> {
  const { path = [] } = await params;
  const page = resolveMobilePage(path);
  // A static import of react-dom/server is refused in the app directory; a dynamic one is allowed.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const html = renderToStaticMarkup(
    <MobileDocument meta={page.meta} stylesheet={getMobileStylesheet()}>
      {page.content}
    </MobileDocument>,
  );
  return new Response(`<!DOCTYPE html>${html}`, {
    status: page.status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
