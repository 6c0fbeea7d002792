import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '../lib/forwardedRequest';
import { READ_PERIOD_MS, REPEAT_READ_WINDOW_MS } from '../lib/mostRead';
import { createReadCounter } from './readCounter';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

function beaconRequest(address: string, userAgent = BROWSER, method = 'GET'): { request: IncomingMessage; response: ServerResponse } {
  const request = new IncomingMessage(new Socket());
  request.method = method;
  request.headers = { [CLIENT_ADDRESS_HEADER]: address, 'user-agent': userAgent };
  return { request, response: new ServerResponse(request) };
}

function readsOf(counted: Map<number, Map<number, number>>): Record<string, number> {
  const flat: Record<string, number> = {};
  for (const reads of counted.values()) for (const [id, count] of reads) flat[id] = (flat[id] ?? 0) + count;
  return flat;
}

describe('the read counter', () => {
  it('answers a never-cached pixel, and counts a reader once per story however often they reload', () => {
    let now = Date.UTC(2026, 10, 30, 6, 0);
    const counter = createReadCounter(() => now);
    const { request, response } = beaconRequest('203.0.113.7');
    counter.answer(request, response, 12);
    expect(response.statusCode).toBe(200);
    expect(response.getHeader('content-type')).toBe('image/gif');
    expect(response.getHeader('cache-control')).toBe('no-store');
    expect(response.getHeader('set-cookie')).toBeUndefined();
    for (let reload = 0; reload < 20; reload += 1) {
      now += 1000;
      const again = beaconRequest('203.0.113.7');
      counter.answer(again.request, again.response, 12);
    }
    const other = beaconRequest('203.0.113.7');
    counter.answer(other.request, other.response, 13);
    const secondReader = beaconRequest('198.51.100.4');
    counter.answer(secondReader.request, secondReader.response, 12);
    expect(readsOf(counter.take())).toEqual({ 12: 2, 13: 1 });
    expect(counter.take().size).toBe(0);
  });

  it('counts the same reader again once the repeat window has passed, in the period the read falls in', () => {
    let now = Date.UTC(2026, 10, 30, 6, 0);
    const counter = createReadCounter(() => now);
    const first = beaconRequest('203.0.113.7');
    counter.answer(first.request, first.response, 12);
    now += REPEAT_READ_WINDOW_MS + 1;
    const later = beaconRequest('203.0.113.7');
    counter.answer(later.request, later.response, 12);
    const counted = counter.take();
    expect(readsOf(counted)).toEqual({ 12: 2 });
    expect([...counted.keys()].every((period) => period % READ_PERIOD_MS === 0)).toBe(true);
    expect(counted.size).toBe(2);
  });

  it('does not count crawlers, link previews or HEAD requests', () => {
    const counter = createReadCounter();
    for (const [userAgent, method] of [
      ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'GET'],
      ['WhatsApp/2.23.20.0', 'GET'],
      ['curl/8.5.0', 'GET'],
      [BROWSER, 'HEAD'],
    ] as const) {
      const { request, response } = beaconRequest('203.0.113.9', userAgent, method);
      counter.answer(request, response, 12);
      expect(response.statusCode).toBe(200);
    }
    expect(counter.take().size).toBe(0);
  });

  it('keeps reads given back for the next hand-over, added to those counted since', () => {
    const now = Date.UTC(2026, 10, 30, 6, 0);
    const counter = createReadCounter(() => now);
    const first = beaconRequest('203.0.113.7');
    counter.answer(first.request, first.response, 12);
    const taken = counter.take();
    const second = beaconRequest('198.51.100.4');
    counter.answer(second.request, second.response, 12);
    for (const [period, reads] of taken) counter.giveBack(period, reads);
    expect(readsOf(counter.take())).toEqual({ 12: 2 });
  });
});
