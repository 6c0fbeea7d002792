import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import '../components/styles/base.css';
import '../components/styles/desktop.css';
import '../components/styles/live.css';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../lib/siteIdentity';
import { SITE_URL } from '../lib/site';

/*
 * Both faces are `optional`: a face that is not there by the first paint (about 100 ms) leaves that
 * view in the fallback rather than swapping in later, which would reflow the text (layout shift);
 * the next page has it from the cache. The fallback is a serif whose metrics next/font fits to
 * the face's, so a view that misses it still reads as the site.
 */
const serif = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  style: 'normal',
  weight: '200 900',
  variable: '--font-serif',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});

// Italics are rare (quotes, disclaimers): a face of their own, fetched only where a page uses it.
const serifItalic = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
  style: 'italic',
  weight: '200 900',
  variable: '--font-serif-italic',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
  preload: false,
  fallback: ['Georgia', 'Times New Roman', 'serif'],
});

// Pages are cached until a change names one of their tags (server/pageCacheHandler.mjs); the
// daily revalidation only guards against a change nobody named. Pages that must render for every
// request (search) opt out themselves.
export const revalidate = 86400;

export const metadata: Metadata = {
  metadataBase: SITE_URL,
  title: SITE_NAME,
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  manifest: '/manifest.webmanifest',
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '48x48' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: '/apple-touch-icon.png',
  },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

/*
 * The first paint waits until the page's content is parsed (the link goes in the head; Chromium
 * unblocks at the marker's start tag, so the marker comes after the content). Otherwise a busy
 * processor paints a page part-way, then moves what it painted as the rest arrives: the masthead's
 * icon before its name, the scrollbar appearing (a layout shift).
 */
const CONTENT_END_ID = 'content-end';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={SITE_LANGUAGE} className={`${serif.variable} ${serifItalic.variable}`}>
      <body>
        <link rel="expect" href={`#${CONTENT_END_ID}`} blocking="render" />
        {children}
        <div id={CONTENT_END_ID} hidden />
      </body>
    </html>
  );
}
