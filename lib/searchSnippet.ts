import type { SnippetPart } from './content';

/** The two characters a search engine is told to put around each match in a snippet. */
export interface HighlightMarkers {
  start: string;
  end: string;
}

/**
 * Splits a snippet, with `markers` around each match, into plain-text parts: the snippet reaches
 * the page as text with highlighted runs, never as markup.
 */
export function splitHighlights(snippet: string | null, markers: HighlightMarkers): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let highlighted = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, highlighted });
    text = '';
  };
  for (const character of snippet ?? '') {
    if (character === markers.start || character === markers.end) {
      flush();
      highlighted = character === markers.start;
    } else {
      text += character;
    }
  }
  flush();
  return parts;
}
