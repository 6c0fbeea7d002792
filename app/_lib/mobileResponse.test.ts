import { describe, expect, it, vi } from 'vitest';
import { mobileErrorPage } from './mobilePages';
import { mobilePageResponse } from './mobileResponse';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' });

describe('mobilePageResponse', () => {
  it('shows the outage page, with no script, when the database cannot be reached', async () => {
    const response = await mobilePageResponse(() => {
      throw new Error('Failed query', { cause: refused() });
    }, '/m/article/a-story');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<h1>The site is briefly unavailable</h1>');
    expect(html).toContain('Please try again in a minute.');
    expect(html).toContain('Exit mobile version');
    expect(html).not.toContain('<script');
  });

  it('shows the error page for any other failure', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await mobilePageResponse(() => {
        throw new TypeError('a bug');
      }, '/m/article/a-story');
      expect(response.status).toBe(mobileErrorPage().status);
      // Kept by no cache in front, as no error page is.
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toContain('<h1>Something went wrong on our side</h1>');
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
  });
});
