import 'server-only';
import { MobileDocument } from '../../components/MobileDocument';
import { isDatabaseUnavailable } from '../../db/databaseUnavailable';
import { OUTAGE_HEADERS } from '../../lib/databaseOutage';
import { entityTagOf } from '../../lib/entityTag';
import { mobileErrorPage, mobileOutagePage, type MobilePage } from './mobilePages';
import { getMobileStylesheet, mobileStylesheetFor } from './mobileStylesheet';
import { tagRenderedPage } from './renderedPageTags';

/** Marks where the stylesheet goes, until the page's markup says which of its rules it needs. */
const STYLESHEET_PLACE = '/*stylesheet*/';

/**
 * A mobile page as HTML, with the part of the stylesheet it uses (mobileStylesheet.ts); the whole
 * stylesheet for `wholeStylesheet`, for the newsroom's preview, whose policy allows that one.
 */
async function renderDocument(page: MobilePage, { wholeStylesheet = false } = {}): Promise<string> {
  // A static import of react-dom/server is refused in the app directory; a dynamic one is allowed.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const html = renderToStaticMarkup(
    <MobileDocument meta={page.meta} stylesheet={STYLESHEET_PLACE}>
      {page.content}
    </MobileDocument>,
  );
  const stylesheet = wholeStylesheet ? getMobileStylesheet() : await mobileStylesheetFor(html);
  return `<!DOCTYPE html>${html.replace(STYLESHEET_PLACE, () => stylesheet)}`;
}

/**
 * A mobile page as a complete HTML response: the page `resolvePage` chooses; the outage page when
 * it needs the database and that cannot be reached (503, try again shortly, kept by no cache); or
 * the mobile error page when loading or rendering it fails otherwise. Neither of those two reads
 * anything from the database.
 */
export async function mobilePageResponse(
  resolvePage: () => MobilePage | Promise<MobilePage>,
  pathname: string,
  options: { wholeStylesheet?: boolean } = {},
): Promise<Response> {
  let page: MobilePage;
  let html: string;
  try {
    page = await resolvePage();
    html = await renderDocument(page, options);
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      page = mobileOutagePage();
      html = await renderDocument(page, options);
      return new Response(html, { status: page.status, headers: { ...OUTAGE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } });
    }
    console.error(`Mobile page ${pathname} failed:`, error);
    page = mobileErrorPage();
    html = await renderDocument(page, options);
  }
  if (page.cacheTags.length > 0) await tagRenderedPage(page.cacheTags);
  const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8', ETag: entityTagOf(html) });
  // The error page is the next request's to replace: no cache in front may keep it.
  if (page.status >= 500) headers.set('Cache-Control', 'no-store');
  return new Response(html, { status: page.status, headers });
}
