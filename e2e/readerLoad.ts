/*
 * Readers under load, for the failure tests of the cache tier: a few readers each fetching pages
 * one after another until told to stop, every failed request recorded with when it failed. A
 * redirect is an answer (phones are sent to the mobile version), an error status or a broken
 * connection is a failure.
 */

export interface ReaderRequest {
  path: string;
  userAgent: string;
}

export interface ReaderFailure {
  path: string;
  /** The status, or what broke. */
  outcome: string;
  atMs: number;
}

export interface ReaderLoadResult {
  requests: number;
  failures: ReaderFailure[];
  /** The slowest answer, in milliseconds. */
  slowestMs: number;
}

const REQUEST_TIMEOUT_MS = 10_000;

/** Starts `readers` readers cycling through `requests` against `baseUrl`; `stop()` ends them and resolves to what they saw. */
export function startReaders(baseUrl: string, requests: readonly ReaderRequest[], readers = 8): { stop: () => Promise<ReaderLoadResult> } {
  const started = Date.now();
  const result: ReaderLoadResult = { requests: 0, failures: [], slowestMs: 0 };
  let running = true;
  const reader = async (offset: number) => {
    for (let index = offset; running; index += 1) {
      const { path, userAgent } = requests[index % requests.length]!;
      const sentAt = Date.now();
      let outcome: string | null = null;
      try {
        const response = await fetch(`${baseUrl}${path}`, {
          headers: { 'User-Agent': userAgent },
          redirect: 'manual',
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await response.arrayBuffer();
        if (response.status >= 400) outcome = String(response.status);
      } catch (error) {
        outcome = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      result.requests += 1;
      result.slowestMs = Math.max(result.slowestMs, Date.now() - sentAt);
      if (outcome !== null) result.failures.push({ path, outcome, atMs: sentAt - started });
    }
  };
  const all = Promise.all(Array.from({ length: readers }, (_, offset) => reader(offset)));
  return {
    stop: async () => {
      running = false;
      await all;
      return result;
    },
  };
}
