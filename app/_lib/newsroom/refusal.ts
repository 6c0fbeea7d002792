import 'server-only';
import { redirect, unstable_rethrow } from 'next/navigation';
import { isDatabaseUnavailable } from '../../../db/databaseUnavailable';
import { pageRefusalFor, type NewsroomPage, type PageRefusal } from '../../../lib/newsroom/notices';

/**
 * What `page` tells the person of a change that threw `error` (lib/newsroom/notices.ts): a Refused
 * error's own words, when the page shows them; that the database could not be reached, when that
 * was why (one line in the log: the outage is not the person's doing, nor a bug); for anything
 * else only that the change failed, and the error goes to the log (the server sends console.error
 * there), never to the page.
 */
export function refusalToShow<P extends NewsroomPage>(page: P, error: unknown): PageRefusal<P> | 'failed' | 'database-unavailable' {
  if (isDatabaseUnavailable(error)) {
    console.warn(`A change on the newsroom's ${page} page was not made: the database cannot be reached.`);
    return 'database-unavailable';
  }
  const refusal = pageRefusalFor(page, error);
  if (refusal === 'failed') console.error(`A change on the newsroom's ${page} page failed:`, error);
  return refusal;
}

/**
 * Runs a newsroom form's Server Action, which ends by sending the person back to its page. When
 * the database cannot be reached at a step the action does not catch itself (asking who is signed
 * in, to begin with), sends them to `refusedAt` instead: the page, saying that nothing was saved.
 */
export async function sendBackWhileDatabaseUnavailable(refusedAt: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    // The action's own redirects, and Next.js's other signals, go on their way.
    unstable_rethrow(error);
    if (!isDatabaseUnavailable(error)) throw error;
    console.warn(`A change posted from ${refusedAt} was not made: the database cannot be reached.`);
    redirect(refusedAt);
  }
}
