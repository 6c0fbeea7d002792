import { SITE_NAME } from '../lib/siteIdentity';

/*
 * The 1200×630 picture shown when a page is shared (Open Graph, Twitter), drawn by Next.js's
 * image renderer. Its layout language is a subset of CSS: every element is a flex box.
 */

interface PreviewCardProps {
  /** The story's section, or a line about the site. */
  kicker: string;
  title: string;
  /** A date or the site's address, bottom right. */
  footnote?: string;
}

const ACCENT = '#9f1d20';
const INK = '#111111';
const PAPER = '#fbfaf7';

export function PreviewCard({ kicker, title, footnote }: PreviewCardProps) {
  const titleSize = title.length > 90 ? 58 : title.length > 60 ? 66 : 76;
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: PAPER, color: INK }}>
      <div style={{ height: 18, background: ACCENT, display: 'flex' }} />
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', padding: '56px 72px 48px' }}>
        <div style={{ display: 'flex', fontFamily: 'Serif', fontSize: 30, fontWeight: 700, color: ACCENT, letterSpacing: 1 }}>
          {kicker.toUpperCase()}
        </div>
        <div
          style={{
            display: 'flex',
            flex: 1,
            alignItems: 'center',
            fontFamily: 'Serif',
            fontWeight: 700,
            fontSize: titleSize,
            lineHeight: 1.12,
            letterSpacing: -1,
          }}
        >
          {title}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderTop: `3px solid ${INK}`, paddingTop: 24 }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 18 }}>
            <div
              style={{
                width: 56,
                height: 56,
                borderRadius: 10,
                background: ACCENT,
                color: '#ffffff',
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                fontFamily: 'Serif',
                fontWeight: 700,
                fontSize: 40,
              }}
            >
              N
            </div>
            <div style={{ display: 'flex', fontFamily: 'Serif', fontWeight: 700, fontSize: 38 }}>{SITE_NAME}</div>
          </div>
          {footnote ? <div style={{ display: 'flex', fontFamily: 'Serif', fontSize: 28, color: '#4a4a4a' }}>{footnote}</div> : null}
        </div>
      </div>
    </div>
  );
}
