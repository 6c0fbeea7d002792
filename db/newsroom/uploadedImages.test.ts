import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, like } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../lib/textLimits';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { importUploadedImageFiles, readUploadedImage, storeUploadedImage } from './uploadedImages';

const image = async (width: number, height: number, format: 'png' | 'jpeg' = 'png') =>
  new File([new Uint8Array(await sharp({ create: { width, height, channels: 3, background: '#336699' } })[format]().toBuffer())], `photo.${format}`);

describe.each(TEST_ENGINES)('storeUploadedImage on %s', (engine) => {
  const testStore = setUpTestStore(engine, { seed: false });
  const UPLOADED = new Date(Date.UTC(2026, 10, 28, 9));

  async function storedNamed(prefix: string) {
    const { read, tables: t } = testStore().store;
    return read
      .select({ name: t.uploadedImages.name, size: t.uploadedImages.size, createdAt: t.uploadedImages.createdAt, createdBy: t.uploadedImages.createdBy })
      .from(t.uploadedImages)
      .where(like(t.uploadedImages.name, `${prefix}-%`))
      .orderBy(t.uploadedImages.name);
  }

  it('cuts an image to 16:9 in every size the pages use, named by its content', async () => {
    const stored = await storeUploadedImage(await image(1200, 1200, 'jpeg'), null, UPLOADED);
    expect(stored).toMatchObject({ width: 1600, height: 900 });
    const name = stored.path.replace('uploads/', '');
    const rows = await storedNamed(name);
    expect(rows.map((row) => row.name)).toEqual(
      ['1200.webp', '1600.webp', '1x1.webp', '480.webp', '4x3.webp', '800.jpg', '800.webp'].map((suffix) => `${name}-${suffix}`),
    );
    for (const row of rows) expect(row).toMatchObject({ createdAt: UPLOADED, createdBy: null, size: expect.any(Number) });
    const wide = await readUploadedImage(`${name}-1600.webp`);
    expect(wide?.type).toBe('image/webp');
    expect(wide?.bytes).toHaveLength(rows.find((row) => row.name === `${name}-1600.webp`)?.size ?? -1);
    expect(await sharp(wide?.bytes).metadata()).toMatchObject({ width: 1600, height: 900, format: 'webp' });
    const fallback = await readUploadedImage(`${name}-800.jpg`);
    expect(fallback?.type).toBe('image/jpeg');
    expect(await sharp(fallback?.bytes).metadata()).toMatchObject({ width: 800, height: 450, format: 'jpeg' });
  });

  it('records who uploaded it, and keeps the first upload of the same image', async () => {
    const { store } = testStore();
    const staffId = await store.write(async (tx, t) => {
      const [member] = await tx
        .insert(t.staff)
        .values({ email: 'asha@example.in', name: 'Asha', role: 'editor', passwordHash: 'x', passwordChangedAt: UPLOADED, createdAt: UPLOADED })
        .returning({ id: t.staff.id });
      return member?.id ?? null;
    });
    const file = await image(1000, 800);
    const first = await storeUploadedImage(file, staffId, UPLOADED);
    const again = await storeUploadedImage(file, null, new Date(UPLOADED.getTime() + 60_000));
    expect(again).toEqual(first);
    const rows = await storedNamed(first.path.replace('uploads/', ''));
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row).toMatchObject({ createdAt: UPLOADED, createdBy: staffId });
    // The account goes; its uploads stay.
    await store.write(async (tx, t) => {
      await tx.delete(t.staff).where(eq(t.staff.email, 'asha@example.in'));
    });
    expect((await storedNamed(first.path.replace('uploads/', ''))).map((row) => row.createdBy)).toEqual(Array(7).fill(null));
  });

  it('refuses what is not an image, whatever its name, with a clear reason', async () => {
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="2000" height="1000"/>'], 'photo.png');
    await expect(storeUploadedImage(svg, null)).rejects.toMatchObject({ name: 'Refused', refusal: 'image-format', message: 'That file is not a JPEG, PNG, WebP, AVIF or GIF image.' });
    const text = new File(['just some words'], 'photo.jpg');
    await expect(storeUploadedImage(text, null)).rejects.toMatchObject({ name: 'Refused', refusal: 'image-unreadable', message: expect.stringMatching(/not an image we can read/) });
  });

  it('refuses a file over the limit before reading it, and an image too small', async () => {
    const huge = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], 'huge.jpg');
    await expect(storeUploadedImage(huge, null)).rejects.toMatchObject({ refusal: 'image-too-large', message: 'The image is larger than 10 MB. Please upload a smaller one.' });
    await expect(storeUploadedImage(await image(640, 360), null)).rejects.toMatchObject({ refusal: 'image-too-narrow', message: 'The image must be at least 800 pixels wide.' });
  });

  it('serves only the names it writes', async () => {
    for (const name of ['../../package.json', 'abc-800.jpg', `${'a'.repeat(24)}-800.png`, `${'a'.repeat(24)}-800.jpg`, '']) expect(await readUploadedImage(name)).toBeNull();
  });
});

describe.each(TEST_ENGINES)('importUploadedImageFiles on %s', (engine) => {
  setUpTestStore(engine, { seed: false });

  it('stores the upload files the database lacks, once, and leaves other files alone', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-uploads-'));
    try {
      const webp = await sharp({ create: { width: 480, height: 270, channels: 3, background: '#336699' } }).webp().toBuffer();
      const jpeg = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#336699' } }).jpeg().toBuffer();
      const name = 'b'.repeat(24);
      writeFileSync(path.join(directory, `${name}-480.webp`), webp);
      writeFileSync(path.join(directory, `${name}-800.jpg`), jpeg);
      writeFileSync(path.join(directory, 'notes.txt'), 'not an upload');
      expect(await importUploadedImageFiles(directory)).toBe(2);
      expect(await importUploadedImageFiles(directory)).toBe(0);
      expect(await readUploadedImage(`${name}-480.webp`)).toEqual({ bytes: webp, type: 'image/webp' });
      expect(await readUploadedImage(`${name}-800.jpg`)).toEqual({ bytes: jpeg, type: 'image/jpeg' });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
