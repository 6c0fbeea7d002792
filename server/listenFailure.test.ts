import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listenFailure } from './listenFailure';

describe('listenFailure', () => {
  it('names the address, the settings to change and why, in one line', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const address = holder.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const error = await new Promise<Error>((resolve) => {
      const second = createServer();
      second.once('error', resolve);
      second.listen(port, '127.0.0.1');
    });
    holder.close();
    const line = listenFailure(error, { host: '127.0.0.1', port, settings: 'PORT, HOST' });
    expect(line).toBe(`Cannot listen on 127.0.0.1:${port} (PORT, HOST): the address is already in use by another process.`);
    expect(listenFailure(new Error('odd'), { host: undefined, port: 1, settings: 'PORT' })).toBe('Cannot listen on all addresses:1 (PORT): the address failed (odd).');
  });
});
