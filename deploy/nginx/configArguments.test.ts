import { describe, expect, it } from 'vitest';
import { readNginxConfigArguments } from './configArguments';

const PRODUCTION = ['--upstream', '127.0.0.1:3001', '--upstream', '127.0.0.1:3002', '--prefix', '/var/lib/nation-express-nginx/'];
const CERTIFICATE = [
  '--tls-certificate',
  '/etc/letsencrypt/live/news.example.org/fullchain.pem',
  '--tls-certificate-key',
  '/etc/letsencrypt/live/news.example.org/privkey.pem',
];

describe('readNginxConfigArguments', () => {
  it('listens on port 80 of every address without a certificate, with directories under the prefix', () => {
    const { options, out } = readNginxConfigArguments([...PRODUCTION, '--acme-webroot', '/var/www/acme']);

    expect(options).toMatchObject({
      listen: ['80', '[::]:80'],
      upstreams: ['127.0.0.1:3001', '127.0.0.1:3002'],
      prefix: '/var/lib/nation-express-nginx',
      cacheDir: '/var/lib/nation-express-nginx/cache',
      staticCeilingDir: '/var/lib/nation-express-nginx/static-ceiling',
      acmeWebroot: '/var/www/acme',
    });
    expect(options.tls).toBeUndefined();
    expect(out).toBeUndefined();
  });

  it('listens on 443 with a certificate, and on 80 only to redirect', () => {
    const { options } = readNginxConfigArguments([...PRODUCTION, ...CERTIFICATE, '--user', 'www-data', '--worker-processes', '2']);

    expect(options.listen).toEqual(['443', '[::]:443']);
    expect(options.tls).toEqual({
      certificate: '/etc/letsencrypt/live/news.example.org/fullchain.pem',
      certificateKey: '/etc/letsencrypt/live/news.example.org/privkey.pem',
      httpListen: undefined,
    });
    expect(options.user).toBe('www-data');
    expect(options.workerProcesses).toBe(2);
  });

  it('takes other addresses when named', () => {
    const { options, out } = readNginxConfigArguments([
      ...PRODUCTION,
      ...CERTIFICATE,
      '--listen',
      '192.0.2.10:443',
      '--http-listen',
      '192.0.2.10:80',
      '--out',
      '/etc/nation-express/nginx.conf',
    ]);

    expect(options.listen).toEqual(['192.0.2.10:443']);
    expect(options.tls?.httpListen).toEqual(['192.0.2.10:80']);
    expect(out).toBe('/etc/nation-express/nginx.conf');
  });

  it('makes nginx the TLS edge in front of the cache tier, with no cache of its own', () => {
    const { options } = readNginxConfigArguments([
      '--cache-tier',
      '127.0.0.1:6081',
      '--cache-tier',
      '10.0.0.12:6081',
      '--prefix',
      '/var/lib/nation-express-nginx',
      ...CERTIFICATE,
      '--user',
      'www-data',
    ]);

    expect(options).toEqual({
      cacheTier: ['127.0.0.1:6081', '10.0.0.12:6081'],
      listen: ['443', '[::]:443'],
      prefix: '/var/lib/nation-express-nginx',
      user: 'www-data',
      workerProcesses: undefined,
      tls: {
        certificate: '/etc/letsencrypt/live/news.example.org/fullchain.pem',
        certificateKey: '/etc/letsencrypt/live/news.example.org/privkey.pem',
        httpListen: undefined,
      },
      acmeWebroot: undefined,
    });
  });

  it.each([
    [['--prefix', '/var/lib/nx'], /--upstream.*--cache-tier/],
    [[...PRODUCTION, '--cache-tier', '127.0.0.1:6081'], /not both/],
    [['--cache-tier', '127.0.0.1:6081', '--prefix', '/var/lib/nx', '--cache-max-size', '2g'], /--cache-max-size is for nginx as the cache/],
    [['--cache-tier', '127.0.0.1:6081', '--prefix', '/var/lib/nx', '--static-ceiling-dir', '/srv/ceiling'], /--static-ceiling-dir/],
    [['--upstream', '127.0.0.1:3001'], /--prefix/],
    [[...PRODUCTION, '--tls-certificate', '/etc/tls/cert.pem'], /go together/],
    [[...PRODUCTION, '--http-listen', '80'], /needs --tls-certificate/],
    [[...PRODUCTION, '--worker-processes', 'many'], /--worker-processes/],
    [[...PRODUCTION, '--listne', '80'], /Unknown option '--listne'/],
    [[...PRODUCTION, 'nginx.conf'], /Unexpected argument: nginx.conf/],
  ])('refuses %j', (args, reason) => {
    expect(() => readNginxConfigArguments(args)).toThrow(reason);
  });
});
