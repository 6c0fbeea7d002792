import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What `next build` reads: a change to any of these makes the build stale. */
const BUILD_INPUTS = ['app', 'components', 'db', 'public', 'next.config.ts', 'tsconfig.json', 'package-lock.json'];
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
