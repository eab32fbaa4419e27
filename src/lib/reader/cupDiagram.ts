/**
 * Geometry of the cup diagram (CupDiagram.astro), in SVG user units of a 300x248
 * drawing: one ear cup against the ear, cut in half, with the arrows for music, outside
 * noise and air that differ by design, and the labels that name them. Kept apart from
 * the markup, as chart.ts is for the ratings chart, so the arrows can be tested.
 */
import type { DesignId } from '../../vocabulary';

export type Point = readonly [number, number];
/** Points of a line ending in a head; with `curve`, the middle point bends a smooth curve. */
export interface Arrow {
  points: readonly Point[];
  thin?: boolean;
  curve?: boolean;
}
export interface Label {
  text: string;
  x: number;
  y: number;
  anchor?: 'middle' | 'end';
  /* Air's own tone, for words about air. */
  muted?: boolean;
}
export interface Cup {
  title: string;
  desc: string;
  caption: string;
  /* The back of the cup: solid shell, grille (dashed) and damping behind the grille. */
  shell: string;
  grille: string;
  damping: boolean;
  music: Arrow[];
  noise: Arrow[];
  air: Arrow[];
  labels: Label[];
}

const line = (x1: number, y1: number, x2: number, y2: number, thin = false): Arrow => ({
  points: [
    [x1, y1],
    [x2, y2],
  ],
  thin,
});
const arc = (from: Point, bend: Point, to: Point): Arrow => ({ points: [from, bend, to], curve: true });
// In from far off, back out short of it, so two bounces never read as one zigzag.
const bounce = (y: number): Arrow => ({
  points: [
    [292, y - 20],
    [170, y],
    [236, y + 16],
  ],
});

// Shared by every design: the cup's side walls and the sound reaching the ear.
const WALLS = 'M60 46H150Q164 46 164 60M164 176Q164 190 150 190H60';
const TO_EAR = [line(72, 112, 42, 112), line(72, 124, 42, 124)];

export const CUPS: Record<DesignId, Cup> = {
  closed: {
    title: 'Closed-back ear cup in cross-section',
    desc: 'The sealed shell sends the driver’s sound only to the ear and bounces most outside noise away, though some bass still gets through. No air moves through the cup.',
    caption: 'Closed-back: the music stays in and most noise stays out, but air is trapped.',
    shell: `${WALLS}M164 60V176`,
    grille: '',
    damping: false,
    music: TO_EAR,
    noise: [bounce(62), bounce(108), line(292, 158, 42, 140, true)],
    air: [],
    labels: [
      { text: 'Outside noise', x: 298, y: 32, anchor: 'end' },
      { text: 'Some bass', x: 298, y: 178, anchor: 'end' },
      { text: 'Air trapped', x: 112, y: 172, anchor: 'middle', muted: true },
      { text: 'Sealed back', x: 164, y: 212, anchor: 'middle' },
    ],
  },
  'semi-open': {
    title: 'Semi-open ear cup in cross-section',
    desc: 'The back is partly vented and damped. A little of the driver’s sound leaks out and a little outside noise comes in: less than with an open back, more than with a closed one. Some air moves through.',
    caption: 'Semi-open: a little music leaks out, a little noise gets in, some air moves.',
    shell: `${WALLS}M164 60V96M164 148V176`,
    grille: 'M164 96V148',
    damping: true,
    music: [...TO_EAR, line(92, 122, 200, 122, true)],
    noise: [bounce(72), line(292, 140, 42, 140, true)],
    air: [arc([136, 112], [166, 96], [196, 112])],
    labels: [
      { text: 'Outside noise', x: 298, y: 42, anchor: 'end' },
      { text: 'Some leakage', x: 298, y: 127, anchor: 'end' },
      { text: 'Part-vented back', x: 164, y: 212, anchor: 'middle' },
    ],
  },
  open: {
    title: 'Open-back ear cup in cross-section',
    desc: 'The back is a grille. The driver’s sound goes to the ear and also straight out of the back, where people nearby hear it, and outside noise passes in freely. Air flows through the cup.',
    caption: 'Open-back: the music leaks out, noise comes in and air flows freely.',
    shell: WALLS,
    grille: 'M164 60V176',
    damping: false,
    music: [...TO_EAR, line(92, 112, 232, 112), line(92, 124, 232, 124)],
    noise: [line(292, 96, 42, 96), line(292, 142, 42, 142)],
    air: [arc([132, 76], [166, 56], [200, 74]), arc([200, 164], [166, 184], [132, 168])],
    labels: [
      { text: 'Outside noise', x: 298, y: 88, anchor: 'end' },
      { text: 'Leakage', x: 236, y: 123 },
      { text: 'Grille', x: 164, y: 212, anchor: 'middle' },
    ],
  },
};
// Whole units are precise enough at this size and keep the markup small.
const n = (v: number) => String(Math.round(v));

/** Lines of the thick and thin arrows, and all their heads, as three path strings. */
export function draw(arrows: Arrow[]) {
  const out = { thick: '', thin: '', heads: '' };
  for (const { points, thin, curve } of arrows) {
    const [tx, ty] = points.at(-1) ?? [0, 0];
    const [px, py] = points.at(-2) ?? [0, 0];
    const len = Math.hypot(tx - px, ty - py);
    const [ux, uy] = [(tx - px) / len, (ty - py) / len];
    const size = thin ? 7 : 9;
    const half = thin ? 3.5 : 4.5;
    // The line stops inside the head, so no dash pokes out past the point.
    const [ex, ey] = [tx - ux * size * 0.7, ty - uy * size * 0.7];
    const start = points.map(([x, y]) => `${n(x)} ${n(y)}`).slice(0, -1);
    const line = curve
      ? `M${start[0]}Q${start[1]} ${n(ex)} ${n(ey)}`
      : `M${start.join('L')}L${n(ex)} ${n(ey)}`;
    out[thin ? 'thin' : 'thick'] += line;
    const [bx, by] = [tx - ux * size, ty - uy * size];
    out.heads += `M${n(tx)} ${n(ty)}L${n(bx - uy * half)} ${n(by + ux * half)}L${n(bx + uy * half)} ${n(by - ux * half)}Z`;
  }
  return out;
}
/**
 * The arrows of one cup by kind, with the key's tone, line style, word and place. Line
 * style tells the arrows apart as well as colour: solid music, dashed noise, dotted air.
 */
export const kindsOf = (cup: Cup) =>
  [
    {
      arrows: cup.music,
      tone: 'fill-accent stroke-accent',
      dash: undefined,
      cap: undefined,
      text: 'Music',
      x: 2,
    },
    {
      arrows: cup.noise,
      tone: 'fill-bad stroke-bad',
      dash: '6 4',
      cap: undefined,
      text: 'Outside noise',
      x: 80,
    },
    { arrows: cup.air, tone: 'fill-muted stroke-muted', dash: '0.1 5', cap: 'round', text: 'Air', x: 206 },
  ] as const;
