import type { PageMeta } from '../app/_lib/pageMeta';
import { absoluteUrl, SITE_LANGUAGE } from '../app/_lib/site';

interface MobileDocumentProps {
  meta: PageMeta;
  stylesheet: string;
  children: React.ReactNode;
}

/** The whole HTML document of a mobile page: no script, one inline stylesheet. */
export function MobileDocument({ meta, stylesheet, children }: MobileDocumentProps) {
  return (
    <html lang={SITE_LANGUAGE}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        {meta.indexable ? (
          <link rel="canonical" href={absoluteUrl(meta.desktopPath)} />
        ) : (
          <meta name="robots" content="noindex" />
        )}
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#121212" />
        <link rel="icon" href="/favicon.ico" sizes="48x48" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
        <link rel="manifest" href="/manifest.webmanifest" />
        {/* Our own stylesheet from components/styles, never content from the database. */}
        <style dangerouslySetInnerHTML={{ __html: stylesheet }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
