import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageNotice } from '../../../lib/newsroom/notices';
import { Refused } from '../../../lib/newsroom/refusals';
import { refusalToShow } from './refusal';

const SECRET = 'SQLITE_CORRUPT: /srv/nation-express/db/data/site.sqlite';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('refusalToShow', () => {
  it('shows a Refused change in its own words, and logs nothing', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const refusal = refusalToShow('sections', new Refused('section-address-taken'));
    expect(refusal).toBe('section-address-taken');
    expect(pageNotice('sections', { problem: refusal })).toBe('There is already a section at that address: choose another name.');
    expect(log).not.toHaveBeenCalled();
  });

  it('never shows a plain Error’s message: the person reads that the change failed, and the error is logged', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new Error(SECRET);
    const refusal = refusalToShow('sections', error);
    expect(refusal).toBe('failed');
    const notice = pageNotice('sections', { problem: refusal });
    expect(notice).toMatch(/^Something went wrong, and the change was not made\./);
    expect(notice).not.toContain('SQLITE');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('sections'), error);
  });

  it('treats a Refused change a page does not show, and anything thrown that is not an Error, as a failure', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(refusalToShow('topics', new Refused('email-taken'))).toBe('failed');
    expect(refusalToShow('editor', SECRET)).toBe('failed');
    expect(refusalToShow('editor', new Refused('slug-taken'))).toBe('slug-taken');
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('says that the database cannot be reached when that is why, with one line in the log and no error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warning = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' });
    const refusal = refusalToShow('sections', new Error('Failed query: insert into "categories"', { cause: refused }));
    expect(refusal).toBe('database-unavailable');
    expect(pageNotice('sections', { problem: refusal })).toBe('The database cannot be reached just now, so nothing was saved. Try again in a minute.');
    expect(warning).toHaveBeenCalledOnce();
    expect(error).not.toHaveBeenCalled();
  });
});
