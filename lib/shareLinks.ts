/*
 * Where a reader may share a story: plain links to each service's own sharing address, which load
 * nothing from it until the reader follows one. No script, no counts, no button from elsewhere.
 */

export interface ShareLink {
  /** The service, as the link says it. */
  name: string;
  href: string;
}

/** The sharing links for a story at `url` (its canonical address) headed `headline`. */
export function shareLinks(url: string, headline: string): ShareLink[] {
  const link = encodeURIComponent(url);
  const title = encodeURIComponent(headline);
  return [
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${headline} ${url}`)}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${link}&text=${title}` },
    { name: 'X', href: `https://x.com/intent/post?url=${link}&text=${title}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${link}` },
    { name: 'Email', href: `mailto:?subject=${title}&body=${link}` },
  ];
}
