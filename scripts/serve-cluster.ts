/*
 * `npm run serve:cluster -- --nodes 3 [--state FILE]`: the portal as a cluster on this machine (deploy/varnish):
 * a throwaway PostgreSQL server with the demo content, that many app processes on it, and Varnish in
 * front on http://127.0.0.1:8080 (CLUSTER_PORT to change it), purged by tag as content changes.
 * Installs Debian's varnish, varnish-modules and postgresql when missing (as root). Prints each
 * process; with --state, writes them as JSON for operators' scripts. Runs in the foreground; Ctrl-C
 * or SIGTERM stops everything it started. DATABASE_URL names an existing database to use instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgresServer } from '../db/testing/postgresServer';
import { startCluster } from '../deploy/varnish/clusterStack';
import { prepareSiteOrExit } from '../server/prepareSite';

const root = path.resolve(import.meta.dirname, '..');
const DEFAULT_CLUSTER_PORT = 8080;
const MAX_NODES = 16;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '3' }, state: { type: 'string' } } });
const nodes = Number(values.nodes);
if (!Number.isInteger(nodes) || nodes < 1 || nodes > MAX_NODES) fail(`--nodes must be a whole number from 1 to ${MAX_NODES}, not ${values.nodes}.`);
const cachePort = Number(process.env.CLUSTER_PORT || DEFAULT_CLUSTER_PORT);
if (!Number.isInteger(cachePort) || cachePort < 1 || cachePort > 65_535 - MAX_NODES - 1) fail(`CLUSTER_PORT must be a port number, not ${process.env.CLUSTER_PORT}.`);

const installed = spawnSync('bash', [path.join(root, 'scripts', 'ensure-cluster-tools.sh')], { stdio: 'inherit' });
if (installed.status !== 0) process.exit(installed.status ?? 1);

const url = `http://127.0.0.1:${cachePort}`;
const postgres = process.env.DATABASE_URL ? undefined : await startPostgresServer();
const databaseUrl = process.env.DATABASE_URL || postgres!.url;
// As `npm start` does, on the cluster's database and address: the demo content when empty, and a
// production build when there is none or the sources changed.
process.env.DATABASE_URL = databaseUrl;
process.env.SITE_URL = url;
await prepareSiteOrExit(root);

const workDir = mkdtempSync(path.join(os.tmpdir(), 'nation-express-cluster-'));
const cluster = await startCluster({ nodes, cachePort, firstAppPort: cachePort + 1, workDir, databaseUrl }).catch((error: unknown) => {
  postgres?.stop();
  rmSync(workDir, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
});

const state = { url: cluster.url, database: cluster.database, cache: cluster.cache, nodes: cluster.nodes };
console.log(`The Nation Express is serving through Varnish on ${cluster.url}`);
console.log(`  cache tier  Varnish  pid ${cluster.cache.pid}  port ${cluster.cache.port}`);
for (const [index, node] of cluster.nodes.entries()) console.log(`  app node ${index + 1}  pid ${node.pid}  port ${node.port}`);
console.log(`  database    ${cluster.database}${postgres ? `  (a throwaway PostgreSQL server in ${postgres.directory})` : ''}`);
if (values.state) {
  writeFileSync(values.state, `${JSON.stringify(state, null, 2)}\n`);
  console.log(`  state       ${path.resolve(values.state)}`);
}
console.log('Ctrl-C stops everything.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // `on`, not `once`: Ctrl-C reaches this process twice, from the terminal and relayed by tsx.
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void cluster.stop().then(() => {
      postgres?.stop();
      rmSync(workDir, { recursive: true, force: true });
      if (values.state) rmSync(values.state, { force: true });
      process.exit(0);
    });
  });
}
