/**
 * Generates the site's raster artwork:
 *  1. a deterministic abstract illustration per seed article (WebP, several widths), and
 *  2. the brand icons (SVG, PNGs and favicon.ico).
 *
 * Run with `npx tsx scripts/generate-images.ts [--force]`.
 * Article images that already exist are kept unless `--force` is given; icons are always rewritten.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import {
  ARTICLE_FALLBACK_IMAGE_WIDTH,
  ARTICLE_IMAGE_ASPECT,
  ARTICLE_IMAGE_CROPS,
  ARTICLE_IMAGE_WIDTHS,
} from '../lib/articleImageSizes';
import { SEED_ARTICLES } from '../db/seed/articles/index';
import type { CategorySlug, SeedArticle } from '../db/seed/types';
import { SeededRandom } from '../lib/seededRandom';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');
const ARTICLE_IMAGE_DIR = path.join(PUBLIC_DIR, 'images', 'articles');

/** The illustration is drawn on this canvas and scaled down for the smaller widths. */
const CANVAS_WIDTH = 1600;
const CANVAS_HEIGHT = (CANVAS_WIDTH * ARTICLE_IMAGE_ASPECT.height) / ARTICLE_IMAGE_ASPECT.width;

/** Flat artwork compresses well; quality 72 keeps edges clean while the 1600px file stays small. */
const WEBP_OPTIONS = { quality: 72, effort: 6, smartSubsample: true } as const;
const JPEG_OPTIONS = { quality: 72, progressive: true, mozjpeg: true } as const;

/** Slugs become file names, so anything beyond the documented slug shape is refused. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type ImageSubject = Pick<SeedArticle, 'slug' | 'category'>;

interface Point {
  x: number;
  y: number;
}

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------

/** FNV-1a: a tiny, stable string hash, so a slug always seeds the same picture. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}


/** Checked indexing: keeps noUncheckedIndexedAccess honest without non-null assertions. */
function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new Error(`Index ${index} is out of range (length ${items.length}).`);
  }
  return item;
}

// ---------------------------------------------------------------------------
// SVG helpers
// ---------------------------------------------------------------------------

/** One decimal is plenty at 1600px and keeps the SVG strings short. */
function num(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

function rect(x: number, y: number, width: number, height: number, attributes: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" ${attributes}/>`;
}

function circle(cx: number, cy: number, r: number, attributes: string): string {
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" ${attributes}/>`;
}

function ellipse(cx: number, cy: number, rx: number, ry: number, attributes: string): string {
  return `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(rx)}" ry="${num(ry)}" ${attributes}/>`;
}

function line(from: Point, to: Point, attributes: string): string {
  return `<line x1="${num(from.x)}" y1="${num(from.y)}" x2="${num(to.x)}" y2="${num(to.y)}" ${attributes}/>`;
}

function polygon(points: readonly Point[], attributes: string): string {
  const list = points.map((point) => `${num(point.x)},${num(point.y)}`).join(' ');
  return `<polygon points="${list}" ${attributes}/>`;
}

function polylinePath(points: readonly Point[]): string {
  return points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${num(point.x)} ${num(point.y)}`)
    .join('');
}

/** Catmull-Rom through the points, as cubic Béziers: organic outlines without hand-made control points. */
function smoothPath(points: readonly Point[], closed: boolean): string {
  const count = points.length;
  const at = (index: number): Point =>
    closed ? itemAt(points, ((index % count) + count) % count) : itemAt(points, Math.min(Math.max(index, 0), count - 1));
  const first = at(0);
  let d = `M${num(first.x)} ${num(first.y)}`;
  const segments = closed ? count : count - 1;
  for (let index = 0; index < segments; index += 1) {
    const p0 = at(index - 1);
    const p1 = at(index);
    const p2 = at(index + 1);
    const p3 = at(index + 2);
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += `C${num(c1.x)} ${num(c1.y)} ${num(c2.x)} ${num(c2.y)} ${num(p2.x)} ${num(p2.y)}`;
  }
  return closed ? `${d}Z` : d;
}

/** A lumpy closed outline (radius modulated by a few sine harmonics), used for map-like contours. */
function blobPoints(rng: SeededRandom, center: Point, radius: number, squash: number): (scale: number) => Point[] {
  const harmonics = Array.from({ length: 4 }, (_, index) => ({
    order: index + 2,
    amplitude: rng.range(0.04, 0.14) / (index + 1),
    phase: rng.range(0, Math.PI * 2),
  }));
  const steps = 40;
  // Returned as a function so concentric contours share the same character at every scale.
  return (scale: number) =>
    Array.from({ length: steps }, (_, step) => {
      const angle = (step / steps) * Math.PI * 2;
      const wobble = harmonics.reduce(
        (sum, harmonic) => sum + harmonic.amplitude * Math.sin(harmonic.order * angle + harmonic.phase),
        1,
      );
      const r = radius * scale * wobble;
      return { x: center.x + Math.cos(angle) * r, y: center.y + Math.sin(angle) * r * squash };
    });
}

/** Polygon from unit-sized outline points, scaled, rotated and moved into place. */
function placeShape(shape: readonly Point[], at: Point, size: number, angleDeg: number): Point[] {
  const angle = (angleDeg * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return shape.map((point) => ({
    x: at.x + (point.x * cos - point.y * sin) * size,
    y: at.y + (point.x * sin + point.y * cos) * size,
  }));
}

/** Mirror a half outline (drawn for y <= 0) to get a symmetric silhouette. */
function mirrored(half: readonly Point[]): Point[] {
  const lower = [...half].reverse().map((point) => ({ x: point.x, y: -point.y }));
  return [...half, ...lower];
}

// ---------------------------------------------------------------------------
// Category illustrations (each returns SVG markup for a 1600x900 canvas)
// ---------------------------------------------------------------------------

const W = CANVAS_WIDTH;
const H = CANVAS_HEIGHT;

/** India-Russia: the two tricolours' bands meeting, over a topographic contour. */
function paintIndiaRussia(rng: SeededRandom): string {
  const india = ['#e08d3c', '#f6f2ea', '#2f7a4d'] as const;
  const russia = ['#f6f2ea', '#2f55a0', '#b83a34'] as const;
  const dark = rng.chance(0.5);
  const background = dark ? '#1c2838' : '#efe8da';
  const contourInk = dark ? '#f6f2ea' : '#1c2838';
  const parts: string[] = [rect(0, 0, W, H, `fill="${background}"`)];

  // Faint map-like contour lines behind everything.
  const contourCenter = { x: rng.range(620, 980), y: rng.range(380, 520) };
  const outline = blobPoints(rng, contourCenter, rng.range(420, 520), rng.range(0.62, 0.78));
  for (const scale of [1.25, 1, 0.78, 0.58, 0.4, 0.24]) {
    parts.push(
      `<path d="${smoothPath(outline(scale), true)}" fill="none" stroke="${contourInk}" stroke-opacity="0.13" stroke-width="3"/>`,
    );
  }

  const composition = rng.pick(['discs', 'discs', 'ribbons', 'arcs'] as const);
  if (composition === 'arcs') {
    // Each flag's bands as concentric arcs nested in opposite corners, linked by a dashed route
    // across the contour map between them.
    const band = rng.range(50, 62);
    const inner = rng.range(330, 410);
    const outer = inner + 3 * band;
    const arcSet = (corner: Point, colours: readonly string[]): string =>
      colours
        .map((colour, index) => {
          const r = inner + (colours.length - 1 - index + 0.5) * band;
          return circle(corner.x, corner.y, r, `fill="none" stroke="${colour}" stroke-width="${num(band - 6)}"`);
        })
        .join('');
    const indiaCorner = { x: rng.range(-80, 0), y: H + rng.range(0, 80) };
    const russiaCorner = { x: W + rng.range(0, 80), y: rng.range(-80, 0) };
    parts.push(arcSet(indiaCorner, india));
    parts.push(arcSet(russiaCorner, [...russia].reverse()));
    const from = { x: indiaCorner.x + outer * Math.cos(-Math.PI / 4) + 20, y: indiaCorner.y + outer * Math.sin(-Math.PI / 4) - 20 };
    const to = { x: russiaCorner.x - outer * Math.cos(-Math.PI / 4) - 20, y: russiaCorner.y - outer * Math.sin(-Math.PI / 4) + 20 };
    const bend = rng.range(-160, 160);
    const control = { x: (from.x + to.x) / 2 + bend * 0.53, y: (from.y + to.y) / 2 + bend * 0.85 };
    const routeInk = dark ? '#f6f2ea' : '#1f3a6e';
    parts.push(
      `<path d="M${num(from.x)} ${num(from.y)}Q${num(control.x)} ${num(control.y)} ${num(to.x)} ${num(to.y)}" fill="none" stroke="${routeInk}" stroke-width="5" stroke-dasharray="16 14" stroke-linecap="round"/>`,
    );
    parts.push(circle(from.x, from.y, 12, `fill="${routeInk}"`));
    parts.push(circle(to.x, to.y, 12, `fill="${routeInk}"`));
  } else if (composition === 'discs') {
    // Two overlapping discs, each carrying one flag's bands.
    const radius = rng.range(250, 300);
    const overlap = rng.range(0.55, 0.8) * radius;
    const cy = rng.range(430, 480);
    const left = { x: W / 2 - radius + overlap / 2 + rng.range(-40, 40), y: cy + rng.range(-30, 30) };
    const right = { x: left.x + 2 * radius - overlap, y: cy + rng.range(-30, 30) };
    const tilt = rng.range(-14, 14);
    const bandDisc = (id: string, centre: Point, colours: readonly string[]): string => {
      const band = (2 * radius) / 3;
      const bands = colours
        .map((colour, index) =>
          rect(centre.x - radius - 40, centre.y - radius + band * index, 2 * radius + 80, band + 1, `fill="${colour}"`),
        )
        .join('');
      return `<clipPath id="${id}">${circle(centre.x, centre.y, radius, '')}</clipPath><g clip-path="url(#${id})"><g transform="rotate(${num(tilt)} ${num(centre.x)} ${num(centre.y)})">${bands}</g></g>`;
    };
    parts.push(bandDisc('disc-in', left, india));
    parts.push(bandDisc('disc-ru', right, russia));
    // The shared lens gets one calm tone of its own, so the overlap reads as common ground.
    const lens = dark ? '#2b3d59' : '#1f3a6e';
    parts.push(
      `<clipPath id="lens">${circle(left.x, left.y, radius, '')}</clipPath><g clip-path="url(#lens)">${circle(right.x, right.y, radius, `fill="${lens}"`)}</g>`,
    );
    const ringInk = dark ? '#f6f2ea' : '#1c2838';
    parts.push(circle(left.x, left.y, radius, `fill="none" stroke="${ringInk}" stroke-width="4" stroke-opacity="0.55"`));
    parts.push(circle(right.x, right.y, radius, `fill="none" stroke="${ringInk}" stroke-width="4" stroke-opacity="0.55"`));
  } else {
    // Diagonal ribbons from each side converging on a solid contour "territory".
    const angle = rng.range(-22, -10);
    const bandHeight = rng.range(46, 62);
    const spread = (colours: readonly string[], fromLeft: boolean, offsetY: number): string => {
      const startX = fromLeft ? -200 : W / 2;
      return colours
        .map((colour, index) =>
          rect(startX, offsetY + index * bandHeight, W / 2 + 200, bandHeight + 1, `fill="${colour}"`),
        )
        .join('');
    };
    parts.push(
      `<g transform="rotate(${num(angle)} ${num(W / 2)} ${num(H / 2)})">${spread(india, true, H / 2 - 1.5 * bandHeight + rng.range(-60, 60))}${spread(russia, false, H / 2 - 1.5 * bandHeight + rng.range(-60, 60))}</g>`,
    );
    const territory = blobPoints(rng, { x: W / 2 + rng.range(-60, 60), y: H / 2 + rng.range(-30, 30) }, rng.range(210, 250), 0.8);
    parts.push(`<path d="${smoothPath(territory(1), true)}" fill="${background}"/>`);
    for (const scale of [0.8, 0.6, 0.4, 0.2]) {
      parts.push(
        `<path d="${smoothPath(territory(scale), true)}" fill="none" stroke="${contourInk}" stroke-opacity="0.35" stroke-width="3"/>`,
      );
    }
    parts.push(`<path d="${smoothPath(territory(1), true)}" fill="none" stroke="#1f3a6e" stroke-width="6"/>`);
  }
  return parts.join('');
}

const JET_OUTLINE = mirrored([
  { x: 0.5, y: 0 },
  { x: 0.32, y: -0.05 },
  { x: 0.06, y: -0.08 },
  { x: -0.24, y: -0.44 },
  { x: -0.33, y: -0.44 },
  { x: -0.22, y: -0.08 },
  { x: -0.36, y: -0.08 },
  { x: -0.47, y: -0.21 },
  { x: -0.52, y: -0.21 },
  { x: -0.48, y: -0.04 },
  { x: -0.5, y: 0 },
]);

/** A frigate in profile, bow to the right, waterline at y = 0 (unit length 1). */
function shipSvg(at: Point, length: number, fill: string): string {
  const scale = (points: readonly Point[]): Point[] =>
    points.map((point) => ({ x: at.x + point.x * length, y: at.y + point.y * length }));
  const hull = scale([
    { x: -0.47, y: 0 },
    { x: 0.44, y: 0 },
    { x: 0.55, y: -0.085 },
    { x: -0.5, y: -0.06 },
  ]);
  const blocks: Point[][] = [
    [
      { x: -0.26, y: -0.062 },
      { x: 0.12, y: -0.072 },
      { x: 0.1, y: -0.13 },
      { x: -0.24, y: -0.13 },
    ],
    [
      { x: -0.04, y: -0.13 },
      { x: 0.09, y: -0.13 },
      { x: 0.07, y: -0.18 },
      { x: -0.04, y: -0.18 },
    ],
    [
      { x: -0.17, y: -0.13 },
      { x: -0.09, y: -0.13 },
      { x: -0.1, y: -0.175 },
      { x: -0.16, y: -0.175 },
    ],
    [
      { x: 0.005, y: -0.18 },
      { x: 0.03, y: -0.18 },
      { x: 0.02, y: -0.3 },
    ],
    [
      { x: 0.24, y: -0.075 },
      { x: 0.3, y: -0.077 },
      { x: 0.3, y: -0.1 },
      { x: 0.25, y: -0.1 },
    ],
  ];
  const barrel = scale([
    { x: 0.29, y: -0.092 },
    { x: 0.38, y: -0.096 },
    { x: 0.38, y: -0.089 },
    { x: 0.29, y: -0.085 },
  ]);
  return [hull, ...blocks.map(scale), barrel].map((points) => polygon(points, `fill="${fill}"`)).join('');
}

/** Defence: radar rings and a sweep, with jets in formation or a warship on the horizon. */
function paintDefence(rng: SeededRandom): string {
  const palette = rng.pick([
    { background: '#2e3427', ground: '#3a4230', line: '#c9cfb8', silhouette: '#d8dccb', accent: '#c8a24a' },
    { background: '#38434d', ground: '#2c353d', line: '#c5ced6', silhouette: '#e3e7ea', accent: '#9fb27a' },
    { background: '#d9d5c5', ground: '#c4bfa9', line: '#4b5320', silhouette: '#3b4232', accent: '#8a6d2c' },
  ] as const);
  const parts: string[] = [rect(0, 0, W, H, `fill="${palette.background}"`)];
  const withShip = rng.chance(0.45);
  const horizon = rng.range(610, 680);

  // Radar: concentric arcs around an off-centre point, a translucent sweep, a few contacts.
  const radar = withShip
    ? { x: rng.range(1050, 1300), y: horizon }
    : { x: rng.pick([rng.range(380, 520), rng.range(1080, 1220)]), y: rng.range(520, 640) };
  const ringGap = rng.range(95, 125);
  for (let ring = 1; ring <= 7; ring += 1) {
    parts.push(
      circle(radar.x, radar.y, ring * ringGap, `fill="none" stroke="${palette.line}" stroke-opacity="${num(0.34 - ring * 0.03)}" stroke-width="3"`),
    );
  }
  const sweepRadius = ringGap * 7;
  const sweepStart = rng.range(-150, -40);
  const sweepWidth = rng.range(24, 40);
  const polar = (angleDeg: number, r: number): Point => ({
    x: radar.x + Math.cos((angleDeg * Math.PI) / 180) * r,
    y: radar.y + Math.sin((angleDeg * Math.PI) / 180) * r,
  });
  const sweepFrom = polar(sweepStart, sweepRadius);
  const sweepTo = polar(sweepStart + sweepWidth, sweepRadius);
  parts.push(
    `<path d="M${num(radar.x)} ${num(radar.y)}L${num(sweepFrom.x)} ${num(sweepFrom.y)}A${num(sweepRadius)} ${num(sweepRadius)} 0 0 1 ${num(sweepTo.x)} ${num(sweepTo.y)}Z" fill="${palette.accent}" fill-opacity="0.22"/>`,
  );
  parts.push(line(radar, sweepTo, `stroke="${palette.accent}" stroke-width="4" stroke-opacity="0.8"`));
  parts.push(line({ x: radar.x - sweepRadius, y: radar.y }, { x: radar.x + sweepRadius, y: radar.y }, `stroke="${palette.line}" stroke-opacity="0.22" stroke-width="2"`));
  parts.push(line({ x: radar.x, y: radar.y - sweepRadius }, { x: radar.x, y: radar.y + sweepRadius }, `stroke="${palette.line}" stroke-opacity="0.22" stroke-width="2"`));
  for (let blip = 0; blip < rng.int(2, 4); blip += 1) {
    const at = polar(rng.range(-170, -10), rng.range(1.2, 5.5) * ringGap);
    parts.push(circle(at.x, at.y, 9, `fill="${palette.accent}"`));
    parts.push(circle(at.x, at.y, 22, `fill="none" stroke="${palette.accent}" stroke-width="3" stroke-opacity="0.6"`));
  }
  parts.push(circle(radar.x, radar.y, 10, `fill="${palette.line}"`));

  if (withShip) {
    parts.push(rect(0, horizon, W, H - horizon, `fill="${palette.ground}"`));
    parts.push(rect(0, horizon - 2, W, 4, `fill="${palette.line}" fill-opacity="0.5"`));
    const shipLength = rng.range(560, 720);
    parts.push(shipSvg({ x: rng.range(520, 700), y: horizon + 4 }, shipLength, palette.silhouette));
    // Calm wake lines rather than water texture, to stay flat and compressible.
    for (let wake = 0; wake < 4; wake += 1) {
      const y = horizon + 40 + wake * 42;
      const x = rng.range(80, 500);
      parts.push(rect(x, y, rng.range(160, 420), 4, `fill="${palette.line}" fill-opacity="0.18"`));
    }
  } else {
    const heading = rng.range(-30, -8);
    const lead = { x: rng.range(760, 900), y: rng.range(300, 420) };
    const size = rng.range(170, 230);
    const back = ((heading + 180) * Math.PI) / 180;
    // Echelon: wingmen trail behind and to either side of the lead aircraft.
    const offsets = [
      { along: 0, side: 0 },
      { along: 1.1, side: 0.95 },
      { along: 1.1, side: -0.95 },
    ];
    for (const offset of offsets.slice(0, rng.int(2, 3))) {
      const at = {
        x: lead.x + Math.cos(back) * offset.along * size - Math.sin(back) * offset.side * size,
        y: lead.y + Math.sin(back) * offset.along * size + Math.cos(back) * offset.side * size,
      };
      const trailEnd = { x: at.x + Math.cos(back) * size * 2.2, y: at.y + Math.sin(back) * size * 2.2 };
      const trailStart = { x: at.x + Math.cos(back) * size * 0.55, y: at.y + Math.sin(back) * size * 0.55 };
      parts.push(line(trailStart, trailEnd, `stroke="${palette.line}" stroke-opacity="0.25" stroke-width="5" stroke-linecap="round"`));
      parts.push(polygon(placeShape(JET_OUTLINE, at, size, heading), `fill="${palette.silhouette}"`));
    }
  }
  return parts.join('');
}

/** Two rings drawn so they interlock: A passes over B at the top crossing, B over A at the bottom. */
function interlockingRings(centre: Point, radius: number, gap: number, stroke: number, colours: readonly [string, string], background: string): string {
  const a = { x: centre.x - gap / 2, y: centre.y };
  const b = { x: centre.x + gap / 2, y: centre.y };
  const crossingHeight = Math.sqrt(Math.max(radius * radius - (gap / 2) * (gap / 2), 0));
  const ring = (at: Point, colour: string): string =>
    circle(at.x, at.y, radius, `fill="none" stroke="${background}" stroke-width="${num(stroke + 14)}"`) +
    circle(at.x, at.y, radius, `fill="none" stroke="${colour}" stroke-width="${num(stroke)}"`);
  const topBox = rect(centre.x - stroke * 2, centre.y - crossingHeight - stroke * 2, stroke * 4, stroke * 4, '');
  return [
    ring(a, colours[0]),
    ring(b, colours[1]),
    `<clipPath id="upper-crossing">${topBox}</clipPath>`,
    `<g clip-path="url(#upper-crossing)">${ring(a, colours[0])}</g>`,
  ].join('');
}

/** Diplomacy: navy and gold, a conference-table horizon with interlocking or overlapping circles. */
function paintDiplomacy(rng: SeededRandom): string {
  const background = rng.pick(['#14213d', '#172a4a', '#101b33'] as const);
  const gold = '#c9a44c';
  const cream = '#ece4d2';
  const slate = '#3d5380';
  const horizon = rng.range(600, 660);
  const parts: string[] = [rect(0, 0, W, H, `fill="${background}"`)];

  // Large faint rings behind, like a chamber's dome.
  const domeCentre = { x: W / 2 + rng.range(-120, 120), y: horizon };
  for (let ring = 1; ring <= 5; ring += 1) {
    parts.push(circle(domeCentre.x, domeCentre.y, 170 + ring * 120, `fill="none" stroke="${gold}" stroke-opacity="${num(0.16 - ring * 0.02)}" stroke-width="3"`));
  }

  // The table: a lighter floor below the horizon with a gold edge and an oval table in perspective.
  parts.push(rect(0, horizon, W, H - horizon, `fill="#0c1426" fill-opacity="0.55"`));
  parts.push(rect(0, horizon - 2, W, 4, `fill="${gold}" fill-opacity="0.8"`));
  const table = { x: W / 2 + rng.range(-80, 80), y: horizon + rng.range(110, 140) };
  const tableRx = rng.range(380, 470);
  const tableRy = rng.range(58, 76);
  const seats = rng.int(4, 7);
  const seatAt = (index: number, rowOffset: number): Point => {
    const angle = Math.PI * (0.12 + (0.76 * index) / Math.max(seats - 1, 1));
    return { x: table.x - Math.cos(angle) * (tableRx + 46), y: table.y + rowOffset * Math.sin(angle) * (tableRy + 30) };
  };
  // Far-side seats sit behind the table, near-side seats in front of it.
  for (let seat = 0; seat < seats; seat += 1) {
    const at = seatAt(seat, -1);
    parts.push(ellipse(at.x, at.y, 30, 16, `fill="${slate}"`));
  }
  parts.push(ellipse(table.x, table.y + 14, tableRx, tableRy, `fill="#0a1122"`));
  parts.push(ellipse(table.x, table.y, tableRx, tableRy, `fill="${slate}" stroke="${gold}" stroke-width="4"`));
  for (let seat = 0; seat < seats; seat += 1) {
    const at = seatAt(seat, 1);
    parts.push(ellipse(at.x, at.y + 12, 34, 18, `fill="${slate}" stroke="${background}" stroke-width="4"`));
  }

  const focus = { x: W / 2 + rng.range(-60, 60), y: rng.range(310, 350) };
  if (rng.chance(0.5)) {
    const radius = rng.range(150, 180);
    parts.push(interlockingRings(focus, radius, radius * rng.range(1.05, 1.25), 26, [gold, cream], background));
  } else {
    // Outlined circles with their common ground filled solid: separate interests, a shared middle.
    const count = rng.int(2, 3);
    const radius = rng.range(130, 165);
    const colours = [gold, '#7a93c4', cream] as const;
    const centres = Array.from({ length: count }, (_, index) => {
      const angle = -Math.PI / 2 + (index * Math.PI * 2) / count + (count === 2 ? Math.PI / 2 : 0);
      const distance = radius * (count === 2 ? 0.62 : 0.6);
      return { x: focus.x + Math.cos(angle) * distance, y: focus.y + Math.sin(angle) * distance * 0.9 };
    });
    const first = itemAt(centres, 0);
    const second = itemAt(centres, 1);
    parts.push(`<clipPath id="common">${circle(first.x, first.y, radius, '')}</clipPath>`);
    parts.push(`<g clip-path="url(#common)">${circle(second.x, second.y, radius, `fill="${gold}" fill-opacity="0.85"`)}</g>`);
    centres.forEach((at, index) => {
      parts.push(circle(at.x, at.y, radius, `fill="none" stroke="${itemAt(colours, index)}" stroke-width="8"`));
    });
  }
  return parts.join('');
}

interface GlobeView {
  centre: Point;
  radius: number;
  lon0: number;
  tilt: number;
}

type Vector = readonly [number, number, number];

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Latitude/longitude to a unit vector in view space (orthographic camera looking down -z). */
function globeVector(latDeg: number, lonDeg: number, view: GlobeView): Vector {
  const lat = toRadians(latDeg);
  const lon = toRadians(lonDeg - view.lon0);
  const x = Math.cos(lat) * Math.sin(lon);
  const y = Math.sin(lat);
  const z = Math.cos(lat) * Math.cos(lon);
  const tilt = toRadians(view.tilt);
  return [x, y * Math.cos(tilt) - z * Math.sin(tilt), y * Math.sin(tilt) + z * Math.cos(tilt)];
}

function projectVector(vector: Vector, view: GlobeView, lift = 1): Point {
  return { x: view.centre.x + vector[0] * view.radius * lift, y: view.centre.y - vector[1] * view.radius * lift };
}

/** Draws a line on the sphere as paths, dropping the parts on the far side. */
function visibleRuns(samples: readonly Vector[], view: GlobeView): string {
  const runs: Point[][] = [];
  let current: Point[] = [];
  for (const vector of samples) {
    if (vector[2] >= 0) {
      current.push(projectVector(vector, view));
    } else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs.filter((run) => run.length > 1).map(polylinePath).join('');
}

/** Point at a given bearing and angular distance from a start point (spherical "destination"). */
function sphericalDestination(latDeg: number, lonDeg: number, bearingDeg: number, distanceDeg: number): { lat: number; lon: number } {
  const lat1 = toRadians(latDeg);
  const bearing = toRadians(bearingDeg);
  const distance = toRadians(distanceDeg);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(distance) + Math.cos(lat1) * Math.sin(distance) * Math.cos(bearing));
  const lon2 =
    toRadians(lonDeg) +
    Math.atan2(Math.sin(bearing) * Math.sin(distance) * Math.cos(lat1), Math.cos(distance) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: (lat2 * 180) / Math.PI, lon: (lon2 * 180) / Math.PI };
}

/** World: a teal and sand globe with meridians, parallels, abstract landmasses and route arcs. */
function paintWorld(rng: SeededRandom): string {
  const light = rng.chance(0.5);
  const colours = light
    ? { background: '#ece0c2', halo: '#1f5f66', sea: '#1f5f66', shade: '#1a5259', grid: '#e9d8a6', land: '#d9c28e', route: '#d9825b' }
    : { background: '#173f45', halo: '#e9d8a6', sea: '#24707a', shade: '#1f636c', grid: '#e9d8a6', land: '#e3cf9a', route: '#f0a27a' };
  const view: GlobeView = {
    centre: { x: W / 2 + rng.range(-140, 140), y: H / 2 + rng.range(-10, 30) },
    radius: rng.range(330, 370),
    lon0: rng.range(0, 360),
    tilt: rng.range(12, 32),
  };
  const parts: string[] = [rect(0, 0, W, H, `fill="${colours.background}"`)];
  for (let ring = 1; ring <= 4; ring += 1) {
    parts.push(circle(view.centre.x, view.centre.y, view.radius + ring * 70, `fill="none" stroke="${colours.halo}" stroke-opacity="${num(0.2 - ring * 0.04)}" stroke-width="3"`));
  }
  parts.push(`<clipPath id="globe">${circle(view.centre.x, view.centre.y, view.radius, '')}</clipPath>`);
  parts.push(circle(view.centre.x, view.centre.y, view.radius, `fill="${colours.sea}"`));
  // A flat crescent of shade gives the sphere volume without a gradient.
  parts.push(`<g clip-path="url(#globe)">${circle(view.centre.x + view.radius * 0.35, view.centre.y + view.radius * 0.2, view.radius * 1.02, `fill="${colours.shade}"`)}</g>`);

  // Landmasses: a short chain of elongated, gently irregular caps trending along one axis, which
  // reads as a coastline rather than a cloud. All kept on the near hemisphere so none wrap round the edge.
  const viewCentreLat = view.tilt;
  const landmasses = rng.int(2, 3);
  for (let index = 0; index < landmasses; index += 1) {
    let lobeCentre = sphericalDestination(viewCentreLat, view.lon0, rng.range(0, 360), rng.range(8, 40));
    const axis = rng.range(0, 180);
    const size = rng.range(8, 13);
    const lobes = rng.int(1, 3);
    for (let lobe = 0; lobe < lobes; lobe += 1) {
      const lobeSize = size * (lobe === 0 ? 1 : rng.range(0.55, 0.85));
      const stretch = rng.range(0.25, 0.45);
      const harmonics = Array.from({ length: 4 }, (_, order) => ({
        order: order + 3,
        amplitude: rng.range(0.03, 0.07) * (3 / (order + 3)),
        phase: rng.range(0, Math.PI * 2),
      }));
      const outline: Vector[] = Array.from({ length: 48 }, (_, step) => {
        const bearing = (step / 48) * 360;
        const elongation = 1 + stretch * Math.cos(2 * toRadians(bearing - axis));
        const wobble = harmonics.reduce((sum, h) => sum + h.amplitude * Math.sin(h.order * toRadians(bearing) + h.phase), elongation);
        const point = sphericalDestination(lobeCentre.lat, lobeCentre.lon, bearing, lobeSize * wobble);
        return globeVector(point.lat, point.lon, view);
      });
      if (outline.every((vector) => vector[2] > 0.08)) {
        parts.push(`<path d="${smoothPath(outline.map((vector) => projectVector(vector, view)), true)}" fill="${colours.land}"/>`);
      }
      // The next lobe continues along the axis, bending a little, so the chain has a direction.
      lobeCentre = sphericalDestination(lobeCentre.lat, lobeCentre.lon, axis + rng.range(-35, 35), lobeSize * rng.range(1.0, 1.3));
    }
  }

  const graticule: string[] = [];
  for (let lon = 0; lon < 360; lon += 30) {
    graticule.push(visibleRuns(Array.from({ length: 61 }, (_, step) => globeVector(-90 + step * 3, lon, view)), view));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    graticule.push(visibleRuns(Array.from({ length: 121 }, (_, step) => globeVector(lat, step * 3, view)), view));
  }
  parts.push(`<path d="${graticule.join('')}" fill="none" stroke="${colours.grid}" stroke-opacity="0.38" stroke-width="2.5"/>`);
  parts.push(circle(view.centre.x, view.centre.y, view.radius, `fill="none" stroke="${colours.grid}" stroke-opacity="0.7" stroke-width="4"`));

  // Routes: great-circle arcs lifted off the surface between a few hubs.
  const hubs = Array.from({ length: rng.int(3, 4) }, () => {
    const point = sphericalDestination(viewCentreLat, view.lon0, rng.range(0, 360), rng.range(15, 55));
    return globeVector(point.lat, point.lon, view);
  });
  const origin = itemAt(hubs, 0);
  // Only hubs that actually get a route are marked, so no orphan dots are left behind.
  const linked: Vector[] = [];
  for (let index = 1; index < hubs.length; index += 1) {
    const from = origin;
    const to = itemAt(hubs, index);
    const omega = Math.acos(Math.min(Math.max(from[0] * to[0] + from[1] * to[1] + from[2] * to[2], -1), 1));
    if (omega < 0.45) continue;
    const arc: Point[] = Array.from({ length: 32 }, (_, step) => {
      const t = step / 31;
      const wa = Math.sin((1 - t) * omega) / Math.sin(omega);
      const wb = Math.sin(t * omega) / Math.sin(omega);
      const vector: Vector = [wa * from[0] + wb * to[0], wa * from[1] + wb * to[1], wa * from[2] + wb * to[2]];
      return projectVector(vector, view, 1 + 0.16 * Math.sin(Math.PI * t) * omega);
    });
    parts.push(`<path d="${smoothPath(arc, false)}" fill="none" stroke="${colours.route}" stroke-width="5" stroke-linecap="round"/>`);
    linked.push(to);
  }
  for (const hub of linked) {
    const at = projectVector(hub, view);
    parts.push(circle(at.x, at.y, 10, `fill="${colours.route}" stroke="${colours.sea}" stroke-width="4"`));
  }
  if (linked.length > 0) {
    const at = projectVector(origin, view);
    parts.push(circle(at.x, at.y, 24, `fill="none" stroke="${colours.route}" stroke-width="4" stroke-opacity="0.7"`));
    parts.push(circle(at.x, at.y, 12, `fill="${colours.route}" stroke="${colours.sea}" stroke-width="4"`));
  }
  return parts.join('');
}

/** Economy: deep green and amber, a bar chart with a trend line and a stack of coins. */
function paintEconomy(rng: SeededRandom): string {
  const dark = rng.chance(0.6);
  const colours = dark
    ? { background: '#0f3b2e', grid: '#e8dcc0', bar: '#2a7257', barMuted: '#1f5a45', amber: '#e2a33b', amberDark: '#b27a22', face: '#1f5a45' }
    : { background: '#f1ead8', grid: '#0f3b2e', bar: '#2a7257', barMuted: '#8fb9a2', amber: '#d9962c', amberDark: '#a86e1c', face: '#e5dabd' };
  const parts: string[] = [rect(0, 0, W, H, `fill="${colours.background}"`)];
  const coinsLeft = rng.chance(0.5);
  const chartLeft = coinsLeft ? 560 : 180;
  const chartRight = coinsLeft ? 1440 : 1060;
  const baseline = rng.range(720, 760);
  const chartTop = 160;

  for (let row = 0; row <= 4; row += 1) {
    const y = baseline - ((baseline - chartTop) * row) / 4;
    parts.push(rect(chartLeft - 40, y - 1, chartRight - chartLeft + 80, row === 0 ? 4 : 2, `fill="${colours.grid}" fill-opacity="${row === 0 ? '0.55' : '0.14'}"`));
  }

  // Bars follow a drifting random walk so each chart tells a slightly different story.
  const bars = rng.int(8, 12);
  const drift = rng.range(-0.02, 0.06);
  let level = rng.range(0.3, 0.5);
  const values = Array.from({ length: bars }, () => {
    level = Math.min(Math.max(level + drift + rng.range(-0.12, 0.12), 0.12), 0.95);
    return level;
  });
  const slot = (chartRight - chartLeft) / bars;
  const barWidth = slot * 0.62;
  const highlight = rng.int(Math.floor(bars / 2), bars - 1);
  values.forEach((value, index) => {
    const height = value * (baseline - chartTop);
    const x = chartLeft + index * slot + (slot - barWidth) / 2;
    const fill = index === highlight ? colours.amber : index % 2 === 0 ? colours.bar : colours.barMuted;
    parts.push(rect(x, baseline - height, barWidth, height, `fill="${fill}"`));
  });

  // Trend line: a smoothed, lagging version of the bars.
  let smoothed = itemAt(values, 0);
  const trend = values.map((value, index) => {
    smoothed = smoothed * 0.55 + value * 0.45;
    return { x: chartLeft + (index + 0.5) * slot, y: baseline - Math.min(smoothed + 0.12, 1) * (baseline - chartTop) };
  });
  parts.push(`<path d="${smoothPath(trend, false)}" fill="none" stroke="${colours.background}" stroke-width="16" stroke-linecap="round"/>`);
  parts.push(`<path d="${smoothPath(trend, false)}" fill="none" stroke="${colours.amber}" stroke-width="7" stroke-linecap="round"/>`);
  const last = itemAt(trend, trend.length - 1);
  parts.push(circle(last.x, last.y, 15, `fill="${colours.amber}" stroke="${colours.background}" stroke-width="6"`));

  // Coin stacks, drawn bottom-up so each coin's top face covers the one below.
  const stackBase = { x: coinsLeft ? rng.range(250, 330) : rng.range(1250, 1340), y: baseline };
  const coinRx = 96;
  const coinRy = 29;
  const coinHeight = 25;
  const stacks = [
    { dx: 0, count: rng.int(6, 11) },
    { dx: coinsLeft ? -130 : 130, count: rng.int(2, 6) },
  ];
  for (const stack of stacks) {
    const cx = stackBase.x + stack.dx;
    for (let coin = 0; coin < stack.count; coin += 1) {
      const bottom = stackBase.y - coinRy - coin * coinHeight;
      parts.push(ellipse(cx, bottom, coinRx, coinRy, `fill="${colours.amberDark}"`));
      parts.push(rect(cx - coinRx, bottom - coinHeight, coinRx * 2, coinHeight, `fill="${colours.amberDark}"`));
      parts.push(ellipse(cx, bottom - coinHeight, coinRx, coinRy, `fill="${colours.amber}" stroke="${colours.amberDark}" stroke-width="3"`));
    }
    const top = stackBase.y - coinRy - stack.count * coinHeight;
    parts.push(ellipse(cx, top, coinRx * 0.7, coinRy * 0.7, `fill="none" stroke="${colours.amberDark}" stroke-width="4"`));
  }
  // One large coin face, partly off-canvas, as a quiet backdrop.
  // It sits above the coin stacks, on the side away from the chart, so it never collides with the trend line.
  const faceAt = { x: stackBase.x + (coinsLeft ? -rng.range(60, 140) : rng.range(60, 140)), y: rng.range(110, 190) };
  parts.push(circle(faceAt.x, faceAt.y, 150, `fill="${colours.face}"`));
  parts.push(circle(faceAt.x, faceAt.y, 122, `fill="none" stroke="${colours.amber}" stroke-opacity="0.6" stroke-width="5"`));
  parts.push(circle(faceAt.x, faceAt.y, 60, `fill="none" stroke="${colours.amber}" stroke-opacity="0.6" stroke-width="5"`));
  return parts.join('');
}

const COMPASS: readonly Point[] = [
  { x: 1, y: 0 },
  { x: 1, y: 1 },
  { x: 0, y: 1 },
  { x: -1, y: 1 },
  { x: -1, y: 0 },
  { x: -1, y: -1 },
  { x: 0, y: -1 },
  { x: 1, y: -1 },
];

/** A satellite: body, two ruled solar panels and an antenna, centred on the origin. */
function satelliteSvg(at: Point, size: number, angle: number, body: string, panel: string, ink: string): string {
  const panelLines = [-1, 1]
    .map((side) => {
      const x0 = side < 0 ? -3.1 : 0.7;
      const cells = [1, 2, 3].map((cell) => rect(x0 + cell * 0.6 - 0.02, -0.5, 0.04, 1, `fill="${ink}"`)).join('');
      return rect(x0, -0.5, 2.4, 1, `fill="${panel}"`) + cells + rect(side < 0 ? -0.7 : 0.5, -0.05, 0.2, 0.1, `fill="${body}"`);
    })
    .join('');
  const core = rect(-0.5, -0.42, 1, 0.84, `fill="${body}"`) + rect(-0.04, -0.95, 0.08, 0.53, `fill="${body}"`) + circle(0, -1.02, 0.16, `fill="${body}"`);
  return `<g transform="translate(${num(at.x)} ${num(at.y)}) rotate(${num(angle)}) scale(${num(size)})">${panelLines}${core}</g>`;
}

/** Technology: indigo and cyan, circuit traces from a chip, orbits around a planet, a satellite. */
function paintTechnology(rng: SeededRandom): string {
  const colours = rng.pick([
    { background: '#1e1b4b', mid: '#312e81', cyan: '#3cc8dc', soft: '#a5b4fc', sheen: '#a5b4fc' },
    { background: '#191a44', mid: '#2c3078', cyan: '#4fd1e0', soft: '#c7d2fe', sheen: '#c7d2fe' },
    { background: '#e8ebf7', mid: '#3f3a9e', cyan: '#0e8aa6', soft: '#2a2670', sheen: '#ffffff' },
  ] as const);
  const parts: string[] = [rect(0, 0, W, H, `fill="${colours.background}"`)];
  const grid = 50;

  // A sparse dot grid: reads as a circuit board but is far cheaper to compress than lines.
  const dots: string[] = [];
  for (let x = grid; x < W; x += grid) {
    for (let y = grid; y < H; y += grid) {
      dots.push(`M${x} ${y}h0.01`);
    }
  }
  parts.push(`<path d="${dots.join('')}" stroke="${colours.soft}" stroke-opacity="0.2" stroke-width="5" stroke-linecap="round"/>`);

  const chipLeft = rng.chance(0.5);
  const chip = { x: (chipLeft ? rng.int(5, 7) : rng.int(25, 27)) * grid, y: rng.int(7, 10) * grid };
  const chipHalf = 2 * grid;

  // Traces fan out from the pins: out, then 45° away from the centre pin, then out again,
  // so traces never cross. Traces facing the planet stay short to leave it room.
  const traces: string[] = [];
  const pads: string[] = [];
  const towardPlanet = chipLeft ? 0 : 4;
  for (const direction of [0, 2, 4, 6]) {
    const outward = itemAt(COMPASS, direction);
    const along = { x: -outward.y, y: outward.x };
    const reach = direction === towardPlanet ? 1 : 2;
    for (const pin of [-1, 0, 1]) {
      if (rng.chance(0.25)) continue;
      let at = { x: chip.x + outward.x * chipHalf + along.x * pin * grid, y: chip.y + outward.y * chipHalf + along.y * pin * grid };
      const points: Point[] = [at];
      const legs = [
        { direction, length: rng.int(1, reach) },
        { direction: (direction + pin + 8) % 8, length: pin === 0 ? rng.int(0, reach) : rng.int(1, reach + 1) },
        { direction, length: rng.int(0, reach) },
      ];
      for (const leg of legs) {
        if (leg.length === 0) continue;
        const step = itemAt(COMPASS, leg.direction);
        at = { x: at.x + step.x * grid * leg.length, y: at.y + step.y * grid * leg.length };
        points.push(at);
      }
      traces.push(polylinePath(points));
      pads.push(circle(at.x, at.y, 9, `fill="${colours.background}" stroke="${colours.cyan}" stroke-width="4"`));
    }
  }
  parts.push(`<path d="${traces.join('')}" fill="none" stroke="${colours.cyan}" stroke-opacity="0.55" stroke-width="4" stroke-linejoin="round"/>`);
  parts.push(...pads);
  parts.push(rect(chip.x - chipHalf, chip.y - chipHalf, chipHalf * 2, chipHalf * 2, `rx="14" fill="${colours.mid}" stroke="${colours.cyan}" stroke-width="4"`));
  parts.push(rect(chip.x - chipHalf / 2, chip.y - chipHalf / 2, chipHalf, chipHalf, `rx="8" fill="none" stroke="${colours.soft}" stroke-opacity="0.6" stroke-width="3"`));

  // Planet with tilted orbits; the near half of each orbit is redrawn over the planet for depth.
  const planet = { x: chipLeft ? rng.range(1100, 1180) : rng.range(420, 500), y: rng.range(400, 500) };
  const planetRadius = rng.range(120, 150);
  const orbits = Array.from({ length: rng.int(2, 3) }, (_, index) => ({
    rx: 240 + index * 85 + rng.range(-15, 15),
    ry: 70 + index * 26 + rng.range(-8, 8),
    angle: rng.range(-22, -6) + index * rng.range(-4, 8),
  }));
  const orbitPath = (orbit: { rx: number; ry: number; angle: number }, half: boolean): string => {
    const d = half
      ? `M${num(-orbit.rx)} 0A${num(orbit.rx)} ${num(orbit.ry)} 0 0 0 ${num(orbit.rx)} 0`
      : `M${num(-orbit.rx)} 0A${num(orbit.rx)} ${num(orbit.ry)} 0 1 0 ${num(orbit.rx)} 0A${num(orbit.rx)} ${num(orbit.ry)} 0 1 0 ${num(-orbit.rx)} 0`;
    return `<path transform="translate(${num(planet.x)} ${num(planet.y)}) rotate(${num(orbit.angle)})" d="${d}" fill="none" stroke="${colours.cyan}" stroke-opacity="${half ? '0.9' : '0.45'}" stroke-width="4"/>`;
  };
  parts.push(...orbits.map((orbit) => orbitPath(orbit, false)));
  parts.push(circle(planet.x, planet.y, planetRadius, `fill="${colours.mid}"`));
  parts.push(`<clipPath id="planet">${circle(planet.x, planet.y, planetRadius, '')}</clipPath>`);
  parts.push(`<g clip-path="url(#planet)">${circle(planet.x - planetRadius * 0.35, planet.y - planetRadius * 0.3, planetRadius, `fill="${colours.sheen}" fill-opacity="0.22"`)}</g>`);
  parts.push(...orbits.map((orbit) => orbitPath(orbit, true)));

  // The satellite rides the outermost orbit, on its near side but clear of the planet's disc.
  const outer = itemAt(orbits, orbits.length - 1);
  const theta = (rng.chance(0.5) ? rng.range(0.08, 0.26) : rng.range(0.74, 0.92)) * Math.PI;
  const local = { x: Math.cos(theta) * outer.rx, y: Math.sin(theta) * outer.ry };
  const tilt = toRadians(outer.angle);
  const satellite = {
    x: planet.x + local.x * Math.cos(tilt) - local.y * Math.sin(tilt),
    y: planet.y + local.x * Math.sin(tilt) + local.y * Math.cos(tilt),
  };
  parts.push(satelliteSvg(satellite, rng.range(30, 38), outer.angle + rng.range(-20, 20), colours.soft, colours.cyan, colours.background));
  return parts.join('');
}

const PAINTERS: Record<CategorySlug, (rng: SeededRandom) => string> = {
  'india-russia': paintIndiaRussia,
  defence: paintDefence,
  diplomacy: paintDiplomacy,
  world: paintWorld,
  economy: paintEconomy,
  technology: paintTechnology,
};

/** The full SVG document for one article; the slug hash makes it stable across runs. */
function articleIllustrationSvg(subject: ImageSubject): string {
  const rng = new SeededRandom(hashString(`${subject.category}/${subject.slug}`));
  const body = PAINTERS[subject.category](rng);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}

// ---------------------------------------------------------------------------
// Article image output
// ---------------------------------------------------------------------------

async function fileExists(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}

function articleImagePath(slug: string, width: number): string {
  return path.join(ARTICLE_IMAGE_DIR, `${slug}-${width}.webp`);
}

function articleFallbackImagePath(slug: string): string {
  return path.join(ARTICLE_IMAGE_DIR, `${slug}-${ARTICLE_FALLBACK_IMAGE_WIDTH}.jpg`);
}

function heightForWidth(width: number): number {
  return Math.round((width * ARTICLE_IMAGE_ASPECT.height) / ARTICLE_IMAGE_ASPECT.width);
}

interface ArticleRunResult {
  written: number;
  skipped: number;
}

function articleCropPath(slug: string, name: string): string {
  return path.join(ARTICLE_IMAGE_DIR, `${slug}-${name}.webp`);
}

/**
 * Renders the SVG once at full size, then downsamples, so every width shows the same picture.
 * The 4:3 and 1:1 crops are cut from the centre of a rendering tall enough for them.
 */
async function writeArticleImages(subject: ImageSubject, force: boolean): Promise<ArticleRunResult> {
  if (!SLUG_PATTERN.test(subject.slug)) {
    throw new Error(`Refusing to write images for unsafe slug "${subject.slug}".`);
  }
  const total = ARTICLE_IMAGE_WIDTHS.length + ARTICLE_IMAGE_CROPS.length + 1;
  const pendingWidths: number[] = [];
  for (const width of ARTICLE_IMAGE_WIDTHS) {
    if (force || !(await fileExists(articleImagePath(subject.slug, width)))) pendingWidths.push(width);
  }
  const pendingCrops: (typeof ARTICLE_IMAGE_CROPS)[number][] = [];
  for (const crop of ARTICLE_IMAGE_CROPS) {
    if (force || !(await fileExists(articleCropPath(subject.slug, crop.name)))) pendingCrops.push(crop);
  }
  const fallbackPending = force || !(await fileExists(articleFallbackImagePath(subject.slug)));
  const pending = pendingWidths.length + pendingCrops.length + (fallbackPending ? 1 : 0);
  if (pending === 0) return { written: 0, skipped: total };

  const svg = Buffer.from(articleIllustrationSvg(subject));
  const raster = await sharp(svg).resize(W, H).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const rawInput = { raw: { width: raster.info.width, height: raster.info.height, channels: raster.info.channels } };
  for (const width of pendingWidths) {
    const webp = await sharp(raster.data, rawInput)
      .resize(width, heightForWidth(width), { kernel: 'lanczos3' })
      .webp(WEBP_OPTIONS)
      .toBuffer();
    await writeFile(articleImagePath(subject.slug, width), webp);
  }
  if (fallbackPending) {
    const jpeg = await sharp(raster.data, rawInput)
      .resize(ARTICLE_FALLBACK_IMAGE_WIDTH, heightForWidth(ARTICLE_FALLBACK_IMAGE_WIDTH), { kernel: 'lanczos3' })
      .jpeg(JPEG_OPTIONS)
      .toBuffer();
    await writeFile(articleFallbackImagePath(subject.slug), jpeg);
  }
  for (const crop of pendingCrops) {
    // Scale the drawing so its height covers the crop, then cut the centre.
    const scale = Math.max(crop.width / W, crop.height / H);
    const scaledWidth = Math.round(W * scale);
    const scaledHeight = Math.round(H * scale);
    const webp = await sharp(svg, { density: 72 * scale })
      .resize(scaledWidth, scaledHeight)
      .removeAlpha()
      .extract({
        left: Math.floor((scaledWidth - crop.width) / 2),
        top: Math.floor((scaledHeight - crop.height) / 2),
        width: crop.width,
        height: crop.height,
      })
      .webp(WEBP_OPTIONS)
      .toBuffer();
    await writeFile(articleCropPath(subject.slug, crop.name), webp);
  }
  return { written: pending, skipped: total - pending };
}

// ---------------------------------------------------------------------------
// Brand icons
// ---------------------------------------------------------------------------

const BRAND = { accent: '#9f1d20', ink: '#111111', paper: '#ffffff' } as const;

/**
 * The monogram on a 64-unit grid: a slab-serif "N" (thin stems, heavy diagonal, as in a
 * text serif) over a short "express" speed line. Drawn as shapes, since the rasteriser has no fonts.
 */
function monogramShapes(withSpeedLine: boolean): string {
  const paper = BRAND.paper;
  const shapes = [
    // Left stem, top-left and bottom-left serifs.
    'M17 12h5.5v34H17z',
    'M12 12h14v3.5H12z',
    'M12 42.5h15.5V46H12z',
    // Heavy diagonal from the top-left to the foot of the right stem.
    'M17 12h9.5L47 46h-9z',
    // Right stem and its top serif.
    'M41.5 12H47v34h-5.5z',
    'M37 12h15v3.5H37z',
  ];
  const speedLine = withSpeedLine ? '<path d="M10 51h44v3H16z"/>' : '';
  return `<g fill="${paper}">${shapes.map((d) => `<path d="${d}"/>`).join('')}${speedLine}</g>`;
}

interface IconOptions {
  /** 'rounded' for the regular icon, 'full' for full-bleed (maskable, Apple touch). */
  shape: 'rounded' | 'full';
  /** Monogram scale around the centre; below 1 adds safe-zone padding. */
  scale: number;
  withSpeedLine: boolean;
}

function iconSvg(options: IconOptions): string {
  const background =
    options.shape === 'rounded'
      ? `<rect width="64" height="64" rx="13" fill="${BRAND.accent}"/>`
      : `<rect width="64" height="64" fill="${BRAND.accent}"/>`;
  // The mark spans y 12..54, so nudge it up a little to centre it optically.
  const mark = monogramShapes(options.withSpeedLine);
  const placed =
    options.scale === 1
      ? mark
      : `<g transform="translate(32 33) scale(${options.scale}) translate(-32 -33)">${mark}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">${background}${placed}</svg>`;
}

async function renderPng(svg: string, size: number, opaque: boolean): Promise<Buffer> {
  // Density scales the 64-unit SVG straight to the target size, so edges are rasterised crisply.
  const image = sharp(Buffer.from(svg), { density: (72 * size) / 64 }).resize(size, size);
  const shaped = opaque ? image.flatten({ background: BRAND.accent }).removeAlpha() : image.ensureAlpha();
  return shaped.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
}

interface IcoImage {
  size: number;
  png: Buffer;
}

/**
 * Packs PNG images into a .ico container: a 6-byte ICONDIR, one 16-byte ICONDIRENTRY per image,
 * then the PNG data. Browsers have accepted PNG-compressed entries since Windows Vista.
 */
function buildIco(images: readonly IcoImage[]): Buffer {
  const headerSize = 6;
  const entrySize = 16;
  const header = Buffer.alloc(headerSize + entrySize * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    const at = headerSize + entrySize * index;
    const dimension = image.size >= 256 ? 0 : image.size; // 0 means 256 in the format
    header.writeUInt8(dimension, at);
    header.writeUInt8(dimension, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3); // reserved
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(image.png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += image.png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function writeIcons(): Promise<string[]> {
  const standard = iconSvg({ shape: 'rounded', scale: 1, withSpeedLine: true });
  // At 16-32px a 3-unit line is under a pixel and only blurs the N, so the favicon drops it.
  const small = iconSvg({ shape: 'rounded', scale: 1.08, withSpeedLine: false });
  const maskable = iconSvg({ shape: 'full', scale: 0.72, withSpeedLine: true });
  const touch = iconSvg({ shape: 'full', scale: 0.86, withSpeedLine: true });

  const outputs: { file: string; data: Buffer | string }[] = [
    { file: 'icon.svg', data: `${standard}\n` },
    { file: 'icon-192.png', data: await renderPng(standard, 192, false) },
    { file: 'icon-512.png', data: await renderPng(standard, 512, false) },
    { file: 'icon-maskable-512.png', data: await renderPng(maskable, 512, true) },
    { file: 'apple-touch-icon.png', data: await renderPng(touch, 180, true) },
    {
      file: 'favicon.ico',
      data: buildIco([
        { size: 16, png: await renderPng(small, 16, false) },
        { size: 32, png: await renderPng(small, 32, false) },
        { size: 48, png: await renderPng(standard, 48, false) },
      ]),
    },
  ];
  for (const output of outputs) {
    await writeFile(path.join(PUBLIC_DIR, output.file), output.data);
  }
  return outputs.map((output) => output.file);
}

// ---------------------------------------------------------------------------
// Placeholder for imported stories
// ---------------------------------------------------------------------------

const PLACEHOLDER_DIR = path.join(PUBLIC_DIR, 'images', 'placeholders');

/**
 * The picture an imported story shows until an editor uploads its own (the old site's images are
 * not fetched): the masthead's mark on the brand colour, in every size an article image has.
 */
async function writePlaceholderImages(): Promise<number> {
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
      `<rect width="${W}" height="${H}" fill="${BRAND.accent}"/>` +
      `<rect x="${W / 2 - 150}" y="${H / 2 - 150}" width="300" height="300" rx="48" fill="${BRAND.paper}"/>` +
      `<text x="${W / 2}" y="${H / 2 + 95}" text-anchor="middle" font-family="Georgia, serif" font-weight="700" font-size="280" fill="${BRAND.accent}">N</text>` +
      `</svg>`,
  );
  await mkdir(PLACEHOLDER_DIR, { recursive: true });
  const file = (suffix: string) => path.join(PLACEHOLDER_DIR, `imported-${suffix}`);
  const outputs: [string, Promise<Buffer>][] = [
    ...ARTICLE_IMAGE_WIDTHS.map(
      (width) => [file(`${width}.webp`), sharp(svg).resize(width, heightForWidth(width)).webp(WEBP_OPTIONS).toBuffer()] as [string, Promise<Buffer>],
    ),
    [
      file(`${ARTICLE_FALLBACK_IMAGE_WIDTH}.jpg`),
      sharp(svg).resize(ARTICLE_FALLBACK_IMAGE_WIDTH, heightForWidth(ARTICLE_FALLBACK_IMAGE_WIDTH)).jpeg(JPEG_OPTIONS).toBuffer(),
    ],
    ...ARTICLE_IMAGE_CROPS.map(
      (crop) =>
        [file(`${crop.name}.webp`), sharp(svg).resize(crop.width, crop.height, { fit: 'cover' }).webp(WEBP_OPTIONS).toBuffer()] as [
          string,
          Promise<Buffer>,
        ],
    ),
  ];
  for (const [target, data] of outputs) await writeFile(target, await data);
  return outputs.length;
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const force = process.argv.slice(2).includes('--force');
  await mkdir(ARTICLE_IMAGE_DIR, { recursive: true });

  let written = 0;
  let skipped = 0;
  for (const article of SEED_ARTICLES) {
    const result = await writeArticleImages(article, force);
    written += result.written;
    skipped += result.skipped;
  }
  const icons = await writeIcons();
  const placeholders = await writePlaceholderImages();
  console.log(
    `Images: ${SEED_ARTICLES.length} articles, ${written} files written, ${skipped} kept${force ? '' : ' (use --force to redraw)'}; ${icons.length} icons and ${placeholders} placeholder sizes written to public/.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
