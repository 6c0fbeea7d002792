/*
 * The values of the headers every response carries, whoever answers it: the app
 * (server/securityHeaders.ts) or the cache tier in front, for the answers it makes itself
 * (deploy/varnish/).
 */

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The site uses none of these; saying so stops anything embedded from asking.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The policy of a response that is not a page (a feed, a sitemap, an image, a redirect, a script
 * file). Opened on its own, it may load and run nothing and be framed by no one. The browser shows
 * it in a page of its own making (an image centred, a feed's text wrapped, a sitemap's XML tree),
 * styled inline: those styles may apply, and can fetch nothing. In a page's <img> or <script>,
 * the page's policy governs.
 */
export const NOT_A_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";
