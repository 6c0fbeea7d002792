import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createDatabase, startPostgresServer } from './postgresServer';

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
});
