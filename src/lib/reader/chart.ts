/**
 * Geometry of the ratings chart, in SVG user units: one group of bars per attribute,
 * one bar per design, the group's label above its bars. Kept apart from the component
 * as plain numbers so the layout can be tested without rendering anything.
 */
import type { DesignId } from '../../vocabulary';
import { RATING_MAX, RATING_MIN } from '../../vocabulary';

/*
 * 320 units wide because a 375 px phone draws the chart at about 1:1, so 13-unit text
 * stays about 13 px tall; a wider drawing would shrink it. Labels go above each group,
 * not beside it, so long names never squeeze the bars.
 */
export const CHART = {
  width: 320,
  fontSize: 13,
  plotLeft: 2,
  /* Leaves room after a full bar for its score. */
  plotRight: 302,
  /* From the top of a group to the top of its first bar: the label's line. */
  labelHeight: 20,
  barHeight: 11,
  barGap: 3,
  groupGap: 13,
  /* Below the last group: the tick numbers. */
  axisHeight: 24,
  /* Space between the end of a bar and its score. */
  scoreGap: 4,
} as const;

export interface Tick {
  value: number;
  x: number;
}

export interface Bar {
  design: DesignId;
  score: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /* Where the score is printed: just after the bar, on its baseline. */
  scoreX: number;
  scoreY: number;
}

export interface Group {
  label: string;
  /* Baseline of the label. */
  labelY: number;
  bars: Bar[];
  /* The grid lines run only behind the bars, so they never cross a label. */
  gridTop: number;
  gridBottom: number;
}

export interface ChartRow {
  label: string;
  scores: readonly { design: DesignId; score: number }[];
}

export interface ChartLayout {
  width: number;
  height: number;
  groups: Group[];
  ticks: Tick[];
  /* Baseline of the tick numbers. */
  tickLabelY: number;
}

const PLOT_WIDTH = CHART.plotRight - CHART.plotLeft;

/** Bar length for a score; the top of the scale fills the plot, so no bar runs past a tick. */
export function barWidth(score: number): number {
  if (!Number.isInteger(score) || score < RATING_MIN || score > RATING_MAX) {
    throw new RangeError(`A rating must be a whole number from ${RATING_MIN} to ${RATING_MAX}, not ${score}`);
  }
  return (PLOT_WIDTH * score) / RATING_MAX;
}

/** Every point of the scale and where its grid line falls. */
export function ticks(): Tick[] {
  return Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => {
    const value = RATING_MIN + i;
    return { value, x: CHART.plotLeft + barWidth(value) };
  });
}

/** Groups of bars top to bottom, in the order given, and the height that holds them. */
export function chartLayout(rows: readonly ChartRow[]): ChartLayout {
  const barsPerGroup = rows[0]?.scores.length ?? 0;
  if (barsPerGroup === 0) throw new RangeError('A chart needs at least one row with at least one score');
  let y = 0;
  const groups = rows.map((row) => {
    // A missing score would look like a design left out of that comparison.
    if (row.scores.length !== barsPerGroup) {
      throw new RangeError(`"${row.label}" has ${row.scores.length} scores; every row needs ${barsPerGroup}`);
    }
    const labelY = y + CHART.fontSize;
    y += CHART.labelHeight;
    const bars = row.scores.map(({ design, score }) => {
      const width = barWidth(score);
      const bar: Bar = {
        design,
        score,
        x: CHART.plotLeft,
        y,
        width,
        height: CHART.barHeight,
        scoreX: CHART.plotLeft + width + CHART.scoreGap,
        // Centres 13-unit digits (cap height about 0.7 em) on the bar.
        scoreY: y + CHART.barHeight / 2 + CHART.fontSize * 0.35,
      };
      y += CHART.barHeight + CHART.barGap;
      return bar;
    });
    const gridTop = labelY + 3;
    const gridBottom = y - CHART.barGap + 3;
    y += CHART.groupGap - CHART.barGap;
    return { label: row.label, labelY, bars, gridTop, gridBottom };
  });
  const lastBottom = y - CHART.groupGap;
  return {
    width: CHART.width,
    height: lastBottom + CHART.axisHeight,
    groups,
    ticks: ticks(),
    tickLabelY: lastBottom + CHART.fontSize + 5,
  };
}
