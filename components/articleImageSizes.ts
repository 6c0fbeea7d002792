/** Widths (px) of the generated article illustrations; shared by the image script and the page components. */
export const ARTICLE_IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;

/** Every article illustration is 16:9. */
export const ARTICLE_IMAGE_ASPECT = { width: 16, height: 9 } as const;
