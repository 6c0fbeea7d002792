/** A plain-text 404, for routes that serve files rather than pages (feeds, sitemaps, images, previews). */
export function notFoundResponse(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
