import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, riskySettingWarnings, routeConsoleToLogger } from './logger';

const originalConsole = { ...console };

afterEach(() => {
  Object.assign(console, originalConsole);
});

describe('routeConsoleToLogger', () => {
  it('turns what the framework writes to the console into one JSON line each, newlines kept inside', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, next) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        next();
      },
    });
    routeConsoleToLogger(createLogger('info', destination));
    console.error('internal image response failed for /images/x\n{"level":60,"msg":"FORGED admin login"}\n.jpg', 404);
    console.log('ready');
    expect(lines).toHaveLength(2);
    const [failure, ready] = lines.map((line) => JSON.parse(line));
    expect(failure).toMatchObject({ level: 50, msg: 'internal image response failed for /images/x\n{"level":60,"msg":"FORGED admin login"}\n.jpg 404' });
    expect(ready).toMatchObject({ level: 30, msg: 'ready' });
  });
});

describe('riskySettingWarnings', () => {
  it('warns of metrics open to other machines and of trusting every address, and of nothing else', () => {
    expect(riskySettingWarnings({ metricsPort: 9464, metricsHost: '127.0.0.1', trustProxy: ['loopback', '10.0.0.0/8'] })).toEqual([]);
    expect(riskySettingWarnings({ metricsPort: undefined, metricsHost: '0.0.0.0', trustProxy: [] })).toEqual([]);
    expect(riskySettingWarnings({ metricsPort: 9464, metricsHost: '0.0.0.0', trustProxy: ['0.0.0.0/0'] })).toHaveLength(2);
  });
});
