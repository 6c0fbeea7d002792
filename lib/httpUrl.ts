/**
 * A stored URL that may become a link (a story's source), or null when it is not an absolute
 * http(s) URL. Applied when stories are read, so a bad value can never become a `javascript:` link.
 */
export function toHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
