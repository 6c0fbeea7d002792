import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { PreviewCard } from '../../components/PreviewCard';
import { PREVIEW_IMAGE_SIZE } from '../../lib/pageMeta';

type PreviewCardProps = Parameters<typeof PreviewCard>[0];

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | null = null;

/** Source Serif 4 from its npm package (the renderer reads WOFF, not WOFF2); loaded once. */
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Serif',
      weight,
      style: 'normal' as const,
      data: await readFile(
        path.join(process.cwd(), 'node_modules', '@fontsource', 'source-serif-4', 'files', `source-serif-4-latin-${weight}-normal.woff`),
      ),
    })),
  );
  return fonts;
}

/** A 1200×630 PNG preview card, with the caching headers the caller chooses. */
export async function renderPreviewImage(card: PreviewCardProps, cacheControl: string): Promise<Response> {
  return new ImageResponse(<PreviewCard {...card} />, {
    ...PREVIEW_IMAGE_SIZE,
    fonts: await loadFonts(),
    headers: { 'Cache-Control': cacheControl },
  });
}
