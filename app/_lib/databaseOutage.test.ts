import { describe, expect, it } from 'vitest';
import { setUpUnreachableStore } from '../../db/testing/testStore';
import { DATABASE_OUTAGE_DIGEST } from '../../lib/databaseOutage';
import { GET as getMobilePage } from '../m/[[...path]]/route';
import { GET as getUploadedImage } from '../images/uploads/[file]/route';
import { answerUnlessDatabaseUnavailable, asPageError, noteDatabaseOutage, runNotingDatabaseOutage, type OutageNote } from './databaseOutage';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' });

async function expectOutageAnswer(response: Response): Promise<string> {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('30');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('etag')).toBeNull();
  return response.text();
}

describe('answerUnlessDatabaseUnavailable', () => {
  it('passes an answer through', async () => {
    const response = await answerUnlessDatabaseUnavailable(async () => new Response('ok'));
    expect(await response.text()).toBe('ok');
  });

  it('answers 503, try again in 30 s, stored by no cache, when the database cannot be reached', async () => {
    const text = await expectOutageAnswer(
      await answerUnlessDatabaseUnavailable(async () => {
        throw new Error('Failed query: select 1', { cause: refused() });
      }),
    );
    expect(text).toMatch(/briefly unavailable/);
  });

  it('leaves any other failure to be an error', async () => {
    const bug = new TypeError('not a function');
    await expect(
      answerUnlessDatabaseUnavailable(async () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
  });
});

describe('asPageError and the outage note', () => {
  it('marks an unreachable database for the error page and notes the response', () => {
    const note: OutageNote = { databaseUnavailable: false };
    const cause = refused();
    const error = runNotingDatabaseOutage(note, () => asPageError(cause));
    expect(error).toMatchObject({ digest: DATABASE_OUTAGE_DIGEST, cause });
    expect(note.databaseUnavailable).toBe(true);
  });

  it('leaves any other error as it is, and the response unnoted', () => {
    const note: OutageNote = { databaseUnavailable: false };
    const bug = new RangeError('Invalid time value');
    expect(runNotingDatabaseOutage(note, () => asPageError(bug))).toBe(bug);
    expect(note.databaseUnavailable).toBe(false);
  });

  it('reaches the note through the awaits of a request, and only its own', async () => {
    const first: OutageNote = { databaseUnavailable: false };
    const second: OutageNote = { databaseUnavailable: false };
    await Promise.all([
      runNotingDatabaseOutage(first, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        noteDatabaseOutage();
      }),
      runNotingDatabaseOutage(second, async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }),
    ]);
    expect(first.databaseUnavailable).toBe(true);
    expect(second.databaseUnavailable).toBe(false);
    // Outside any request (a script, a test) there is nothing to note, and nothing fails.
    expect(() => noteDatabaseOutage()).not.toThrow();
  });
});

describe('routes while PostgreSQL cannot be reached', () => {
  setUpUnreachableStore();

  it('answers a mobile page with the outage page', async () => {
    const html = await expectOutageAnswer(await getMobilePage(new Request('http://localhost/m/article/a-story'), { params: Promise.resolve({ path: ['article', 'a-story'] }) }));
    expect(html).toContain('The site is briefly unavailable');
  });

  it('answers an uploaded image with the outage answer', async () => {
    const file = `${'0'.repeat(24)}-480.webp`;
    await expectOutageAnswer(await getUploadedImage(new Request(`http://localhost/images/uploads/${file}`), { params: Promise.resolve({ file }) }));
  });
});
