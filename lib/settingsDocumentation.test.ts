import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_DEFINITIONS } from './settings';

/* The README's table of settings and `.env.example` say what lib/settings.ts does, no more, no less. */

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const envExample = readFileSync(path.join(root, '.env.example'), 'utf8');

function readmeSettingRows(): Map<string, { defaultText: string; meaning: string }> {
  const section = readme.split('### Environment')[1]?.split('\n### ')[0] ?? '';
  const rows = new Map<string, { defaultText: string; meaning: string }>();
  for (const line of section.split('\n')) {
    const cells = /^\| `([A-Z_]+)` \| (.+?) \| (.+) \|$/.exec(line);
    if (cells?.[1] && cells[2] && cells[3]) rows.set(cells[1], { defaultText: cells[2], meaning: cells[3] });
  }
  return rows;
}

describe('the documentation of the settings', () => {
  it("README's table has one row per setting, with its default and meaning", () => {
    const rows = readmeSettingRows();
    expect([...rows.keys()]).toEqual(Object.keys(SETTING_DEFINITIONS));
    for (const [name, definition] of Object.entries(SETTING_DEFINITIONS)) {
      expect(rows.get(name), name).toEqual({
        defaultText: definition.defaultText === undefined ? '(none)' : `\`${definition.defaultText}\``,
        meaning: definition.meaning,
      });
    }
  });

  it('.env.example names every setting once, with what it accepts and its default, and nothing else', () => {
    const assigned = [...envExample.matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1]);
    expect(assigned).toEqual(Object.keys(SETTING_DEFINITIONS));
    for (const [name, definition] of Object.entries(SETTING_DEFINITIONS)) {
      const block = envExample.split(`\n${name}=`)[0]?.split('\n\n').at(-1) ?? '';
      expect(block, name).toContain(`# Accepts ${definition.accepts}.`);
      if (definition.defaultText !== undefined) expect(block, name).toContain(`Default: ${definition.defaultText}.`);
    }
  });
});
