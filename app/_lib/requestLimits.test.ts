import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from './newsroom/uploadedImages';
import { NEWSROOM_FORM_MAX_BYTES, requestRefusal, STORY_FORM_MAX_BYTES } from './requestLimits';

const length = (bytes: number) => ({ 'content-length': String(bytes) });

describe('requestRefusal', () => {
  it('lets readers read pages, and nothing more', () => {
    expect(requestRefusal('GET', '/story/a?x=1', {})).toBeNull();
    expect(requestRefusal('HEAD', '/m', length(0))).toBeNull();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'BREW', undefined]) {
      expect(requestRefusal(method, '/story/a', length(3)), String(method)).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    }
  });

  it('refuses an address whose path does not decode, whatever its query says', () => {
    for (const path of ['/article/%', '/m/category/%zz/page/2', '/tag/%c3%28', '/%ED%A0%80', '/newsroom/stories/%']) {
      expect(requestRefusal('GET', path, {}), path).toMatchObject({ status: 400 });
    }
    expect(requestRefusal('GET', '/article/caf%C3%A9', {})).toBeNull();
    expect(requestRefusal('GET', '/search?q=%', {})).toBeNull();
  });

  it('refuses a body on a request that should have none', () => {
    expect(requestRefusal('GET', '/', length(10))).toMatchObject({ status: 413 });
    expect(requestRefusal('GET', '/newsroom', { 'transfer-encoding': 'chunked' })).toMatchObject({ status: 413 });
  });

  it('takes newsroom forms within their size, and the story form with its image', () => {
    expect(requestRefusal('POST', '/newsroom/session', length(NEWSROOM_FORM_MAX_BYTES))).toBeNull();
    expect(requestRefusal('POST', '/newsroom/session', length(NEWSROOM_FORM_MAX_BYTES + 1))).toMatchObject({ status: 413 });
    expect(requestRefusal('POST', '/newsroom/stories/12', length(STORY_FORM_MAX_BYTES))).toBeNull();
    expect(requestRefusal('POST', '/newsroom/stories/new', length(STORY_FORM_MAX_BYTES + 1))?.message).toContain('at most 11 MB');
    expect(requestRefusal('POST', '/newsroom/staff', length(NEWSROOM_FORM_MAX_BYTES + 1))?.message).toContain('at most 64 kB');
    // The largest image the editor accepts still fits, with room for the text.
    expect(STORY_FORM_MAX_BYTES - MAX_UPLOAD_BYTES).toBeGreaterThanOrEqual(512 * 1024);
  });

  it('refuses a post asking for a React Server Components payload, which no form or action of the site sends', () => {
    expect(requestRefusal('POST', '/newsroom/x', { ...length(1), rsc: '1' })).toMatchObject({ status: 400 });
    expect(requestRefusal('POST', '/newsroom/x', { ...length(1), 'next-action': 'abc' })).toBeNull();
  });

  it('does not read a posted body of unknown or nonsensical length', () => {
    expect(requestRefusal('POST', '/newsroom/session', { 'transfer-encoding': 'chunked' })).toMatchObject({ status: 411 });
    expect(requestRefusal('POST', '/newsroom/session', { 'content-length': '1e9' })).toMatchObject({ status: 413 });
    expect(requestRefusal('POST', '/newsroom/session', { 'content-length': 'lots' })).toMatchObject({ status: 411 });
    expect(requestRefusal('POST', '/newsroom/session', { 'content-length': '99999999999999999999' })).toMatchObject({ status: 411 });
  });
});
