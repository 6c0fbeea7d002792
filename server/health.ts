import type { ServerResponse } from 'node:http';
import { loadHomePage } from '../app/_lib/pageLoaders';
import { formatReadableTime } from '../lib/dateTime';
import { isDatabaseReachable } from '../db/queries/health';
import { OUTAGE_STATUS } from '../lib/databaseOutage';

/*
 * `/healthz`, for load balancers and monitors: 200 while this process can serve pages, 503 when
 * it cannot. "Can serve" is checked three ways: the database answers; the front page's data loads
 * and its times format (what every page does); and the pages readers asked for lately did not
 * all fail. A process that answers its health check but fails every page is taken out of rotation.
 */

/** After this many page failures in a row, with no page served between them, the process is unwell. */
const FAILURES_IN_A_ROW = 5;

/**
 * Keeps count of public pages failing one after another. A 503 is no failure of the process: it
 * is the answer while the database cannot be reached (lib/databaseOutage.ts), which the health
 * check asks the database about itself. Counted, such answers would keep the process out of a load
 * balancer's rotation once the database is back, with no page served to clear the count.
 */
export class PageFailureWatch {
  private failuresInARow = 0;

  record(status: number): void {
    if (status === OUTAGE_STATUS) return;
    this.failuresInARow = status >= 500 ? this.failuresInARow + 1 : 0;
  }

  /** Pages that failed while the database could not be reached say nothing of the process once it is back. */
  forget(): void {
    this.failuresInARow = 0;
  }

  get failing(): boolean {
    return this.failuresInARow >= FAILURES_IN_A_ROW;
  }
}

/** Why this process cannot serve pages, or null when it can. */
export async function healthProblem(watch: PageFailureWatch): Promise<string | null> {
  if (!(await isDatabaseReachable())) {
    watch.forget();
    return 'database unreachable';
  }
  try {
    const { lead } = await loadHomePage();
    formatReadableTime(lead?.publishedAt ?? new Date());
  } catch {
    return 'pages cannot be rendered';
  }
  if (watch.failing) return `the last ${FAILURES_IN_A_ROW} or more pages failed`;
  return null;
}

/**
 * `/livez`, for the cache tier in front (deploy/varnish/): 200 while the process answers at all.
 * It does not ask the database: in a database outage the process still redirects phones, answers
 * uncached pages with its clear 503, and refuses the newsroom's saves keeping the editor's work.
 */
export function answerLivenessCheck(response: ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end('ok\n');
}

export async function answerHealthCheck(response: ServerResponse, watch: PageFailureWatch): Promise<void> {
  const problem = await healthProblem(watch);
  response.writeHead(problem ? 503 : 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(problem ? `${problem}\n` : 'ok\n');
}
