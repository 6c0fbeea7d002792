import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What `next build` reads: a change to any of these makes the build stale. */
const BUILD_INPUTS = ['app', 'components', 'db', 'lib', 'server', 'public', 'next.config.ts', 'tsconfig.json', 'package-lock.json'];
const IGNORED_DIRECTORIES = new Set(['data', 'node_modules']);

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((child) => !(child.isDirectory() && IGNORED_DIRECTORIES.has(child.name)))
    .flatMap((child) => listFiles(path.join(entry, child.name)));
}

/** A hash of every build input's path and content, independent of file times. */
export function computeBuildFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap((input) => listFiles(path.join(root, input))).sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export const BUILD_FINGERPRINT_FILE = '.next/nation-express-build-fingerprint';

/**
 * Runs `next build` when there is no build, or the sources changed since the last one. The build
 * prerenders the few pages without parameters, so it reads the database `databasePath` names.
 */
export function ensureFreshBuild(root: string, databasePath: string): void {
  const fingerprint = computeBuildFingerprint(root);
  const fingerprintFile = path.join(root, BUILD_FINGERPRINT_FILE);
  const built = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8') : null;
  if (built === fingerprint && existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  console.log(built ? 'Sources changed since the last build: building…' : 'No production build yet: building…');
  const nextBin = path.join(root, 'node_modules', '.bin', 'next');
  const result = spawnSync(nextBin, ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_PATH: databasePath },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(fingerprintFile, fingerprint);
}
