import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = import.meta.dirname;

// Only the boundary rules run, without type information, so a snippet can be linted as a file that
// does not exist. What it imports must exist, because the rules judge the resolved file (an import
// that resolves nowhere is skipped), so import/no-unresolved runs too and keeps the snippets honest.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: path.join(ROOT, 'eslint.config.mjs'),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { 'import/no-unresolved': 'error' },
  },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/') || ruleId === 'import/no-unresolved',
});

async function lintAs(file: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

/** Some module of a folder (its path from the root, without extension), so the test survives files moving. */
function moduleIn(folder: string): string {
  const file = readdirSync(path.join(ROOT, folder))
    .filter((name) => /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name))
    .sort()[0];
  if (!file) throw new Error(`${folder}/ holds no module for this test to import`);
  return `${folder}/${file.replace(/\.tsx?$/, '')}`;
}

const APP_GLUE = moduleIn('app/_lib');
const COMPONENT = moduleIn('components');
const SERVER = moduleIn('server');
const SCRIPT = moduleIn('scripts');
const BENCH = moduleIn('bench');
const LIB = moduleIn('lib');
const E2E_HELPER = moduleIn('e2e');

// The snippets sit one folder deep, so `../` reaches the root.
const REFUSED: { name: string; file: string; code: string; says: string }[] = [
  { name: 'a component imports app/_lib', file: 'components/Probe.tsx', code: `import { x } from '../${APP_GLUE}';`, says: 'components/ are views' },
  { name: 'a component imports a route', file: 'components/Probe.tsx', code: `import Layout from '../app/layout';`, says: 'components/ are views' },
  { name: 'a component imports a route through the @/ alias', file: 'components/Probe.tsx', code: `import Layout from '@/app/layout';`, says: 'components/ are views' },
  { name: 'a component re-exports from a route', file: 'components/Probe.tsx', code: `export { default } from '../app/layout';`, says: 'components/ are views' },
  { name: 'a component loads a route lazily', file: 'components/Probe.tsx', code: `export const layout = () => import('../app/layout');`, says: 'components/ are views' },
  { name: 'a component imports a type from a route', file: 'components/Probe.tsx', code: `import type { X } from '../app/layout';`, says: 'components/ are views' },
  { name: 'a component imports the server', file: 'components/Probe.tsx', code: `import { x } from '../${SERVER}';`, says: 'components/ are views' },
  { name: 'a component imports a db value', file: 'components/Probe.tsx', code: `import { articles } from '../db/schema';`, says: 'components/ are views' },
  { name: 'a component imports from db/ with inline `type` (only `import type` is a type import)', file: 'components/Probe.tsx', code: `import { type Article } from '../db/schema';`, says: 'components/ are views' },
  { name: 'a component imports a type from db/client', file: 'components/Probe.tsx', code: `import type { AppDatabase } from '../db/client';`, says: 'db/client.ts opens database connections' },
  { name: 'a component test imports a route', file: 'components/Probe.test.tsx', code: `import Layout from '../app/layout';`, says: 'components/ are views' },
  { name: 'db/ imports a route', file: 'db/probe.ts', code: `import Layout from '../app/layout';`, says: 'db/ is the only door to data' },
  { name: 'db/ imports app/_lib', file: 'db/probe.ts', code: `import { x } from '../${APP_GLUE}';`, says: 'db/ is the only door to data' },
  { name: 'db/ imports a component', file: 'db/probe.ts', code: `import { x } from '../${COMPONENT}';`, says: 'db/ is the only door to data' },
  { name: 'db/ imports a type from a component', file: 'db/probe.ts', code: `import type { X } from '../${COMPONENT}';`, says: 'db/ is the only door to data' },
  { name: 'db/ imports the server', file: 'db/probe.ts', code: `import { x } from '../${SERVER}';`, says: 'db/ is the only door to data' },
  { name: 'lib/ imports next/navigation', file: 'lib/probe.ts', code: `import { notFound } from 'next/navigation';`, says: 'lib/ imports no framework' },
  { name: 'lib/ imports next', file: 'lib/probe.ts', code: `import type { NextConfig } from 'next';`, says: 'lib/ imports no framework' },
  { name: 'lib/ imports react', file: 'lib/probe.ts', code: `import { cache } from 'react';`, says: 'lib/ imports no framework' },
  { name: 'lib/ imports react-dom/server', file: 'lib/probe.ts', code: `import { renderToString } from 'react-dom/server';`, says: 'lib/ imports no framework' },
  { name: 'lib/ imports server-only', file: 'lib/probe.ts', code: `import 'server-only';`, says: 'lib/ imports no framework' },
  { name: 'lib/ imports node:http', file: 'lib/probe.ts', code: `import type { IncomingMessage } from 'node:http';`, says: 'lib/ imports no HTTP server' },
  { name: 'lib/ imports http', file: 'lib/probe.ts', code: `import http from 'http';`, says: 'lib/ imports no HTTP server' },
  { name: 'lib/ imports drizzle-orm', file: 'lib/probe.ts', code: `import { eq } from 'drizzle-orm';`, says: 'only db/ talks to the database' },
  { name: 'lib/ imports drizzle-orm/sqlite-core', file: 'lib/probe.ts', code: `import { sqliteTable } from 'drizzle-orm/sqlite-core';`, says: 'only db/ talks to the database' },
  { name: 'lib/ imports a type from db/', file: 'lib/probe.ts', code: `import type { X } from '../db/schema';`, says: 'lib/ holds framework-free rules and types' },
  { name: 'lib/ imports a component', file: 'lib/probe.ts', code: `import { x } from '../${COMPONENT}';`, says: 'lib/ holds framework-free rules and types' },
  { name: 'lib/ imports app/_lib', file: 'lib/probe.ts', code: `import { x } from '../${APP_GLUE}';`, says: 'lib/ holds framework-free rules and types' },
  { name: 'lib/ imports the server', file: 'lib/probe.ts', code: `import type { X } from '../${SERVER}';`, says: 'lib/ holds framework-free rules and types' },
  { name: 'lib/ imports a script', file: 'lib/probe.ts', code: `import { x } from '../${SCRIPT}';`, says: 'lib/ holds framework-free rules and types' },
  { name: 'lib/ imports bench/', file: 'lib/probe.ts', code: `import { x } from '../${BENCH}';`, says: 'lib/ holds framework-free rules and types' },
  { name: 'app/ imports db/client', file: 'app/probe.ts', code: `import { openDatabase } from '../db/client';`, says: 'db/client.ts opens database connections' },
  { name: 'app/ imports db/client through the @/ alias', file: 'app/probe.ts', code: `import type { AppDatabase } from '@/db/client';`, says: 'db/client.ts opens database connections' },
  { name: 'app/ imports processStore', file: 'app/probe.ts', code: `import { processStore } from '../db/processDatabase';`, says: 'hand out a database connection' },
  { name: 'app/ imports setProcessStore', file: 'app/probe.ts', code: `import { closeProcessStore, setProcessStore } from '../db/processDatabase';`, says: 'hand out a database connection' },
  { name: 'app/ re-exports processStore', file: 'app/probe.ts', code: `export { processStore } from '../db/processDatabase';`, says: 'hand out a database connection' },
  { name: 'scripts/ open a PostgreSQL store', file: 'scripts/probe.ts', code: `import { openPostgresStore } from '../db/postgres/store';`, says: 'hand out a database connection' },
  { name: 'app/ imports better-sqlite3', file: 'app/probe.test.ts', code: `import Database from 'better-sqlite3';`, says: 'only db/ talks to the database' },
  { name: 'app/ imports pg', file: 'app/probe.ts', code: `import pg from 'pg';`, says: 'only db/ talks to the database' },
  { name: 'app/ imports drizzle-orm', file: 'app/probe.ts', code: `import { eq } from 'drizzle-orm';`, says: 'only db/ talks to the database' },
  { name: 'app/ imports the server', file: 'app/probe.ts', code: `import { x } from '../${SERVER}';`, says: 'app/ holds routes' },
  { name: 'app/ imports a script', file: 'app/probe.ts', code: `import { x } from '../${SCRIPT}';`, says: 'app/ holds routes' },
  { name: 'app/ imports bench/', file: 'app/probe.ts', code: `import { x } from '../${BENCH}';`, says: 'app/ holds routes' },
  { name: 'server/ imports a script', file: 'server/probe.ts', code: `import { x } from '../${SCRIPT}';`, says: 'server/ is the HTTP server' },
  { name: 'server/ imports processStore', file: 'server/probe.ts', code: `import { processStore } from '../db/processDatabase';`, says: 'hand out a database connection' },
  { name: 'scripts/ import better-sqlite3', file: 'scripts/probe.ts', code: `import Database from 'better-sqlite3';`, says: 'only db/ talks to the database' },
  { name: 'scripts/ import a type from better-sqlite3', file: 'scripts/probe.ts', code: `import type Database from 'better-sqlite3';`, says: 'only db/ talks to the database' },
  { name: 'scripts/ import a type from pg', file: 'scripts/probe.ts', code: `import type { Pool } from 'pg';`, says: 'only db/ talks to the database' },
  { name: 'scripts/ import drizzle-orm', file: 'scripts/probe.ts', code: `import { sql } from 'drizzle-orm';`, says: 'only db/ talks to the database' },
  { name: 'scripts/ import db/client', file: 'scripts/probe.ts', code: `import { openDatabase } from '../db/client';`, says: 'db/client.ts opens database connections' },
  { name: 'e2e/ imports a component', file: 'e2e/probe.spec.ts', code: `import { x } from '../${COMPONENT}';`, says: 'e2e/ tests the running site' },
  { name: 'e2e/ imports app/', file: 'e2e/probe.spec.ts', code: `import { x } from '../${APP_GLUE}';`, says: 'e2e/ tests the running site' },
  { name: 'e2e/ imports db/client', file: 'e2e/probe.ts', code: `import { openDatabase } from '../db/client';`, says: 'db/client.ts opens database connections' },
  { name: 'bench/ imports db/client', file: 'bench/probe.ts', code: `import { openDatabase } from '../db/client';`, says: 'db/client.ts opens database connections' },
  { name: 'bench/ imports better-sqlite3', file: 'bench/probe.ts', code: `import Database from 'better-sqlite3';`, says: 'only db/ talks to the database' },
  { name: 'deploy/ imports the server', file: 'deploy/probe.ts', code: `import { x } from '../${SERVER}';`, says: 'deploy/ is a tool beside the site' },
  { name: 'next.config.ts imports the server', file: 'next.config.ts', code: `import { x } from './${SERVER}';`, says: 'next.config.ts may import lib/ only' },
  { name: 'next.config.ts imports db/', file: 'next.config.ts', code: `import { x } from './db/schema';`, says: 'next.config.ts may import lib/ only' },
  { name: 'a root config imports db/client', file: 'vitest.config.ts', code: `import { openDatabase } from './db/client';`, says: 'db/client.ts opens database connections' },
];

const ALLOWED: { name: string; file: string; code: string }[] = [
  { name: 'lib/ imports lib/ and plain packages', file: 'lib/probe.ts', code: `import { x } from './${path.basename(LIB)}';\nimport { z } from 'zod';\nimport path from 'node:path';` },
  { name: 'db/ imports lib/, db/client, better-sqlite3, pg and drizzle-orm', file: 'db/probe.ts', code: `import { x } from '../${LIB}';\nimport { openDatabase } from './client';\nimport { processStore } from './processDatabase';\nimport Database from 'better-sqlite3';\nimport pg from 'pg';\nimport { eq } from 'drizzle-orm';\nimport 'server-only';` },
  { name: 'a component imports lib/, components/, types from db/ and React', file: 'components/Probe.tsx', code: `import { x } from '../${LIB}';\nimport { y } from '../${COMPONENT}';\nimport type { Article } from '../db/schema';\nexport type { Staff } from '../db/schema';\nimport Link from 'next/link';\nimport { Fragment } from 'react';` },
  { name: 'app/ imports lib/, db/, components/ and the process database lifecycle', file: 'app/probe.ts', code: `import { x } from '../${LIB}';\nimport { articles } from '../db/schema';\nimport { closeProcessStore, resolveDatabasePath } from '../db/processDatabase';\nimport { y } from '../${COMPONENT}';\nimport { z } from '../${APP_GLUE}';\nimport { notFound } from 'next/navigation';` },
  { name: 'server/ imports app/, components/, db/ and node:http', file: 'server/probe.ts', code: `import Layout from '../app/layout';\nimport { y } from '../${COMPONENT}';\nimport { articles } from '../db/schema';\nimport http from 'node:http';` },
  { name: 'scripts/ import every layer and the tools', file: 'scripts/probe.ts', code: `import { a } from '../${SERVER}';\nimport { b } from '../${APP_GLUE}';\nimport { c } from '../${BENCH}';\nimport { d } from '../${LIB}';\nimport { closeProcessStore } from '../db/processDatabase';` },
  { name: 'e2e/ imports lib/, db/ functions, the server, bench/ and itself', file: 'e2e/probe.spec.ts', code: `import { x } from '../${LIB}';\nimport { articles } from '../db/schema';\nimport { a } from '../${SERVER}';\nimport { b } from '../${BENCH}';\nimport { y } from './${path.basename(E2E_HELPER)}';\nimport { test } from '@playwright/test';` },
  { name: 'bench/ imports lib/ and db/', file: 'bench/probe.ts', code: `import { x } from '../${LIB}';\nimport { articles } from '../db/schema';` },
  { name: 'next.config.ts imports lib/', file: 'next.config.ts', code: `import { x } from './${LIB}';\nimport type { NextConfig } from 'next';` },
  { name: 'a component test imports what its component may', file: 'components/Probe.test.tsx', code: `import { x } from '../${LIB}';\nimport { y } from '../${COMPONENT}';\nimport { describe } from 'vitest';` },
];

describe('layer boundaries (npm run lint)', { timeout: 60_000 }, () => {
  it.each(REFUSED)('refuses: $name', async ({ file, code, says }) => {
    const messages = await lintAs(file, code);
    expect(messages).toEqual([{ ruleId: 'boundaries/dependencies', message: expect.stringContaining(says) }]);
  });

  it.each(ALLOWED)('allows: $name', async ({ file, code }) => {
    expect(await lintAs(file, code)).toEqual([]);
  });

  it('refuses a file outside every layer, so a new folder is placed in one before it is linted', async () => {
    expect(await lintAs('misc/probe.ts', `export const x = 1;`)).toEqual([
      { ruleId: 'boundaries/no-unknown-files', message: expect.any(String) },
    ]);
  });
});
