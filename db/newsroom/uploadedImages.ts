import 'server-only';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { settings } from '../../lib/settings';
import {
  ARTICLE_FALLBACK_IMAGE_WIDTH,
  ARTICLE_IMAGE_ASPECT,
  ARTICLE_IMAGE_CROPS,
  ARTICLE_IMAGE_WIDTHS,
} from '../../lib/articleImageSizes';
import { Refused } from '../../lib/newsroom/refusals';
import { MAX_UPLOAD_BYTES, MIN_IMAGE_WIDTH } from '../../lib/textLimits';

/*
 * Featured images uploaded in the newsroom: checked, then cut to the 16:9 the pages use and
 * written in every size they ask for (WebP at each width, one JPEG, and the 4:3 and 1:1 crops for
 * search engines), under UPLOADS_DIR. Files are named by a hash of the upload, so their URLs can
 * be cached for good.
 */

// Refuses decompression bombs: a small file that would unpack to a vast bitmap.
const MAX_INPUT_PIXELS = 40_000_000;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'heif']);
/** Stored images' paths start with this; their URLs with `/images/` and it. */
export const UPLOADS_PATH_PREFIX = 'uploads/';
const FILE_NAME = /^[a-f0-9]{24}-(?:480|800|1200|1600|4x3|1x1)\.(?:webp|jpg)$/;

export function uploadsDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), settings().uploadsDir);
}

export interface StoredImage {
  path: string;
  width: number;
  height: number;
}

/** Checks and stores an uploaded image; throws Refused, with the reason for the editor, when it is refused. */
export async function storeUploadedImage(file: File): Promise<StoredImage> {
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
  const directory = uploadsDirectory();
  await mkdir(directory, { recursive: true });
  const source = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().flatten({ background: '#ffffff' });
  const heightFor = (width: number) => Math.round((width * ARTICLE_IMAGE_ASPECT.height) / ARTICLE_IMAGE_ASPECT.width);
  for (const width of ARTICLE_IMAGE_WIDTHS) {
    const webp = await source().resize(width, heightFor(width), { fit: 'cover' }).webp({ quality: 75 }).toBuffer();
    await writeFile(path.join(directory, `${name}-${width}.webp`), webp);
  }
  const jpeg = await source()
    .resize(ARTICLE_FALLBACK_IMAGE_WIDTH, heightFor(ARTICLE_FALLBACK_IMAGE_WIDTH), { fit: 'cover' })
    .jpeg({ quality: 75, progressive: true, mozjpeg: true })
    .toBuffer();
  await writeFile(path.join(directory, `${name}-${ARTICLE_FALLBACK_IMAGE_WIDTH}.jpg`), jpeg);
  for (const crop of ARTICLE_IMAGE_CROPS) {
    const webp = await source().resize(crop.width, crop.height, { fit: 'cover' }).webp({ quality: 75 }).toBuffer();
    await writeFile(path.join(directory, `${name}-${crop.name}.webp`), webp);
  }
  const widest = Math.max(...ARTICLE_IMAGE_WIDTHS);
  return { path: `${UPLOADS_PATH_PREFIX}${name}`, width: widest, height: heightFor(widest) };
}

/** The bytes and type of a stored upload, or null for any other name. */
export async function readUploadedImage(fileName: string): Promise<{ bytes: Buffer; type: string } | null> {
  if (!FILE_NAME.test(fileName)) return null;
  try {
    const bytes = await readFile(path.join(uploadsDirectory(), fileName));
    return { bytes, type: fileName.endsWith('.jpg') ? 'image/jpeg' : 'image/webp' };
  } catch {
    return null;
  }
}
