/*
 * Page weight as a browser loads a page: bytes of HTML, CSS, JavaScript, fonts and images,
 * uncompressed, gzipped and brotli-compressed, and the number of requests. The browser says which
 * resources the first view loads; each is then fetched once more, uncompressed, to weigh it exactly.
 */
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  url: string;
  /** Every response of the first view (lazy images below the fold are not loaded). */
  requests: number;
  /** Requests other than images: what the page needs before it can be read. */
  requestsBeforeImages: number;
  byKind: Record<ResourceKind, Weight>;
}

function kindOf(resourceType: string, contentType: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  if (resourceType === 'font' || contentType.includes('font')) return 'font';
  if (resourceType === 'image') return 'image';
  return 'other';
}

function weigh(body: Buffer): Weight {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 6 }).length,
    brotli: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }).length,
  };
}

const emptyWeights = (): Record<ResourceKind, Weight> => ({
  html: { raw: 0, gzip: 0, brotli: 0 },
  css: { raw: 0, gzip: 0, brotli: 0 },
  js: { raw: 0, gzip: 0, brotli: 0 },
  font: { raw: 0, gzip: 0, brotli: 0 },
  image: { raw: 0, gzip: 0, brotli: 0 },
  other: { raw: 0, gzip: 0, brotli: 0 },
});

/** Loads `url` in a fresh browser context with `viewport` and weighs what its first view fetched. */
export async function measurePageWeight(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  userAgent?: string,
): Promise<PageWeight> {
  const context = await browser.newContext({ viewport, userAgent });
  try {
    const page = await context.newPage();
    const loaded: { url: string; kind: ResourceKind }[] = [];
    page.on('response', (response) => {
      const kind = kindOf(response.request().resourceType(), response.headers()['content-type'] ?? '');
      if (response.status() < 300) loaded.push({ url: response.url(), kind });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const byKind = emptyWeights();
    for (const resource of loaded) {
      const response = await fetch(resource.url, { headers: { 'accept-encoding': 'identity' } });
      const weight = weigh(Buffer.from(await response.arrayBuffer()));
      byKind[resource.kind].raw += weight.raw;
      byKind[resource.kind].gzip += weight.gzip;
      byKind[resource.kind].brotli += weight.brotli;
    }
    return {
      url,
      requests: loaded.length,
      requestsBeforeImages: loaded.filter((resource) => resource.kind !== 'image').length,
      byKind,
    };
  } finally {
    await context.close();
  }
}
