import { ARTICLE_IMAGE_WIDTHS, articleFallbackImageUrl, articleImageUrl } from '../lib/articleImageSizes';
import type { ArticleImage as ArticleImageData } from '../lib/content';

interface ArticleImageProps {
  image: ArticleImageData;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  /** The page's largest image: fetched first and never lazily. */
  priority?: boolean;
  /** Decorative copies (cards whose headline says it all) carry empty alt text. */
  decorative?: boolean;
}

export function ArticleImage({ image, sizes, priority = false, decorative = false }: ArticleImageProps) {
  const srcSet = ARTICLE_IMAGE_WIDTHS.map((width) => `${articleImageUrl(image.path, width)} ${width}w`).join(', ');
  // WebP in every width; a browser without WebP takes the img's one JPEG.
  return (
    <picture>
      <source type="image/webp" srcSet={srcSet} sizes={sizes} />
      <img
        className="article-image"
        src={articleFallbackImageUrl(image.path)}
        width={image.width}
        height={image.height}
        alt={decorative ? '' : image.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding={priority ? 'sync' : 'async'}
      />
    </picture>
  );
}
