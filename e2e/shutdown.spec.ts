import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { E2E_DATABASE } from '../db/testing/e2eDatabase';
import { SUITE_DATABASE_SERVER_SETTINGS } from '../db/testing/suiteServerSettings';

/*
 * SIGTERM, as a process manager sends it on deploy: a second server process, on the build the
 * suite already made, is told to stop while a request is half-way through (its body not yet sent,
 * on a keep-alive connection). It must stop taking connections at once, still answer that request,
 * and then exit cleanly without waiting out the keep-alive.
 */

const PORT = Number(process.env.E2E_PORT || 3100) + 57;
const BASE = `http://127.0.0.1:${PORT}`;

function startServer(): ChildProcess {
  return spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(PORT), DATABASE_PATH: E2E_DATABASE, SITE_URL: BASE, ...SUITE_DATABASE_SERVER_SETTINGS },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; at: number }> {
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, at: performance.now() })));
}

/** Whether a new connection to the port is accepted now. */
function acceptsConnections(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(PORT, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function responseOf(request: ReturnType<typeof httpRequest>): Promise<{ response: IncomingMessage; body: string }> {
  return new Promise((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.once('end', () => resolve({ response, body }));
    });
  });
}

test('SIGTERM stops new connections, finishes the request in flight, then exits', async () => {
  test.setTimeout(90_000);
  const server = startServer();
  const exited = exitOf(server);
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect.poll(async () => (await fetch(`${BASE}/healthz`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);

    // A login form whose head has arrived and whose body has not, on a connection kept alive.
    const agent = new Agent({ keepAlive: true });
    const inFlight = httpRequest(`${BASE}/newsroom/session`, {
      method: 'POST',
      agent,
      // From the site's own origin, so the form handler waits to read the body.
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '3', Origin: BASE },
    });
    let answered = false;
    const answer = responseOf(inFlight).finally(() => (answered = true));
    inFlight.flushHeaders();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalledAt = performance.now();
    server.kill('SIGTERM');
    await expect.poll(acceptsConnections, { timeout: 2000 }).toBe(false);

    expect(answered).toBe(false);
    inFlight.end('a=1');
    const { response } = await answer;
    // The form had no token: the login page again, as any unsigned post gets.
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/newsroom/login?problem=expired');

    const { code, at } = await exited;
    expect(code, output).toBe(0);
    // Well before the idle connection's keep-alive (5 s) or the grace period (10 s) ran out.
    expect(at - signalledAt).toBeLessThan(4000);
    test.info().annotations.push({ type: 'exit after SIGTERM', description: `${Math.round(at - signalledAt)} ms` });
    agent.destroy();
  } finally {
    server.kill('SIGKILL');
  }
});
