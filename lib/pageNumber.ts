/** Listing pages are numbered from 1; larger numbers than this are never real pages. */
const MAX_PAGE_DIGITS = 6;

/**
 * Reads the optional `page/N` tail of a listing URL (`[[...page]]` segments).
 * Returns 1 for no tail, N for a well-formed tail, and null for anything else (a 404).
 * `page/1` is null too: page one has a single address, without the tail.
 */
export function parsePageSegments(segments: readonly string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== 'page') return null;
  const digits = segments[1] ?? '';
  if (!new RegExp(`^[1-9][0-9]{0,${MAX_PAGE_DIGITS - 1}}$`).test(digits)) return null;
  const page = Number(digits);
  return page === 1 ? null : page;
}

/**
 * Reads the `page` query parameter of the search page: absent is page 1, a whole number from 1
 * is that page, anything else is null (a 404).
 */
export function parsePageParameter(value: string | null): number | null {
  if (value === null) return 1;
  if (!new RegExp(`^[1-9][0-9]{0,${MAX_PAGE_DIGITS - 1}}$`).test(value)) return null;
  return Number(value);
}

/** How many pages `totalItems` fill; a listing always has a first page, even when empty. */
export function pageCount(totalItems: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalItems / pageSize));
}
