import { connection } from 'next/server';
import { isDatabaseReachable } from '../../db/queries/health';

/** For load balancers and monitors: 200 when the site can serve from its database, 503 when not. */
export async function GET(): Promise<Response> {
  // Asked of the running server every time, never answered from a cache.
  await connection();
  const healthy = isDatabaseReachable();
  return new Response(healthy ? 'ok\n' : 'database unreachable\n', {
    status: healthy ? 200 : 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
