import 'server-only';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp, { type Metadata } from 'sharp';
import {
  ARTICLE_FALLBACK_IMAGE_WIDTH,
  ARTICLE_IMAGE_ASPECT,
  ARTICLE_IMAGE_CROPS,
  ARTICLE_IMAGE_WIDTHS,
} from '../../lib/articleImageSizes';
import { Refused } from '../../lib/newsroom/refusals';
import { MAX_UPLOAD_BYTES, MIN_IMAGE_WIDTH } from '../../lib/textLimits';
import { processStore } from '../processDatabase';

/*
 * Featured images uploaded in the newsroom: checked, then cut to the 16:9 the pages use and
 * encoded in every size they ask for (WebP at each width, one JPEG, and the 4:3 and 1:1 crops for
 * search engines), each stored as a row of uploaded_images. In the database, every app process
 * (on any machine) serves what any other received. Images are named by a hash of the upload, so
 * their URLs can be cached for good.
 */

// Refuses decompression bombs: a small file that would unpack to a vast bitmap.
const MAX_INPUT_PIXELS = 40_000_000;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'heif']);
/** Stored images' paths start with this; their URLs with `/images/` and it. */
export const UPLOADS_PATH_PREFIX = 'uploads/';
const FILE_NAME = /^[a-f0-9]{24}-(?:480|800|1200|1600|4x3|1x1)\.(?:webp|jpg)$/;

export interface StoredImage {
  path: string;
  width: number;
  height: number;
}

interface EncodedImage {
  name: string;
  contentType: 'image/webp' | 'image/jpeg';
  bytes: Buffer;
}

const heightFor = (width: number) => Math.round((width * ARTICLE_IMAGE_ASPECT.height) / ARTICLE_IMAGE_ASPECT.width);

/** Every size of the upload `bytes`, named `<name>-<size>.<format>`. */
async function encodeSizes(bytes: Buffer, name: string): Promise<EncodedImage[]> {
  const source = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().flatten({ background: '#ffffff' });
  const encoded: EncodedImage[] = [];
  for (const width of ARTICLE_IMAGE_WIDTHS) {
    const webp = await source().resize(width, heightFor(width), { fit: 'cover' }).webp({ quality: 75 }).toBuffer();
    encoded.push({ name: `${name}-${width}.webp`, contentType: 'image/webp', bytes: webp });
  }
  const jpeg = await source()
    .resize(ARTICLE_FALLBACK_IMAGE_WIDTH, heightFor(ARTICLE_FALLBACK_IMAGE_WIDTH), { fit: 'cover' })
    .jpeg({ quality: 75, progressive: true, mozjpeg: true })
    .toBuffer();
  encoded.push({ name: `${name}-${ARTICLE_FALLBACK_IMAGE_WIDTH}.jpg`, contentType: 'image/jpeg', bytes: jpeg });
  for (const crop of ARTICLE_IMAGE_CROPS) {
    const webp = await source().resize(crop.width, crop.height, { fit: 'cover' }).webp({ quality: 75 }).toBuffer();
    encoded.push({ name: `${name}-${crop.name}.webp`, contentType: 'image/webp', bytes: webp });
  }
  return encoded;
}

/**
 * Checks and stores an uploaded image, recording who uploaded it; throws Refused, with the reason
 * for the editor, when it is refused.
 */
export async function storeUploadedImage(file: File, uploadedBy: number | null, now = new Date()): Promise<StoredImage> {
  if (file.size > MAX_UPLOAD_BYTES) throw new Refused('image-too-large');
  const bytes = Buffer.from(await file.arrayBuffer());
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new Refused('image-unreadable');
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) throw new Refused('image-format');
  if (!metadata.width || metadata.width < MIN_IMAGE_WIDTH) throw new Refused('image-too-narrow');
  const name = createHash('sha256').update(bytes).digest('hex').slice(0, 24);
  // Encoded before the transaction, which then only writes: it holds SQLite's write lock briefly.
  const encoded = await encodeSizes(bytes, name);
  const store = await processStore();
  await store.write(async (tx, t) => {
    // The same upload again (named by its content) keeps the rows it has.
    await tx
      .insert(t.uploadedImages)
      .values(encoded.map((image) => ({ ...image, size: image.bytes.length, createdAt: now, createdBy: uploadedBy })))
      .onConflictDoNothing({ target: t.uploadedImages.name });
  });
  const widest = Math.max(...ARTICLE_IMAGE_WIDTHS);
  return { path: `${UPLOADS_PATH_PREFIX}${name}`, width: widest, height: heightFor(widest) };
}

/** The bytes and type of a stored upload, or null for any other name. */
export async function readUploadedImage(fileName: string): Promise<{ bytes: Buffer; type: string } | null> {
  if (!FILE_NAME.test(fileName)) return null;
  const { read, tables: t } = await processStore();
  const [image] = await read
    .select({ bytes: t.uploadedImages.bytes, type: t.uploadedImages.contentType })
    .from(t.uploadedImages)
    .where(eq(t.uploadedImages.name, fileName))
    .limit(1);
  return image ?? null;
}

/**
 * Stores the images a site kept as files (in UPLOADS_DIR, before they moved into the database)
 * that the database lacks, and returns how many it stored: for a site upgraded from files. Files
 * not named as uploads are left alone; each is kept with its file's time, uploader unknown.
 */
export async function importUploadedImageFiles(directory: string): Promise<number> {
  const names = (await readdir(directory)).filter((name) => FILE_NAME.test(name));
  const store = await processStore();
  let imported = 0;
  for (const name of names) {
    const file = path.join(directory, name);
    const [bytes, { mtime }] = await Promise.all([readFile(file), stat(file)]);
    const contentType = name.endsWith('.jpg') ? 'image/jpeg' : 'image/webp';
    // One row at a time: a site's uploads may be more than memory should hold at once.
    const stored = await store.write((tx, t) =>
      tx
        .insert(t.uploadedImages)
        .values({ name, contentType, bytes, size: bytes.length, createdAt: mtime, createdBy: null })
        .onConflictDoNothing({ target: t.uploadedImages.name })
        .returning({ name: t.uploadedImages.name }),
    );
    imported += stored.length;
  }
  return imported;
}
