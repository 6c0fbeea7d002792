import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from 'node:net';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createDatabase, findPostgresBinaries, startPostgresServer } from './postgresServer';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Whether a process still runs (Linux's /proc); one that ended but that init has not reaped yet counts as gone. */
function processRuns(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the throwaway PostgreSQL server of the test run', () => {
  it('is PostgreSQL', async () => {
    const { rows } = await withClient(inject('postgresUrl'), (client) => client.query<{ version: string }>('select version()'));
    expect(rows[0]?.version).toMatch(/^PostgreSQL \d+/);
  });

  it('gives a fresh database in which a schema and a table can be made and dropped', async () => {
    const database = await createDatabase(inject('postgresUrl'), `server_test_${process.pid}`);
    try {
      await withClient(database.url, async (client) => {
        await client.query('create schema probe');
        await client.query('create table probe.notes (id integer primary key, body text not null)');
        await client.query("insert into probe.notes values (1, 'ünïcode ✓')");
        const { rows } = await client.query<{ body: string }>('select body from probe.notes');
        expect(rows).toEqual([{ body: 'ünïcode ✓' }]);
        await client.query('drop schema probe cascade');
        const left = await client.query("select 1 from information_schema.schemata where schema_name = 'probe'");
        expect(left.rowCount).toBe(0);
      });
    } finally {
      await database.drop();
    }
  });
});

describe('startPostgresServer', () => {
  it('leaves nothing behind once stopped: no server, no directory, no listener', async () => {
    const server = await startPostgresServer();
    // The first line of postmaster.pid is the server's process id.
    const pid = Number(readFileSync(`${server.directory}/data/postmaster.pid`, 'utf8').split('\n')[0]);
    expect(processRuns(pid)).toBe(true);
    await withClient(server.url, (client) => client.query('select 1'));
    expect(await portAccepts(server.port)).toBe(true);

    server.stop();
    server.stop();

    expect(processRuns(pid)).toBe(false);
    expect(existsSync(server.directory)).toBe(false);
    expect(await portAccepts(server.port)).toBe(false);
  });

  it('pauses as an outage would, and resumes on the same port with the data kept', async () => {
    const server = await startPostgresServer();
    try {
      await withClient(server.url, (client) => client.query('create table kept (note text); insert into kept values (\'before\')'));
      await server.pause();
      expect(await portAccepts(server.port)).toBe(false);
      await server.resume();
      const { rows } = await withClient(server.url, (client) => client.query<{ note: string }>('select note from kept'));
      expect(rows).toEqual([{ note: 'before' }]);
    } finally {
      server.stop();
    }
    expect(existsSync(server.directory)).toBe(false);
  });
});

describe('findPostgresBinaries', () => {
  function fakeInstall(root: string, directories: string[]): void {
    for (const directory of directories) {
      mkdirSync(path.join(root, directory), { recursive: true });
      for (const name of ['initdb', 'pg_ctl']) {
        writeFileSync(path.join(root, directory, name), '#!/bin/sh\n');
        chmodSync(path.join(root, directory, name), 0o755);
      }
    }
  }

  it('takes PATH first, then the highest of Debian\'s versions, and says how to install PostgreSQL when there is none', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'nation-express-postgres-binaries-'));
    try {
      fakeInstall(root, ['onpath', 'debian/9.6/bin', 'debian/15/bin', 'debian/16/bin']);
      const debianRoot = path.join(root, 'debian');
      expect(findPostgresBinaries({ searchPath: path.join(root, 'onpath'), debianRoot }).pgCtl).toBe(path.join(root, 'onpath', 'pg_ctl'));
      expect(findPostgresBinaries({ searchPath: path.join(root, 'nothing'), debianRoot })).toEqual({
        initdb: path.join(debianRoot, '16', 'bin', 'initdb'),
        pgCtl: path.join(debianRoot, '16', 'bin', 'pg_ctl'),
      });
      expect(() => findPostgresBinaries({ searchPath: '', debianRoot: path.join(root, 'missing') })).toThrow(
        /run scripts\/ensure-test-tools\.sh, or install Debian's postgresql package/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
