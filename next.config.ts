import path from 'node:path';
import type { NextConfig } from 'next';
import { DESKTOP_PREFERENCE_VALUE, PHONE_USER_AGENT_PATTERN, VIEW_PREFERENCE_COOKIE } from './lib/deviceClass';
import { MOBILE_REDIRECT_PATH, RESERVED_SECTIONS } from './lib/paths';
import { STORY_FORM_MAX_BYTES } from './lib/textLimits';

/*
 * Phones are sent to the mobile version by a config rewrite rather than by proxy code: the router
 * matches the User-Agent and cookie conditions itself, so desktop requests pay nothing, and only a
 * phone's request reaches the small handler that answers the redirect (a config redirect cannot
 * carry the Cache-Control and Vary headers this answer needs).
 * Excluded: the sections that hold no public page (lib/paths.ts: the mobile pages themselves, so
 * no loops, the version switches, the newsroom, the health check, framework and static files),
 * and anything whose last segment has a file extension (feeds, sitemaps, icons, preview images).
 */
const DESKTOP_PAGES = `/:path((?!(?:${RESERVED_SECTIONS.join('|')})(?:/|$)|(?:[^/]+/)*[^/]+\\.[a-z0-9]+$).*)`;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // server/httpServer.ts compresses, with brotli as well as gzip.
  compress: false,
  // Rendered pages are kept in this process's memory and dropped by tag when content changes.
  cacheHandler: path.resolve(import.meta.dirname, 'server/pageCacheHandler.mjs'),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  experimental: {
    // The story editor posts its featured image (up to 10 MB) with the rest of the form.
    serverActions: { bodySizeLimit: STORY_FORM_MAX_BYTES },
  },
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: DESKTOP_PAGES,
          has: [{ type: 'header', key: 'user-agent', value: PHONE_USER_AGENT_PATTERN }],
          missing: [{ type: 'cookie', key: VIEW_PREFERENCE_COOKIE, value: DESKTOP_PREFERENCE_VALUE }],
          destination: `${MOBILE_REDIRECT_PATH}/:path`,
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
