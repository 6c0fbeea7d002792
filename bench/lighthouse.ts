/*
 * Lighthouse scores of pages, for the benchmark: one headless Chrome runs every page in turn.
 * Usage: npx tsx bench/lighthouse.ts <url> [mobile|desktop]
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';

export type LighthousePreset = 'mobile' | 'desktop';

export interface LighthouseResult {
  url: string;
  preset: LighthousePreset;
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number }; // 0..1
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that lost points in the four categories, for the report: id, title, score, displayValue. */
  failedAudits: { category: string; id: string; title: string; score: number | null; displayValue?: string }[];
  /** The largest layout shifts, each with the element that moved most and what Chrome saw as the cause. */
  layoutShifts: LayoutShift[];
}

export interface LayoutShift {
  score: number;
  /** The element that moved most: its CSS selector, its opening tag, and its text or name. */
  selector?: string;
  snippet?: string;
  label?: string;
  /** Chrome's root causes: a web font that loaded, media without a size, an injected iframe, each with its URL or element. */
  causes: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
// Tests run as root, where Chromium refuses its sandbox; /dev/shm is small in containers.
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

function configFor(preset: LighthousePreset): Config | undefined {
  switch (preset) {
    // Lighthouse's default: an emulated Moto G Power on simulated slow 4G with a 4x slower CPU.
    case 'mobile':
      return undefined;
    case 'desktop':
      return desktopConfig;
  }
}

function numberOrNaN(value: unknown): number {
  return typeof value === 'number' ? value : NaN;
}

function failedAudits(lhr: Result): LighthouseResult['failedAudits'] {
  const failed: LighthouseResult['failedAudits'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      if (ref.weight <= 0 && !(category === 'performance' && ref.group === 'metrics')) continue;
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const { id, title, score, displayValue } = audit;
      failed.push({ category, id, title, score, ...(displayValue ? { displayValue } : {}) });
    }
  }
  return failed;
}

function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  const field: unknown = Reflect.get(value, key);
  return typeof field === 'string' && field !== '' ? field : undefined;
}

/** A table cell holding an element (Lighthouse's node value): its selector, opening tag and text. */
function nodeOf(value: unknown): { selector?: string; snippet?: string; label?: string } | undefined {
  if (stringField(value, 'type') !== 'node') return undefined;
  const fields = { selector: stringField(value, 'selector'), snippet: stringField(value, 'snippet'), label: stringField(value, 'nodeLabel') };
  return Object.fromEntries(Object.entries(fields).filter(([, field]) => field !== undefined));
}

/** A root cause row: what it was, and the font's URL or the element it names. */
function describeCause(item: unknown): string {
  const cause = stringField(item, 'cause') ?? 'unknown cause';
  const extra: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, 'extra') : undefined;
  const where = nodeOf(extra)?.snippet ?? stringField(extra, 'value');
  return where ? `${cause}: ${where}` : cause;
}

/** The `layout-shifts` audit's table: one row a shift, the element that moved most, and its root causes. */
function layoutShifts(lhr: Result): LayoutShift[] {
  const details = lhr.audits['layout-shifts']?.details;
  if (details?.type !== 'table') return [];
  return details.items.map((item) => {
    return { score: numberOrNaN(item.score), ...nodeOf(item.node), causes: (item.subItems?.items ?? []).map(describeCause) };
  });
}

/** The shifts in a line of text, for a failure message. */
export function describeLayoutShifts(shifts: readonly LayoutShift[]): string {
  if (shifts.length === 0) return 'no layout shift';
  return shifts
    .map((shift) => {
      const element = [shift.selector, shift.snippet, shift.label && `"${shift.label}"`].filter(Boolean).join(' ') || 'an element Lighthouse could not name';
      const causes = shift.causes.length > 0 ? ` (caused by ${shift.causes.join('; ')})` : '';
      return `${shift.score.toFixed(4)} ${element}${causes}`;
    })
    .join(' | ');
}

function toResult(url: string, preset: LighthousePreset, lhr: Result): LighthouseResult {
  const score = (category: string) => numberOrNaN(lhr.categories[category]?.score);
  const metric = (id: string) => numberOrNaN(lhr.audits[id]?.numericValue);
  return {
    url,
    preset,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbtMs: metric('total-blocking-time'),
    failedAudits: failedAudits(lhr),
    layoutShifts: layoutShifts(lhr),
  };
}

/** Failures of Chrome's trace recording, not of the page, for which Lighthouse says to run again. */
const TRACE_FAILURES = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'NO_DCL', 'NO_FCP']);
const TRACE_ATTEMPTS = 3;

/** Runs Lighthouse on each url with the preset, one Chrome for all, sequentially. */
export async function runLighthouse(
  runs: { url: string; preset: LighthousePreset }[],
  options: { chromePath?: string } = {},
): Promise<LighthouseResult[]> {
  const chromePath = options.chromePath ?? CHROME_PATHS.find((file) => existsSync(file));
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const results: LighthouseResult[] = [];
    for (const { url, preset } of runs) {
      for (let attempt = 1; ; attempt += 1) {
        const runnerResult = await lighthouse(
          url,
          { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES },
          configFor(preset),
        );
        if (!runnerResult) throw new Error(`Lighthouse returned no result for ${url}`);
        const { lhr } = runnerResult;
        // Chrome now and then fails to record the trace itself (NO_NAVSTART, NO_FCP…); Lighthouse
        // asks for a new run then. Only that is retried: the page's own scores are never.
        if (lhr.runtimeError && TRACE_FAILURES.has(lhr.runtimeError.code) && attempt < TRACE_ATTEMPTS) continue;
        // A failed load (error status, no paint) still yields a report, with null scores.
        if (lhr.runtimeError) {
          throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        }
        results.push(toResult(url, preset, lhr));
        break;
      }
    }
    return results;
  } finally {
    chrome.kill();
  }
}

function isLighthousePreset(value: string): value is LighthousePreset {
  return value === 'mobile' || value === 'desktop';
}

async function main(): Promise<void> {
  const [url, preset = 'mobile'] = process.argv.slice(2);
  if (!url || !isLighthousePreset(preset)) {
    process.stderr.write('Usage: tsx bench/lighthouse.ts <url> [mobile|desktop]\n');
    process.exitCode = 1;
    return;
  }
  const [result] = await runLighthouse([{ url, preset }]);
  console.log(JSON.stringify(result, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
