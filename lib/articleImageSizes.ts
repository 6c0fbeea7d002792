/** Widths (px) of the generated article illustrations; shared by the image script and the page components. */
export const ARTICLE_IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;

/** Every article illustration is 16:9. */
export const ARTICLE_IMAGE_ASPECT = { width: 16, height: 9 } as const;

/**
 * Extra crops for search engines and link previews, which ask for pictures at least 1,200 pixels
 * wide in 4:3 and 1:1 as well as 16:9 (the 1200 width above). Files end `-<name>.webp`.
 */
export const ARTICLE_IMAGE_CROPS = [
  { name: '4x3', width: 1200, height: 900 },
  { name: '1x1', width: 1200, height: 1200 },
] as const;

/** The one width also drawn as JPEG, for the few browsers without WebP. */
export const ARTICLE_FALLBACK_IMAGE_WIDTH = 800;

/** The URL of one width of an article image (`path` as stored, without suffix). */
export function articleImageUrl(path: string, width: number): string {
  return `/images/${path}-${width}.webp`;
}

/** The URL of the JPEG of an article image, at ARTICLE_FALLBACK_IMAGE_WIDTH. */
export function articleFallbackImageUrl(path: string): string {
  return `/images/${path}-${ARTICLE_FALLBACK_IMAGE_WIDTH}.jpg`;
}

/** The URL of one of the ARTICLE_IMAGE_CROPS of an article image. */
export function articleCropUrl(path: string, cropName: (typeof ARTICLE_IMAGE_CROPS)[number]['name']): string {
  return `/images/${path}-${cropName}.webp`;
}
