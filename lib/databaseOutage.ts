/*
 * What every answer given because the database cannot be reached has in common (whether it can is
 * decided in one place, db/databaseUnavailable.ts): status 503, a request to try again shortly,
 * and nothing for any cache to keep, so the page is whole again as soon as the database is back.
 */

export const OUTAGE_STATUS = 503;

/** How long clients are asked to wait before trying again (Retry-After); a restart or failover takes about this long. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;

export const OUTAGE_HEADERS: Readonly<Record<string, string>> = {
  'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS),
  'Cache-Control': 'no-store',
};

/**
 * The digest of the error a page throws when the database cannot be reached: Next.js hands the
 * error page only the digest of a server error, and app/error.tsx shows the outage notice for this one.
 */
export const DATABASE_OUTAGE_DIGEST = 'DATABASE_UNAVAILABLE';

/** The outage in a sentence, for answers that are not pages (feeds, sitemaps, images). */
export const OUTAGE_TEXT = 'The Nation Express is briefly unavailable. Please try again in a minute.';
