/*
 * What the app processes say they did, from their Prometheus metrics (METRICS_PORT): the requests
 * that reached them, past whatever cache is in front, and the database statements they ran.
 */
import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format';
import { HEALTH_CHECK_PATH } from '../lib/paths';

export interface AppCounts {
  /** Requests answered, the cache tier's health probes left out. */
  requests: number;
  /** Database statements run. */
  statements: number;
  /** Pages rendered: the app's own page cache missed. */
  renders: number;
}

function family(families: readonly MetricFamily[], name: string): MetricFamily['metrics'] {
  return families.find((candidate) => candidate.name === name)?.metrics ?? [];
}

/** Counts from one process's metrics text. */
export function appCountsFrom(text: string): AppCounts {
  const families = parsePrometheusTextFormat(text);
  const sum = (samples: MetricFamily['metrics'], value: (sample: MetricFamily['metrics'][number]) => string | undefined) =>
    samples.reduce((total, sample) => total + Number(value(sample) ?? 0), 0);
  return {
    requests: sum(
      family(families, 'http_requests_total').filter((sample) => sample.labels?.route !== HEALTH_CHECK_PATH),
      (sample) => sample.value,
    ),
    statements: sum(family(families, 'database_statement_duration_seconds'), (sample) => sample.count),
    renders: sum(
      family(families, 'page_cache_lookups_total').filter((sample) => sample.labels?.outcome === 'miss'),
      (sample) => sample.value,
    ),
  };
}

/** The counts of every process whose metrics listen on `ports`, added up. */
export async function readAppCounts(ports: readonly number[]): Promise<AppCounts> {
  const counts = await Promise.all(
    ports.map(async (port) => {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      if (!response.ok) throw new Error(`The metrics on port ${port} answered ${response.status}.`);
      return appCountsFrom(await response.text());
    }),
  );
  return counts.reduce((total, each) => ({
    requests: total.requests + each.requests,
    statements: total.statements + each.statements,
    renders: total.renders + each.renders,
  }));
}

/** What happened between two readings. */
export function appCountsBetween(before: AppCounts, after: AppCounts): AppCounts {
  return { requests: after.requests - before.requests, statements: after.statements - before.statements, renders: after.renders - before.renders };
}
