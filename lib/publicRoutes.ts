import { slugFromPageSegment } from './paths';

/*
 * Public pages are matched as Next.js routes them: each page type names its folder under app/ in
 * Next.js's notation (`article/[slug]`, `category/[slug]/[[...page]]`, '' for the front page), and
 * an address's segments are matched against that route here, for the code that sees addresses
 * without Next.js's router (the HTTP server's checks, the mobile version's one route handler).
 */

/** A route's dynamic segments as Next.js gives them to a page: `[slug]` a string, `[[...page]]` a list. */
export type RouteParams = Readonly<Record<string, string | readonly string[] | undefined>>;

type RoutePart =
  | { kind: 'literal'; text: string }
  | { kind: 'one'; name: string }
  | { kind: 'rest'; name: string; optional: boolean };

function routeParts(route: string): RoutePart[] {
  return (route === '' ? [] : route.split('/')).map((part): RoutePart => {
    const rest = /^(\[)?\[\.\.\.([^\]]+)\]\]?$/.exec(part);
    if (rest?.[2]) return { kind: 'rest', name: rest[2], optional: rest[1] !== undefined };
    const one = /^\[([^\]]+)\]$/.exec(part);
    if (one?.[1]) return { kind: 'one', name: one[1] };
    return { kind: 'literal', text: part };
  });
}

/** The first segment of a route's addresses (`article`), or null for the front page's. */
export function routeSection(route: string): string | null {
  const [first] = routeParts(route);
  return first?.kind === 'literal' ? first.text : null;
}

/**
 * The params of the address `segments` (decoded, after the host) under `route`, or null when the
 * route does not serve that address. An optional catch-all that matches nothing is left out, as
 * Next.js leaves it out.
 */
export function matchRoute(route: string, segments: readonly string[]): RouteParams | null {
  const params: Record<string, string | readonly string[]> = {};
  let index = 0;
  for (const part of routeParts(route)) {
    const segment = segments[index];
    switch (part.kind) {
      case 'literal':
        if (segment !== part.text) return null;
        index += 1;
        break;
      case 'one':
        if (segment === undefined || segment === '') return null;
        params[part.name] = segment;
        index += 1;
        break;
      case 'rest': {
        const rest = segments.slice(index);
        if (rest.length === 0 && !part.optional) return null;
        if (rest.length > 0) params[part.name] = rest;
        index = segments.length;
        break;
      }
    }
  }
  return index === segments.length ? params : null;
}

/**
 * A page's params with each segment decoded, or null when one is not valid percent-encoding: a page
 * gets its segments as the browser sent them (see slugFromPageSegment).
 */
export function decodeRouteParams(params: RouteParams): RouteParams | null {
  const decoded: Record<string, string | readonly string[]> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') {
      const segment = slugFromPageSegment(value);
      if (segment === null) return null;
      decoded[name] = segment;
    } else if (value !== undefined) {
      const segments: string[] = [];
      for (const encoded of value) {
        const segment = slugFromPageSegment(encoded);
        if (segment === null) return null;
        segments.push(segment);
      }
      decoded[name] = segments;
    }
  }
  return decoded;
}

/** The decoded segments of a path (`/tag/r%C3%A9` → `['tag', 'ré']`), or null when one is not valid percent-encoding. */
export function pathSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const encoded of pathname.split('/')) {
    if (encoded === '') continue;
    const segment = slugFromPageSegment(encoded);
    if (segment === null) return null;
    segments.push(segment);
  }
  return segments;
}

/** The value of a `[name]` param, or null when the route gave none. */
export function stringParam(params: RouteParams, name: string): string | null {
  const value = params[name];
  return typeof value === 'string' ? value : null;
}

/** The segments of a `[[...name]]` param; none when the address had none. */
export function listParam(params: RouteParams, name: string): readonly string[] | null {
  const value = params[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? null : value;
}
