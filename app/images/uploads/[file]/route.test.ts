import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { storeUploadedImage } from '../../../../db/newsroom/uploadedImages';
import { TEST_ENGINES, setUpTestStore } from '../../../../db/testing/testStore';
import { GET } from './route';

const get = (file: string) => GET(new Request(`http://localhost/images/uploads/${file}`), { params: Promise.resolve({ file }) });

describe.each(TEST_ENGINES)('an uploaded image’s address on %s', (engine) => {
  setUpTestStore(engine, { seed: false });

  it('serves the stored bytes with their type, cached for good, and 404s any other name', async () => {
    const png = await sharp({ create: { width: 1000, height: 700, channels: 3, background: '#225588' } }).png().toBuffer();
    const { path } = await storeUploadedImage(new File([new Uint8Array(png)], 'photo.png'), null);
    const response = await get(`${path.replace('uploads/', '')}-480.webp`);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/webp',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ width: 480, height: 270 });
    expect((await get(`${path.replace('uploads/', '')}-480.png`)).status).toBe(404);
    expect((await get(`${'0'.repeat(24)}-480.webp`)).status).toBe(404);
  });
});
