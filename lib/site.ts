import { settings } from './settings';

/** Where and when the site is served, from its settings: for server code only. */

/** Where the site is served; canonical and alternate links are absolute against it. */
export const SITE_URL = settings().siteUrl;

/** The newsroom's time zone: times are shown in it, with the offset written out. */
export const SITE_TIME_ZONE = settings().siteTimeZone;

/** Listing pages (category, author, tag) show this many stories each. */
export const LISTING_PAGE_SIZE = 12;

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).toString();
}
