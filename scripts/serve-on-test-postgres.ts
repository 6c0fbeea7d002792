/*
 * The browser suites' server on PostgreSQL: starts a throwaway PostgreSQL server (a temporary
 * directory, on E2E_POSTGRES_PORT), then `npm start` with DATABASE_URL pointing at its empty
 * database, which npm start migrates and seeds as it would a new SQLite file. Ending this process
 * ends both; a watchdog stops PostgreSQL even if this process is killed outright.
 */
import { spawn } from 'node:child_process';
import { startPostgresServer } from '../db/testing/postgresServer';

const port = Number(process.env.E2E_POSTGRES_PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error('Set E2E_POSTGRES_PORT to the port the test PostgreSQL server should listen on.');
  process.exit(2);
}
const server = await startPostgresServer({ port });
const site = spawn('npm', ['start'], { env: { ...process.env, DATABASE_URL: server.url }, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => site.kill(signal));
site.on('exit', (code, signal) => {
  server.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
