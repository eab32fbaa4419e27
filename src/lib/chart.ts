/**
 * Geometry of the ratings chart, in SVG user units: one group of bars per attribute,
 * one bar per design, labels above each group so they stay legible when the chart is
 * scaled down to a phone.
 */
import { RATING_MAX, RATING_MIN } from '../schemas/designs';

/*
 * About 300 units wide: on a 375 px phone the chart is drawn near 1:1, so 12-unit labels
 * stay about 12 px tall instead of shrinking with a wider drawing.
 */
export const CHART = {
  width: 300,
  plotLeft: 4,
  plotRight: 276,
  groupLabel: 18,
  barHeight: 10,
  barGap: 3,
  groupGap: 12,
  axis: 20,
} as const;

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

export interface Group {
  labelY: number;
  bars: Bar[];
}

/** Bar length for a score: a full-width bar is the top of the scale. */
export function barWidth(score: number): number {
  if (!Number.isInteger(score) || score < RATING_MIN || score > RATING_MAX) {
    throw new RangeError(`A rating must be a whole number from ${RATING_MIN} to ${RATING_MAX}, not ${score}`);
  }
  return ((CHART.plotRight - CHART.plotLeft) * score) / RATING_MAX;
}

/** The x position of each tick of the scale, 1 to 5. */
export function ticks(): { value: number; x: number }[] {
  return Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => {
    const value = RATING_MIN + i;
    return { value, x: CHART.plotLeft + barWidth(value) };
  });
}

/** Groups of bars, top to bottom, and the chart's total height. */
export function layout(scores: readonly (readonly number[])[]): { groups: Group[]; height: number } {
  let y = 0;
  const groups = scores.map((row) => {
    const labelY = y + CHART.groupLabel - 4;
    y += CHART.groupLabel;
    const bars = row.map((score) => {
      const bar = { x: CHART.plotLeft, y, width: barWidth(score), height: CHART.barHeight, score };
      y += CHART.barHeight + CHART.barGap;
      return bar;
    });
    y += CHART.groupGap - CHART.barGap;
    return { labelY, bars };
  });
  return { groups, height: y + CHART.axis };
}
