/*
 * "Most read": the stories read most in the last day, counted on this site alone. Each story page
 * asks for a one-pixel image of its own (READ_BEACON_PREFIX); the server counts that request (so a
 * page served by any cache still counts), at most once per reader and story within
 * REPEAT_READ_WINDOW_MS, without cookies or any identifier kept beyond that window (server/readCounter.ts).
 * Counts are added up in memory and written a few times a minute, one row per story and period.
 */

/** The list covers reads in this window, up to now. */
export const MOST_READ_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How many stories the list shows. */
export const MOST_READ_LENGTH = 10;
/** Reads are stored per story and per period of this length: the window moves by this much at most. */
export const READ_PERIOD_MS = 10 * 60 * 1000;
/** The same reader reading the same story again within this time is not counted again (a reload loop). */
export const REPEAT_READ_WINDOW_MS = 30 * 60 * 1000;

/** The start of the period `at` falls in. */
export function readPeriodStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / READ_PERIOD_MS) * READ_PERIOD_MS);
}

/** Where story pages send their read: outside every page's section, never cached. */
export const READ_BEACON_PREFIX = '/read';

/** The image a story's page loads to count its read. */
export function readBeaconPath(articleId: number): string {
  return `${READ_BEACON_PREFIX}/${articleId}.gif`;
}

/** The story id a read beacon's path names, or null when the path is no beacon. */
export function articleIdOfReadBeacon(pathname: string): number | null {
  const match = /^\/read\/([1-9][0-9]{0,8})\.gif$/.exec(pathname);
  return match?.[1] ? Number(match[1]) : null;
}
