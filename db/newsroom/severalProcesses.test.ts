import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { migrateStore } from '../migrate';
import { openPostgresStore } from '../postgres/store';
import { prepareDatabase } from '../prepare';
import { setProcessStore } from '../processDatabase';
import { openSqliteStore } from '../sqliteStore';
import type { DatabaseEngine, Store } from '../store';
import { createDatabase } from '../testing/postgresServer';
import { TEST_ENGINES } from '../testing/testStore';
import { createStaffMember, findStaffForLogin } from './accounts';
import { checkPassword } from './passwordCheck';
import { addressKey, recordPasswordFailure } from './passwordThrottle';
import { endSession, staffForSession, startSession } from './sessions';
import { readUploadedImage, storeUploadedImage } from './uploadedImages';

/*
 * Two stores on one database stand for two app processes (on one machine for SQLite, on any for
 * PostgreSQL): what one writes about staff, or an image uploaded through it, the other must honour
 * or serve at once.
 */

const PASSWORD = 'correct horse battery staple';

/**
 * Runs `work` as the process whose store is `store`. Works started together each take the store
 * set when they start only if they ask for it once, on entry (as recordPasswordFailure does).
 */
async function through<T>(store: Store, work: () => Promise<T>): Promise<T> {
  setProcessStore(store);
  try {
    return await work();
  } finally {
    setProcessStore(undefined);
  }
}

async function openTwoStores(engine: DatabaseEngine, cleanUps: (() => Promise<void> | void)[]): Promise<[Store, Store]> {
  switch (engine) {
    case 'sqlite': {
      const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-processes-'));
      cleanUps.push(() => rmSync(directory, { recursive: true, force: true }));
      const file = path.join(directory, 'shared.sqlite');
      prepareDatabase(file, { demoContent: false });
      return [openSqliteStore(file), openSqliteStore(file)];
    }
    case 'postgres': {
      const database = await createDatabase(inject('postgresUrl'), `processes_${process.pid}_${Date.now().toString(36)}`);
      cleanUps.push(database.drop);
      const first = await openPostgresStore(database.url);
      await migrateStore(first);
      return [first, await openPostgresStore(database.url)];
    }
  }
}

describe.each(TEST_ENGINES)('staff state shared by two processes on %s', (engine) => {
  const cleanUps: (() => Promise<void> | void)[] = [];
  let one: Store;
  let other: Store;
  beforeAll(async () => {
    [one, other] = await openTwoStores(engine, cleanUps);
    cleanUps.push(() => one.close(), () => other.close());
  });
  afterAll(async () => {
    for (const cleanUp of cleanUps.reverse()) await cleanUp();
  });

  it('honours a session begun through one process in the other, and ends it in both', async () => {
    const member = await through(one, () => createStaffMember({ email: 'asha@example.in', name: 'Asha', role: 'editor', password: PASSWORD }));
    const { token } = await through(one, () => startSession(member.id));
    expect(await through(other, () => staffForSession(token))).toMatchObject({ id: member.id, email: 'asha@example.in' });
    await through(other, () => endSession(token));
    expect(await through(one, () => staffForSession(token))).toBeNull();
  });

  // PostgreSQL only: two SQLite stores in one process would block each other's thread (a second
  // BEGIN IMMEDIATE waits, synchronously, for a lock the first holds while awaiting). Between two
  // processes the file's write lock serializes their writes, and one store's own concurrent
  // failures are counted exactly on both engines (./passwordThrottle.test.ts).
  it.runIf(engine === 'postgres')('counts failures arriving at once through both processes, each exactly once', async () => {
    const keys = [addressKey('203.0.113.7'), addressKey('203.0.113.8')];
    const failures = Array.from({ length: 20 }, (_, n) => through(n % 2 === 0 ? one : other, () => recordPasswordFailure(keys)));
    await Promise.all(failures);
    const t = one.tables;
    const counts = await one.read.select({ key: t.loginFailures.key, failures: t.loginFailures.failures }).from(t.loginFailures).where(inArray(t.loginFailures.key, keys));
    expect(counts.sort((a, b) => a.key.localeCompare(b.key))).toEqual(keys.map((key) => ({ key, failures: 20 })));
  });

  it('holds up, through one process, a login guessed at through the other', async () => {
    const attempt = async (password: string, address: string) =>
      checkPassword({ account: await findStaffForLogin('asha@example.in'), email: 'asha@example.in', password, deviceToken: undefined, address });
    for (let n = 0; n < 5; n += 1) expect(await through(one, () => attempt('wrong password!', `192.0.2.${n}`))).toEqual({ kind: 'wrong' });
    expect((await through(other, () => attempt(PASSWORD, '192.0.2.99'))).kind).toBe('throttled');
  });

  it('serves an image uploaded through one process from the other', async () => {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#884422' } }).png().toBuffer();
    const stored = await through(one, () => storeUploadedImage(new File([new Uint8Array(png)], 'photo.png'), null));
    const served = await through(other, () => readUploadedImage(`${stored.path.replace('uploads/', '')}-800.webp`));
    expect(served?.type).toBe('image/webp');
    expect(await sharp(served?.bytes).metadata()).toMatchObject({ width: 800, height: 450 });
  });
});
