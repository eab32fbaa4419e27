import { describe, expect, it } from 'vitest';
import { CUPS, draw, kindsOf } from '../../src/lib/reader/cupDiagram';
import { DESIGN_IDS } from '../../src/vocabulary';

const WIDTH = 300;
const HEIGHT = 248;
const numbers = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

describe('the cup diagram', () => {
  it.each(DESIGN_IDS)('draws every arrow of the %s cup inside the drawing', (design) => {
    for (const { arrows } of kindsOf(CUPS[design])) {
      const d = draw(arrows);
      for (const path of [d.thick, d.thin, d.heads]) {
        const values = numbers(path);
        const xs = values.filter((_, i) => i % 2 === 0);
        const ys = values.filter((_, i) => i % 2 === 1);
        expect(Math.min(...xs, 0)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...xs, 0)).toBeLessThanOrEqual(WIDTH);
        expect(Math.min(...ys, 0)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...ys, 0)).toBeLessThanOrEqual(HEIGHT);
      }
    }
  });

  it('gives one head per arrow, each a closed triangle', () => {
    const arrows = CUPS.open.music;
    const heads = draw(arrows).heads.split('Z').filter(Boolean);
    expect(heads).toHaveLength(arrows.length);
    for (const head of heads) expect(head.match(/L/g)).toHaveLength(2);
  });

  it('ends a line inside its head, so no dash pokes out past the point', () => {
    const d = draw([
      {
        points: [
          [0, 10],
          [100, 10],
        ],
      },
    ]);
    // The line stops 0.7 of a 9-unit head short of the tip at x=100.
    expect(d.thick).toBe('M0 10L94 10');
    expect(d.heads.startsWith('M100 10')).toBe(true);
  });

  it('draws thin arrows apart from thick ones and bends curves through their middle point', () => {
    const d = draw([
      {
        points: [
          [0, 0],
          [50, 0],
        ],
        thin: true,
      },
      {
        points: [
          [0, 50],
          [25, 30],
          [50, 50],
        ],
        curve: true,
      },
    ]);
    expect(d.thin).toMatch(/^M0 0L/);
    expect(d.thick).toMatch(/^M0 50Q25 30 /);
  });

  it('names each kind of arrow in the key, with a line style as well as a colour', () => {
    const kinds = kindsOf(CUPS.closed);
    expect(kinds.map((k) => k.text)).toEqual(['Music', 'Outside noise', 'Air']);
    expect(new Set(kinds.map((k) => k.dash)).size).toBe(kinds.length);
  });

  it.each(DESIGN_IDS)('keeps every label of the %s cup inside the drawing', (design) => {
    for (const label of CUPS[design].labels) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x).toBeLessThanOrEqual(WIDTH);
      expect(label.y).toBeLessThanOrEqual(HEIGHT);
    }
  });
});
