import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from './prepare';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-crash-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const CLIENT = path.resolve(import.meta.dirname, 'client.ts');
const CONTENT_CHANGES = path.resolve(import.meta.dirname, 'contentChanges.ts');

describe('a writer killed with SIGKILL', () => {
  it('loses no committed write and leaves the database intact', async () => {
    const file = path.join(directory, 'crash.sqlite');
    prepareDatabase(file);
    // A real process writing as the site does (same connection settings), reporting each commit.
    const writer = path.join(directory, 'writer.ts');
    writeFileSync(
      writer,
      `import { openDatabase, WRITE_TRANSACTION } from ${JSON.stringify(CLIENT)};
       import { recordContentChange } from ${JSON.stringify(CONTENT_CHANGES)};
       const { db } = openDatabase(${JSON.stringify(file)});
       for (let n = 0; ; n += 1) {
         db.transaction((tx) => recordContentChange(tx, ['crash:' + n]), WRITE_TRANSACTION);
         process.stdout.write(n + '\\n');
       }`,
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
