/*
 * `npm run serve:proxy`: the portal behind nginx as deployed (deploy/nginx), two app processes on
 * one database, on http://127.0.0.1:8080.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startProxyStack } from '../deploy/nginx/proxyStack';

async function main(): Promise<void> {
  // Loaded here so that benchmarks importing this module do not load the database code.
  const { resolveDatabasePath } = await import('../db/processDatabase');
  const { prepareSiteDatabase } = await import('../db/prepare');
  const { settingsOrExit } = await import('../lib/settings');
  const databasePath = resolveDatabasePath();
  // As `npm start` does: create a missing database (demo content on a local origin), apply pending migrations.
  console.log(await prepareSiteDatabase({ engine: 'sqlite', file: databasePath }, settingsOrExit().siteUrl));
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'nation-express-proxy-'));
  const stack = await startProxyStack({
    appPorts: [3201, 3202],
    proxyPort: 8080,
    database: { engine: 'sqlite', file: databasePath },
    workDir,
    staticCeilingDir: path.join(workDir, 'static-ceiling'),
  }).catch((error: unknown) => {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  });
  console.log(`The Nation Express is serving through nginx on ${stack.url} (app processes: ${stack.appUrls.join(', ')})`);
  console.log(`nginx configuration, cache and logs: ${workDir}. Ctrl-C stops everything.`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // `on`, not `once`: Ctrl-C reaches this process twice, from the terminal and relayed by tsx.
    process.on(signal, () => {
      void stack.stop().then(() => {
        rmSync(workDir, { recursive: true, force: true });
        process.exit(0);
      });
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
