import { createHash } from 'node:crypto';

/**
 * A strong ETag for a response body. Route handlers compute their own (Next.js does so only for
 * pages); it is stored with the cached response, so If-None-Match is answered 304 on a cache hit.
 */
export function entityTagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
