import { settings } from '../../lib/settings';

/** Facts about the site that pages, feeds and metadata share. */

export const SITE_NAME = 'The Nation Express';
export const SITE_DESCRIPTION =
  'Independent reporting on India, Russia and the world: defence, diplomacy, economy and technology.';
export const SITE_LANGUAGE = 'en';

/** Where the site is served; canonical and alternate links are absolute against it. */
export const SITE_URL = settings().siteUrl;

/** The newsroom's time zone: times are shown in it, with the offset written out. */
export const SITE_TIME_ZONE = settings().siteTimeZone;

/** Listing pages (category, author, tag) show this many stories each. */
export const LISTING_PAGE_SIZE = 12;

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).toString();
}
