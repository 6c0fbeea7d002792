import { parsePageParameter } from './pageNumber';

/** The first value of a query parameter, as Next.js and URLSearchParams give them. */
function firstValue(value: string | string[] | null | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

/** The search page's parameters, or null when `page` is malformed (a 404). */
export function readSearchParameters(
  query: string | string[] | null | undefined,
  page: string | string[] | null | undefined,
): { query: string; page: number } | null {
  const pageNumber = parsePageParameter(firstValue(page));
  return pageNumber === null ? null : { query: firstValue(query) ?? '', page: pageNumber };
}
