import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { withDatabaseFile } from './databaseFile';
import { prepareDatabase } from './prepare';
import { processStore } from './processDatabase';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-database-file-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('withDatabaseFile', () => {
  it('makes the file this process’s database while the work runs, and closes it after, even on failure', async () => {
    const file = path.join(directory, 'tool.sqlite');
    await prepareDatabase(file, { demoContent: false });
    // Without it, the process's database would be this missing file.
    vi.stubEnv('DATABASE_PATH', path.join(directory, 'missing.sqlite'));
    try {
      let opened: string | undefined;
      const answer = await withDatabaseFile(file, async () => {
        const store = await processStore();
        opened = store.engine === 'sqlite' ? store.file : store.engine;
        return 42;
      });
      expect(answer).toBe(42);
      await expect(processStore()).rejects.toThrow(/Cannot open the database at .*missing\.sqlite/);
      await expect(withDatabaseFile(file, () => Promise.reject(new Error('the work failed')))).rejects.toThrow('the work failed');
      await expect(processStore()).rejects.toThrow(/missing\.sqlite/);
      expect(opened).toBe(file);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a file that does not exist rather than create an empty database', async () => {
    await expect(withDatabaseFile(path.join(directory, 'absent.sqlite'), () => 0)).rejects.toThrow();
  });
});
