import { describe, expect, it } from 'vitest';
import { appCountsBetween, appCountsFrom } from './appMetrics';

const METRICS = `# HELP http_requests_total Requests answered, by method, route template and status.
# TYPE http_requests_total counter
http_requests_total{method="GET",route="/article/:slug",status="200"} 40
http_requests_total{method="GET",route="/m/article/:slug",status="200"} 25
http_requests_total{method="GET",route="/healthz",status="200"} 90
# HELP page_cache_lookups_total Pages looked up in the page cache, by outcome (hit, miss, stale).
# TYPE page_cache_lookups_total counter
page_cache_lookups_total{outcome="hit"} 50
page_cache_lookups_total{outcome="miss"} 15
# HELP database_statement_duration_seconds Time each database statement took.
# TYPE database_statement_duration_seconds histogram
database_statement_duration_seconds_bucket{le="0.001"} 300
database_statement_duration_seconds_bucket{le="+Inf"} 320
database_statement_duration_seconds_sum 0.2
database_statement_duration_seconds_count 320
`;

describe('appCountsFrom', () => {
  it("counts readers' requests without the health probes, statements and renders", () => {
    expect(appCountsFrom(METRICS)).toEqual({ requests: 65, statements: 320, renders: 15 });
  });

  it('counts nothing before anything happened', () => {
    expect(appCountsFrom('')).toEqual({ requests: 0, statements: 0, renders: 0 });
  });
});

describe('appCountsBetween', () => {
  it('takes the difference', () => {
    expect(appCountsBetween({ requests: 10, statements: 100, renders: 2 }, { requests: 25, statements: 160, renders: 5 })).toEqual({
      requests: 15,
      statements: 60,
      renders: 3,
    });
  });
});
