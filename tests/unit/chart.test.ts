import { describe, expect, it } from 'vitest';
import { barWidth, CHART, chartLayout, type ChartRow, ticks } from '../../src/lib/reader/chart';

const row = (label: string, closed: number, semiOpen: number, open: number): ChartRow => ({
  label,
  scores: [
    { design: 'closed', score: closed },
    { design: 'semi-open', score: semiOpen },
    { design: 'open', score: open },
  ],
});

const ROWS = [row('Noise isolation', 4, 2, 1), row('Leakage control', 4, 2, 1), row('Soundstage', 2, 4, 5)];

describe('barWidth', () => {
  it('gives a bar of score 5 the full plot width', () => {
    expect(barWidth(5)).toBe(CHART.plotRight - CHART.plotLeft);
  });

  it('gives a bar of score 1 a fifth of the plot width, so the lowest score is still visible', () => {
    expect(barWidth(1)).toBeCloseTo((CHART.plotRight - CHART.plotLeft) / 5);
  });

  it('grows in equal steps for each point of the scale', () => {
    const steps = [2, 3, 4, 5].map((score) => barWidth(score) - barWidth(score - 1));
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!);
  });

  it.each([0, 6, 3.5, -1, Number.NaN])('rejects a score of %s, which is outside the scale', (score) => {
    expect(() => barWidth(score)).toThrow(RangeError);
  });
});

describe('ticks', () => {
  it('marks every point of the scale from 1 to 5', () => {
    expect(ticks().map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts each tick where a bar of that score ends', () => {
    for (const tick of ticks()) expect(tick.x).toBeCloseTo(CHART.plotLeft + barWidth(tick.value));
  });
});

describe('chartLayout', () => {
  const chart = chartLayout(ROWS);

  it('places groups in attribute order without overlap', () => {
    expect(chart.groups.map((g) => g.label)).toEqual(ROWS.map((r) => r.label));
    for (let i = 1; i < chart.groups.length; i++) {
      const above = chart.groups[i - 1]!;
      const below = chart.groups[i]!;
      expect(below.labelY - CHART.fontSize).toBeGreaterThan(above.gridBottom);
    }
  });

  it('puts each label above its own bars and the bars one under another without touching', () => {
    for (const group of chart.groups) {
      expect(group.bars[0]!.y).toBeGreaterThan(group.labelY);
      for (let i = 1; i < group.bars.length; i++) {
        const prev = group.bars[i - 1]!;
        expect(group.bars[i]!.y).toBeGreaterThan(prev.y + prev.height);
      }
    }
  });

  it('keeps the designs in the order given and each bar the width of its score', () => {
    const soundstage = chart.groups[2]!;
    expect(soundstage.bars.map((b) => b.design)).toEqual(['closed', 'semi-open', 'open']);
    expect(soundstage.bars.map((b) => b.width)).toEqual([barWidth(2), barWidth(4), barWidth(5)]);
  });

  it('prints each score just after its bar, vertically inside it', () => {
    for (const bar of chart.groups.flatMap((g) => g.bars)) {
      expect(bar.scoreX).toBeGreaterThan(bar.x + bar.width);
      expect(bar.scoreY).toBeGreaterThan(bar.y);
      expect(bar.scoreY).toBeLessThanOrEqual(bar.y + bar.height + 2);
    }
  });

  it('leaves room inside the drawing for the score after a full bar', () => {
    const digitWidth = CHART.fontSize * 0.7;
    expect(CHART.plotLeft + barWidth(5) + CHART.scoreGap + digitWidth).toBeLessThanOrEqual(chart.width);
  });

  it('makes the drawing tall enough for every bar and the tick numbers under them', () => {
    const lastGroup = chart.groups.at(-1)!;
    const lastBar = lastGroup.bars.at(-1)!;
    expect(chart.tickLabelY).toBeGreaterThan(lastBar.y + lastBar.height + CHART.fontSize * 0.7);
    expect(chart.height).toBeGreaterThanOrEqual(chart.tickLabelY);
  });

  it('grows by the same amount for every group added', () => {
    const one = chartLayout(ROWS.slice(0, 1)).height;
    const two = chartLayout(ROWS.slice(0, 2)).height;
    const three = chartLayout(ROWS).height;
    expect(three - two).toBeCloseTo(two - one);
  });

  it('rejects scores outside the scale', () => {
    expect(() => chartLayout([row('Value', 3, 6, 2)])).toThrow(RangeError);
    expect(() => chartLayout([row('Value', 0, 3, 2)])).toThrow(RangeError);
  });

  it('rejects a group with a score missing, which would look like a design left out', () => {
    const short: ChartRow = { label: 'Value', scores: [{ design: 'closed', score: 3 }] };
    expect(() => chartLayout([ROWS[0]!, short])).toThrow(/Value/);
  });

  it('rejects a chart with nothing to draw', () => {
    expect(() => chartLayout([])).toThrow(RangeError);
  });
});
