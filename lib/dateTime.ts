import { SITE_TIME_ZONE } from './site';

/*
 * Times are shown in the newsroom's time zone, and written into `datetime` attributes as
 * ISO 8601 with that zone's offset, so readers and machines see the same moment.
 */

const READABLE = new Intl.DateTimeFormat('en-IN', {
  timeZone: SITE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

const DATE_ONLY = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** "3 May 2025 at 9:30 am IST" */
export function formatReadableTime(date: Date): string {
  return READABLE.format(date);
}

/** "3 May 2025", for cards. */
export function formatShortDate(date: Date): string {
  return DATE_ONLY.format(date);
}

/** "2025-05-03T09:30:00+05:30": the instant in the newsroom's zone, with its offset. */
export function toIsoWithOffset(date: Date): string {
  const parts = Object.fromEntries(PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
