import 'server-only';
import { MobileDocument } from '../../components/MobileDocument';
import { entityTagOf } from '../../lib/entityTag';
import { mobileErrorPage, type MobilePage } from './mobilePages';
import { getMobileStylesheet } from './mobileStylesheet';
import { tagRenderedPage } from './renderedPageTags';

async function renderDocument(page: MobilePage): Promise<string> {
  // A static import of react-dom/server is refused in the app directory; a dynamic one is allowed.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const html = renderToStaticMarkup(
    <MobileDocument meta={page.meta} stylesheet={getMobileStylesheet()}>
      {page.content}
    </MobileDocument>,
  );
  return `<!DOCTYPE html>${html}`;
}

/**
 * A mobile page as a complete HTML response: the page `resolvePage` chooses, or the mobile error
 * page when loading or rendering it fails (that page reads nothing from the database).
 */
export async function mobilePageResponse(resolvePage: () => MobilePage | Promise<MobilePage>, pathname: string): Promise<Response> {
  let page: MobilePage;
  let html: string;
  try {
    page = await resolvePage();
    html = await renderDocument(page);
  } catch (error) {
    console.error(`Mobile page ${pathname} failed:`, error);
    page = mobileErrorPage();
    html = await renderDocument(page);
  }
  if (page.cacheTags.length > 0) await tagRenderedPage(page.cacheTags);
  return new Response(html, {
    status: page.status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ETag: entityTagOf(html) },
  });
}
