import 'server-only';
import { pageRefusalFor, type NewsroomPage, type PageRefusal } from '../../../lib/newsroom/notices';

/**
 * What `page` tells the person of a change that threw `error` (lib/newsroom/notices.ts): a Refused
 * error's own words, when the page shows them; for anything else only that the change failed, and
 * the error goes to the log (the server sends console.error there), never to the page.
 */
export function refusalToShow<P extends NewsroomPage>(page: P, error: unknown): PageRefusal<P> | 'failed' {
  const refusal = pageRefusalFor(page, error);
  if (refusal === 'failed') console.error(`A change on the newsroom's ${page} page failed:`, error);
  return refusal;
}
