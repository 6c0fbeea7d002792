import { copyFileSync, mkdtempSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from './client';
import { closeProcessStore, isProcessDatabaseFileInPlace, processStore } from './processDatabase';
import { prepareDatabase } from './prepare';

describe('openDatabase', () => {
  it('reports how long each statement took when asked', () => {
    const durations: number[] = [];
    const { sqlite, db } = openDatabase(':memory:', { onStatementTime: (seconds) => durations.push(seconds) });
    db.run(sql`create table t (x integer)`);
    db.run(sql`insert into t values (1), (2)`);
    expect(db.all(sql`select x from t`)).toEqual([{ x: 1 }, { x: 2 }]);
    expect(db.get(sql`select count(*) as n from t`)).toEqual({ n: 2 });
    expect(durations).toHaveLength(4);
    for (const seconds of durations) expect(seconds).toBeGreaterThanOrEqual(0);
    sqlite.close();
  });
});

describe('isProcessDatabaseFileInPlace', () => {
  it('notices the file the process opened deleted, or replaced by another', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-client-'));
    const file = path.join(directory, 'site.sqlite');
    try {
      await prepareDatabase(file, { demoContent: false });
      vi.stubEnv('DATABASE_PATH', file);
      await processStore();
      expect(isProcessDatabaseFileInPlace()).toBe(true);
      // A restore renames another file into place: the connection still reads the old one.
      copyFileSync(file, `${file}.restored`);
      renameSync(`${file}.restored`, file);
      expect(isProcessDatabaseFileInPlace()).toBe(false);
      await closeProcessStore();
      await processStore();
      expect(isProcessDatabaseFileInPlace()).toBe(true);
      unlinkSync(file);
      expect(isProcessDatabaseFileInPlace()).toBe(false);
    } finally {
      await closeProcessStore();
      vi.unstubAllEnvs();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
