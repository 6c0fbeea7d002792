/*
 * `npm start`: one command from a fresh clone to a running portal. It prepares the database
 * (creating and seeding it when missing), builds when the build is missing or stale, then
 * serves the production build on PORT (default 3000) with scripts/serve.ts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { prepareSiteOrExit } from '../server/prepareSite';

const root = path.resolve(import.meta.dirname, '..');
const serverScript = path.join(root, 'scripts', 'serve.ts');

const databaseFile = await prepareSiteOrExit(root);

const server = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', serverScript], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', DATABASE_PATH: databaseFile },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
