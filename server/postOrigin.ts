import type { IncomingHttpHeaders } from 'node:http';
import { isOwnOriginPost, postSourceOf } from '../lib/newsroom/postOrigin';
import { isNewsroomPath } from '../lib/paths';
import type { RequestRefusal } from './requestLimits';

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

/**
 * A 403 for a newsroom post that did not come from the site's own pages (lib/newsroom/postOrigin.ts);
 * null for any other request. `pathname` is the request's normalised path (lib/requestPath.ts),
 * null when it has none.
 */
export function postOriginRefusal(method: string | undefined, pathname: string | null, headers: IncomingHttpHeaders, siteUrl: URL): RequestRefusal | null {
  if (method !== 'POST' || pathname === null || !isNewsroomPath(pathname)) return null;
  if (isOwnOriginPost(postSourceOf((name) => single(headers[name])), siteUrl)) return null;
  return {
    status: 403,
    message: 'This form did not come from the newsroom’s own pages, so nothing was done. Open the newsroom page again and send the form from there.',
  };
}
