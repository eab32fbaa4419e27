import { describe, expect, it } from 'vitest';
import { barWidth, CHART, layout, ticks } from '../../src/lib/chart';

describe('barWidth', () => {
  it('gives a score of 5 the full plot width', () => {
    expect(barWidth(5)).toBe(CHART.plotRight - CHART.plotLeft);
  });

  it('grows in equal steps', () => {
    expect(barWidth(2) - barWidth(1)).toBeCloseTo(barWidth(5) - barWidth(4));
  });

  it.each([0, 6, 3.5])('rejects %s, which is off the scale', (score) => {
    expect(() => barWidth(score)).toThrow(RangeError);
  });
});

describe('ticks', () => {
  it('marks every point of the scale from 1 to 5', () => {
    expect(ticks().map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
    expect(ticks().at(-1)?.x).toBe(CHART.plotRight);
  });
});

describe('layout', () => {
  const { groups, height } = layout([
    [4, 2, 1],
    [2, 4, 5],
  ]);

  it('places groups in order without overlap', () => {
    const lastOfFirst = groups[0]!.bars.at(-1)!;
    expect(groups[1]!.labelY).toBeGreaterThan(lastOfFirst.y + lastOfFirst.height);
  });

  it('gives each bar the width of its score', () => {
    expect(groups[1]!.bars.map((b) => b.width)).toEqual([barWidth(2), barWidth(4), barWidth(5)]);
  });

  it('leaves room for the axis under the last bar', () => {
    const last = groups.at(-1)!.bars.at(-1)!;
    expect(height).toBeGreaterThan(last.y + last.height);
  });
});
