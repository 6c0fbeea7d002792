/*
 * Election night's readers (./electionNight.ts) replayed against a site with autocannon: a fixed
 * number of keep-alive connections, each asking for the next planned request as soon as the last
 * is answered, asking for compressed pages as browsers do.
 */
import autocannon from 'autocannon';
import { BROWSER_ACCEPT_ENCODING, type ReaderPage, type ReaderRequest } from './electionNight';
import { DESKTOP_USER_AGENT, PHONE_USER_AGENT } from './readers';

export interface ReaderTrafficResult {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  byPage: Record<ReaderPage, number>;
  phones: number;
  /** Phones on desktop addresses, answered 302 to /m/… by the app. */
  redirected: number;
  /** The first request for an address that a cache may keep, since `seen` began: no cache could have held it. */
  firstRequests: number;
  statuses: Record<string, number>;
  /** Answers other than the planned request's 200 or 302, or no answer at all. */
  failed: number;
  /** Connections refused or reset, and requests unanswered within 10 s. */
  socketErrors: number;
  timeouts: number;
}

/** Asks for each of `requests` once, `connections` at a time, as readers would; resolves to how many failed. */
export async function visitEvery(baseUrl: string, requests: readonly ReaderRequest[], options: { connections: number; seen: Set<string> }): Promise<number> {
  let next = 0;
  let failed = 0;
  const visitor = async () => {
    for (let reader = requests[next++]; reader; reader = requests[next++]) {
      const response = await fetch(`${baseUrl}${reader.path}`, {
        headers: { 'user-agent': reader.phone ? PHONE_USER_AGENT : DESKTOP_USER_AGENT, 'accept-encoding': BROWSER_ACCEPT_ENCODING },
        redirect: 'manual',
      }).catch(() => null);
      await response?.arrayBuffer();
      if (response?.status !== (reader.redirected ? 302 : 200)) failed += 1;
      if (!reader.redirected) options.seen.add(reader.path);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, visitor));
  return failed;
}

export async function replayReaders(
  baseUrl: string,
  plan: () => ReaderRequest,
  options: { connections: number; durationSeconds: number; seen: Set<string> },
): Promise<ReaderTrafficResult> {
  const planned = new WeakMap<object, ReaderRequest>();
  const byPage: Record<ReaderPage, number> = { home: 0, section: 0, article: 0 };
  let phones = 0;
  let redirected = 0;
  let firstRequests = 0;
  let wrongStatus = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context) => {
          const reader = plan();
          planned.set(context, reader);
          byPage[reader.page] += 1;
          if (reader.phone) phones += 1;
          if (reader.redirected) redirected += 1;
          else if (!options.seen.has(reader.path)) {
            options.seen.add(reader.path);
            firstRequests += 1;
          }
          return {
            ...request,
            path: reader.path,
            headers: { 'user-agent': reader.phone ? PHONE_USER_AGENT : DESKTOP_USER_AGENT, 'accept-encoding': BROWSER_ACCEPT_ENCODING },
          };
        },
        onResponse: (status, _body, context) => {
          const reader = planned.get(context);
          if (reader && status !== (reader.redirected ? 302 : 200)) wrongStatus += 1;
        },
      },
    ],
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [status, stats.count ?? 0]));
  return {
    seconds: options.durationSeconds,
    connections: options.connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / options.durationSeconds),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    byPage,
    phones,
    redirected,
    firstRequests,
    statuses,
    failed: wrongStatus + result.errors,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
  };
}
