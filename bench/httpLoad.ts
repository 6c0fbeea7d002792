/*
 * The benchmark's two HTTP measurements: how long one render takes when nothing is cached
 * (sequential requests, timed to the last byte), and how many cached requests per second a
 * server answers under load (autocannon).
 */
import autocannon from 'autocannon';

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface ThroughputSummary {
  url: string;
  requestsPerSecond: number;
  p99LatencyMs: number;
  requests: number;
  errors: number;
  non2xx: number;
}

/** The value at quantile `q` (0..1) of `sorted`, by nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/**
 * Requests each url once, one after another, and summarises the times to the last byte.
 * A status other than `expectedStatus` fails the measurement: a fast error page is no result.
 */
export async function measureLatency(
  urls: readonly string[],
  headers: Record<string, string>,
  expectedStatus = 200,
): Promise<LatencySummary> {
  const times: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url, { headers, redirect: 'manual' });
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== expectedStatus) throw new Error(`${url} answered ${response.status}, not ${expectedStatus}.`);
  }
  times.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    samples: times.length,
    p50Ms: round(quantile(times, 0.5)),
    p99Ms: round(quantile(times, 0.99)),
    maxMs: round(times.at(-1) ?? Number.NaN),
  };
}

/** Cached throughput of one url: `connections` keep-alive clients for `durationSeconds`. */
export async function measureThroughput(
  url: string,
  headers: Record<string, string>,
  options: { connections: number; durationSeconds: number },
): Promise<ThroughputSummary> {
  const result = await autocannon({
    url,
    headers,
    connections: options.connections,
    duration: options.durationSeconds,
  });
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average),
    p99LatencyMs: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
