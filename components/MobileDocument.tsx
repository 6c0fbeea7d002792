import type { PageMeta } from '../lib/pageMeta';
import { SITE_LANGUAGE, SITE_NAME } from '../lib/siteIdentity';
import { absoluteUrl } from '../lib/site';
import { StructuredData } from './StructuredData';

interface MobileDocumentProps {
  meta: PageMeta;
  stylesheet: string;
  children: React.ReactNode;
}

/** Open Graph and Twitter tags, the same values the desktop version gets from Next.js metadata. */
function PreviewTags({ meta }: { meta: PageMeta }) {
  const canonical = absoluteUrl(meta.desktopPath);
  const image = absoluteUrl(meta.image.url);
  const { openGraph } = meta;
  return (
    <>
      <meta property="og:title" content={meta.shareTitle} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={canonical} />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:locale" content="en_IN" />
      <meta property="og:image" content={image} />
      <meta property="og:image:width" content={String(meta.image.width)} />
      <meta property="og:image:height" content={String(meta.image.height)} />
      <meta property="og:image:alt" content={meta.image.alt} />
      <meta property="og:type" content={openGraph.type} />
      {openGraph.type === 'article' ? (
        <>
          <meta property="article:published_time" content={openGraph.publishedTime} />
          <meta property="article:modified_time" content={openGraph.modifiedTime} />
          <meta property="article:section" content={openGraph.section} />
          {openGraph.tags.map((tag) => (
            <meta key={tag} property="article:tag" content={tag} />
          ))}
        </>
      ) : null}
      {/* X reads the title, description and picture from the Open Graph tags above; only the card's size is its own. */}
      <meta name="twitter:card" content="summary_large_image" />
    </>
  );
}

/** The whole HTML document of a mobile page: no script (only JSON-LD data), one inline stylesheet. */
export function MobileDocument({ meta, stylesheet, children }: MobileDocumentProps) {
  return (
    <html lang={SITE_LANGUAGE}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        {meta.indexable ? (
          <>
            <link rel="canonical" href={absoluteUrl(meta.desktopPath)} />
            <meta name="robots" content="max-image-preview:large" />
          </>
        ) : (
          <meta name="robots" content="noindex" />
        )}
        <PreviewTags meta={meta} />
        {/* The page's own feed only: the desktop page, its canonical, names every other. */}
        {meta.feeds.slice(0, 1).map((feed) => (
          <link key={feed.path} rel="alternate" type={feed.type} title={feed.title} href={absoluteUrl(feed.path)} />
        ))}
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#121212" />
        <link rel="icon" href="/favicon.ico" sizes="48x48" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
        <link rel="manifest" href="/manifest.webmanifest" />
        {/* Our own stylesheet from components/styles, never content from the database. */}
        <style dangerouslySetInnerHTML={{ __html: stylesheet }} />
        <StructuredData items={meta.structuredData} />
      </head>
      <body>{children}</body>
    </html>
  );
}
