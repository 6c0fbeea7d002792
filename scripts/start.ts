/*
 * `npm start`: one command from a fresh clone to a running portal. It prepares the database
 * (creating and seeding it when missing), builds when the build is missing or stale, then
 * serves the production build on PORT (default 3000) with scripts/server.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveDatabasePath } from '../db/client';
import { prepareDatabase } from '../db/prepare';
import { BUILD_FINGERPRINT_FILE, computeBuildFingerprint } from './buildFingerprint';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', '.bin', 'next');
const serverScript = path.join(root, 'scripts', 'server.ts');

function ensureFreshBuild(): void {
  const fingerprint = computeBuildFingerprint(root);
  const fingerprintFile = path.join(root, BUILD_FINGERPRINT_FILE);
  const built = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8') : null;
  if (built === fingerprint && existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  console.log(built ? 'Sources changed since the last build: building…' : 'No production build yet: building…');
  const result = spawnSync(nextBin, ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(fingerprintFile, fingerprint);
}

const databaseFile = resolveDatabasePath();
const outcome = prepareDatabase(databaseFile);
console.log(outcome === 'created' ? `Created ${databaseFile} with the demo content.` : `Using ${databaseFile}.`);
ensureFreshBuild();

const server = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', serverScript], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', DATABASE_PATH: databaseFile },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
