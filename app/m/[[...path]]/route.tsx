import { MobileDocument } from '../../../components/MobileDocument';
import { mobileErrorPage, resolveMobilePage, type MobilePage } from '../../_lib/mobilePages';
import { getMobileStylesheet } from '../../_lib/mobileStylesheet';

/*
 * The lightweight mobile version of every public page. A route handler rather than a page, so
 * the document carries no framework script at all: the same components, rendered to static HTML.
 */

interface MobileRouteContext {
  params: Promise<{ path?: string[] }>;
}

export async function GET(request: Request, { params }: MobileRouteContext): Promise<Response> {
  const { path = [] } = await params;
  // A static import of react-dom/server is refused in the app directory; a dynamic one is allowed.
  const { renderToStaticMarkup } = await import('react-dom/server');
  let page: MobilePage;
  let html: string;
  try {
    page = resolveMobilePage(path, new URL(request.url).searchParams);
    html = renderToStaticMarkup(
      <MobileDocument meta={page.meta} stylesheet={getMobileStylesheet()}>
        {page.content}
      </MobileDocument>,
    );
  } catch (error) {
    console.error(`Mobile page ${new URL(request.url).pathname} failed:`, error);
    page = mobileErrorPage();
    html = renderToStaticMarkup(
      <MobileDocument meta={page.meta} stylesheet={getMobileStylesheet()}>
        {page.content}
      </MobileDocument>,
    );
  }
  return new Response(`<!DOCTYPE html>${html}`, {
    status: page.status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
