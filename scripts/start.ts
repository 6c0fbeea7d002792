/*
 * `npm start`: one command from a fresh clone to a running portal. It prepares the database
 * (creating and seeding it when missing), builds when the build is missing or stale, then
 * serves the production build on PORT (default 3000) with scripts/server.ts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { resolveDatabasePath } from '../db/client';
import { prepareSiteDatabase } from '../db/prepare';
import { databaseProblem } from '../db/startupCheck';
import { settingsOrExit } from '../lib/settings';
import { ensureFreshBuild } from './buildFingerprint';

const root = path.resolve(import.meta.dirname, '..');
const serverScript = path.join(root, 'scripts', 'server.ts');

const { siteUrl } = settingsOrExit();
const databaseFile = resolveDatabasePath();
try {
  console.log(prepareSiteDatabase(databaseFile, siteUrl));
} catch (error) {
  // Say what is wrong with the file and what to do, rather than print a stack trace.
  console.error(databaseProblem(databaseFile) ?? `The database at ${databaseFile} could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
ensureFreshBuild(root, databaseFile);

const server = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', serverScript], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', DATABASE_PATH: databaseFile },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
