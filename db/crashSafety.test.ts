import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { recordContentChange } from './contentChanges';
import { prepareDatabase } from './prepare';
import { openSqliteStore } from './sqliteStore';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-crash-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const CLIENT = path.resolve(import.meta.dirname, 'client.ts');
const SQLITE_STORE = path.resolve(import.meta.dirname, 'sqliteStore.ts');
const CONTENT_CHANGES = path.resolve(import.meta.dirname, 'contentChanges.ts');

describe('a writer killed with SIGKILL', () => {
  it('loses no committed write and leaves the database intact', async () => {
    const file = path.join(directory, 'crash.sqlite');
    await prepareDatabase(file, { demoContent: true });
    // A real process writing as the site does (same connection settings), reporting each commit.
    const writer = path.join(directory, 'writer.ts');
    writeFileSync(
      writer,
      `import { openSqliteStore } from ${JSON.stringify(SQLITE_STORE)};
       import { recordContentChange } from ${JSON.stringify(CONTENT_CHANGES)};
       const store = openSqliteStore(${JSON.stringify(file)});
       void (async () => {
         for (let n = 0; ; n += 1) {
           await store.write((tx, t) => recordContentChange(tx, t, ['crash:' + n]));
           process.stdout.write(n + '\\n');
         }
       })();`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', writer], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve) => {
      const waitForWrites = setInterval(() => {
        if (output.split('\n').length > 200) {
          clearInterval(waitForWrites);
          resolve();
        }
      }, 10);
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const acknowledged = output.split('\n').filter((line) => /^\d+$/.test(line)).map(Number);
    const lastAcknowledged = Math.max(...acknowledged);
    const sqlite = new Database(file);
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(
        sqlite
          .prepare(`select tags from content_changes where tags like '%crash:%'`)
          .pluck()
          .all()
          .map((tags) => Number(String(tags).replace(/\D/g, ''))),
      );
      const lost = acknowledged.filter((n) => !stored.has(n));
      expect(lost).toEqual([]);
      expect(stored.has(lastAcknowledged)).toBe(true);
    } finally {
      sqlite.close();
    }
  }, 30_000);
});

describe('a writer meeting another writer’s lock', () => {
  it('waits for it (within the busy timeout) instead of failing', async () => {
    const file = path.join(directory, 'locked.sqlite');
    await prepareDatabase(file, { demoContent: true });
    // Another process takes the write lock, holds it for 400 ms, then commits.
    const holder = path.join(directory, 'holder.ts');
    writeFileSync(
      holder,
      `import { openDatabase } from ${JSON.stringify(CLIENT)};
       const { sqlite } = openDatabase(${JSON.stringify(file)});
       sqlite.exec('begin immediate');
       sqlite.prepare('insert into content_changes (tags, changed_at) values (?, ?)').run(JSON.stringify(['held']), Date.now());
       process.stdout.write('locked\\n');
       setTimeout(() => { sqlite.exec('commit'); sqlite.close(); }, 400);`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', holder], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
    const store = openSqliteStore(file);
    const started = performance.now();
    await store.write((tx, t) => recordContentChange(tx, t, ['after-the-lock']));
    const waited = performance.now() - started;
    await store.close();
    await new Promise((resolve) => child.once('exit', resolve));
    expect(waited).toBeGreaterThan(200);
    expect(waited).toBeLessThan(5000);
    const check = new Database(file);
    expect(check.prepare('select tags from content_changes order by id').pluck().all().slice(-2)).toEqual(['["held"]', '["after-the-lock"]']);
    check.close();
  }, 30_000);
});
