import { describe, expect, it } from 'vitest';
import { shareLinks } from './shareLinks';

describe('shareLinks', () => {
  const url = 'https://example.org/article/talks-resume';
  const links = shareLinks(url, 'Talks & trade: “what next?”');

  it('offers each service its own address, with the story’s address and headline escaped', () => {
    expect(links.map((link) => link.name)).toEqual(['WhatsApp', 'Telegram', 'X', 'Facebook', 'Email']);
    for (const link of links) {
      const parsed = new URL(link.href);
      const carried = [...parsed.searchParams.values()].join(' ');
      expect(carried, link.name).toContain(url);
      // No raw `&` of the headline may start a parameter of its own.
      expect([...parsed.searchParams.keys()].every((key) => ['text', 'url', 'u', 'subject', 'body'].includes(key)), link.name).toBe(true);
    }
    expect(new URL(links[1]?.href ?? '').searchParams.get('text')).toBe('Talks & trade: “what next?”');
  });

  it('links only to the services’ own secure addresses, or to the reader’s mail program', () => {
    expect(links.map((link) => new URL(link.href).protocol)).toEqual(['https:', 'https:', 'https:', 'https:', 'mailto:']);
  });
});
