import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/*
 * `npm ci` warns when an installed package's `engines` does not admit the running Node.js. The
 * project's own `engines` must be the Node versions every installed package admits, so that
 * what package.json promises is true and an install on a promised version prints no warning.
 */

const root = path.resolve(import.meta.dirname, '..');
const manifest = z.object({ engines: z.object({ node: z.string() }) }).parse(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));
const lockPackage = z.object({
  engines: z.union([z.object({ node: z.string().optional() }), z.array(z.string())]).optional(),
  optional: z.boolean().optional(),
  os: z.array(z.string()).optional(),
  cpu: z.array(z.string()).optional(),
});
const lock = z.object({ packages: z.record(z.string(), lockPackage) }).parse(JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')));

/** Whether npm installs this optional package here: `os` and `cpu` lists admit this machine (a `!name` excludes it). */
function installedHere(entry: z.infer<typeof lockPackage>): boolean {
  const admits = (list: string[] | undefined, value: string) =>
    !list || (list.some((item) => !item.startsWith('!')) ? list.includes(value) : !list.includes(`!${value}`));
  return !entry.optional || (admits(entry.os, process.platform) && admits(entry.cpu, process.arch));
}

describe("package.json's engines", () => {
  it('admits only Node.js versions that every installed package admits', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([name, entry]) => name !== '' && installedHere(entry))
      .flatMap(([name, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !semver.subset(manifest.engines.node, range) ? [`${name} (${range})`] : [];
      });
    expect(refusing).toEqual([]);
  });

  it('admits the Node.js running the tests, the version the README names', () => {
    expect(semver.satisfies(process.version, manifest.engines.node)).toBe(true);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(`Node.js ${semver.major(process.version)}`);
  });
});
