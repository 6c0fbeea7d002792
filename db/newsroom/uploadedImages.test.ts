import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../lib/textLimits';
import { readUploadedImage, storeUploadedImage } from './uploadedImages';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'nation-express-uploads-'));
  vi.stubEnv('UPLOADS_DIR', directory);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(directory, { recursive: true, force: true });
});

const image = async (width: number, height: number, format: 'png' | 'jpeg' = 'png') =>
  new File([new Uint8Array(await sharp({ create: { width, height, channels: 3, background: '#336699' } })[format]().toBuffer())], `photo.${format}`);

describe('storeUploadedImage', () => {
  it('cuts an image to 16:9 in every size the pages use, named by its content', async () => {
    const stored = await storeUploadedImage(await image(1200, 1200, 'jpeg'));
    expect(stored).toMatchObject({ width: 1600, height: 900 });
    const name = stored.path.replace('uploads/', '');
    expect(readdirSync(directory).filter((file) => file.startsWith(name)).sort()).toEqual(
      ['1200.webp', '1600.webp', '1x1.webp', '480.webp', '4x3.webp', '800.jpg', '800.webp'].map((suffix) => `${name}-${suffix}`),
    );
    const wide = await readUploadedImage(`${name}-1600.webp`);
    expect(wide?.type).toBe('image/webp');
    expect(await sharp(wide!.bytes).metadata()).toMatchObject({ width: 1600, height: 900 });
  });

  it('refuses what is not an image, whatever its name, with a clear reason', async () => {
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="2000" height="1000"/>'], 'photo.png');
    await expect(storeUploadedImage(svg)).rejects.toMatchObject({ name: 'Refused', refusal: 'image-format', message: 'That file is not a JPEG, PNG, WebP, AVIF or GIF image.' });
    const text = new File(['just some words'], 'photo.jpg');
    await expect(storeUploadedImage(text)).rejects.toMatchObject({ name: 'Refused', refusal: 'image-unreadable', message: expect.stringMatching(/not an image we can read/) });
  });

  it('refuses a file over the limit before reading it, and an image too small', async () => {
    const huge = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], 'huge.jpg');
    await expect(storeUploadedImage(huge)).rejects.toMatchObject({ refusal: 'image-too-large', message: 'The image is larger than 10 MB. Please upload a smaller one.' });
    await expect(storeUploadedImage(await image(640, 360))).rejects.toMatchObject({ refusal: 'image-too-narrow', message: 'The image must be at least 800 pixels wide.' });
  });

  it('serves only the names it writes', async () => {
    for (const name of ['../../package.json', 'abc-800.jpg', `${'a'.repeat(24)}-800.png`, '']) expect(await readUploadedImage(name)).toBeNull();
  });
});
