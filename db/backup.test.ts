import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backUpDatabase, checkIntegrity, defaultBackupPath, digestTables, restoreDatabase } from './backup';
import { recordContentChange } from './contentChanges';
import { prepareDatabase } from './prepare';
import { openSqliteStore } from './sqliteStore';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-backup-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('backups', () => {
  it('are named after the database and the UTC second they were taken, beside it in backups/', () => {
    expect(defaultBackupPath('/var/lib/nation-express/nation-express.sqlite', new Date('2026-11-29T03:30:07.123Z'))).toBe(
      '/var/lib/nation-express/backups/nation-express-20261129T033007Z.sqlite',
    );
  });

  it('copy a database consistently while it is written to, and restore it exactly', async () => {
    const live = path.join(directory, 'live.sqlite');
    await prepareDatabase(live, { demoContent: true });
    const writer = openSqliteStore(live);
    let writes = 0;
    let lastWrite: Promise<void> = Promise.resolve();
    // Another connection keeps writing, as the site would, all through the backup.
    const load = setInterval(() => {
      lastWrite = writer.write((tx, t) => recordContentChange(tx, t, [`story:load-${writes}`]));
      writes += 1;
    }, 1);
    const backup = path.join(directory, 'backup.sqlite');
    await new Promise((resolve) => setTimeout(resolve, 30));
    await backUpDatabase(live, backup);
    await new Promise((resolve) => setTimeout(resolve, 30));
    clearInterval(load);
    await lastWrite;
    await writer.close();
    expect(writes).toBeGreaterThan(10);

    const copied = digestTables(backup);
    expect(copied.articles?.rows).toBeGreaterThan(40);
    // One file, to copy elsewhere or prune, even after it was read.
    expect([existsSync(`${backup}-wal`), existsSync(`${backup}-shm`)]).toEqual([false, false]);
    // The copy holds the writes made before it was taken, and none of those after.
    const liveNow = digestTables(live);
    expect(copied.content_changes?.rows).toBeGreaterThan(0);
    expect(copied.content_changes!.rows).toBeLessThan(liveNow.content_changes!.rows);

    const restored = path.join(directory, 'restored.sqlite');
    writeFileSync(restored, 'an old database to be replaced');
    await restoreDatabase(backup, restored);
    expect(digestTables(restored)).toEqual(copied);
  });

  it('restore a backup kept in WAL mode, leaving no staging files behind', async () => {
    const walBackup = path.join(directory, 'wal-mode-backup.sqlite');
    await prepareDatabase(walBackup, { demoContent: false });
    const target = path.join(directory, 'restored-from-wal.sqlite');

    await restoreDatabase(walBackup, target);

    expect(digestTables(target)).toEqual(digestTables(walBackup));
    expect(readdirSync(directory).filter((name) => name.startsWith('restored-from-wal'))).toEqual(['restored-from-wal.sqlite']);
  });

  it('never overwrite, and refuse to restore what is not a sound database of this site', async () => {
    const live = path.join(directory, 'live.sqlite');
    await expect(backUpDatabase(live, live)).rejects.toThrow(/never overwrites/);
    const garbage = path.join(directory, 'garbage.sqlite');
    writeFileSync(garbage, 'not a database at all');
    const target = path.join(directory, 'target.sqlite');
    writeFileSync(target, 'keep me');
    await expect(restoreDatabase(garbage, target)).rejects.toThrow(/garbage\.sqlite/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(() => checkIntegrity(garbage)).toThrow(/not a usable database|cannot be opened/);
  });
});
