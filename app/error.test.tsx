import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DATABASE_OUTAGE_DIGEST } from '../lib/databaseOutage';
import ErrorPage from './error';

const failed = (digest: string) => renderToStaticMarkup(<ErrorPage error={Object.assign(new Error('hidden'), { digest })} reset={() => {}} />);

describe('the desktop error page', () => {
  it('says the site is briefly unavailable when the page failed for the database', () => {
    const html = failed(DATABASE_OUTAGE_DIGEST);
    expect(html).toContain('<h1>The site is briefly unavailable</h1>');
    expect(html).toContain('Try again');
  });

  it('says something went wrong on our side for any other failure', () => {
    const html = failed('2913837162');
    expect(html).toContain('<h1>Something went wrong on our side</h1>');
    expect(html).not.toContain('briefly unavailable');
  });
});
