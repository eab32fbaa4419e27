/**
 * Measures what moves while a page arrives. Runs in the page from its first byte (an init
 * script), alongside the chunk server (chunkServer.ts):
 *
 * - after each piece of HTML is parsed (its marker comment reaches the DOM), it records the
 *   box of every element and compares it with the box the element had after the previous
 *   piece. An element that was on screen and moved is a shift a reader on a slow link can
 *   see. Then it tells the test, which releases the next piece;
 * - the browser's own Layout Instability entries are kept too, with their sources, for
 *   shifts that come from anything else (a script, an image, a font).
 *
 * Both report the element (a short CSS path) with its box before and after, so a failure
 * says what moved and by how much, not just a score.
 */
import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Moved {
  /** Which piece of the HTML had just arrived (-1: after the load finished). */
  after: number;
  element: string;
  before: Box;
  now: Box;
}

export interface BrowserShift {
  value: number;
  sources: { element: string; before: Box; now: Box }[];
}

export interface ShiftReport {
  /** Elements on screen that moved between two pieces of the HTML, or after the load. */
  moved: Moved[];
  /** The browser's layout-shift entries not caused by input. */
  browserShifts: BrowserShift[];
  /** Sum of the browser's layout-shift values (its CLS for the load). */
  layoutShift: number;
}

/** The binding the page calls after measuring each piece; the test releases the next. */
export const PIECE_SEEN = '__pieceSeen';

/** Installed before any of the page's HTML is parsed. Self-contained: it runs in the page. */
export function installShiftWatch(): void {
  type W = Window & {
    __shifts: { moved: unknown[]; browserShifts: unknown[]; layoutShift: number };
    __measureShifts: (after: number) => void;
    __pieceSeen?: (index: number, rest: boolean) => Promise<void>;
  };
  const w = window as unknown as W;
  const state = { moved: [] as unknown[], browserShifts: [] as unknown[], layoutShift: 0 };
  w.__shifts = state;

  const describe = (node: Node | null): string => {
    if (!node) return '(gone)';
    if (!(node instanceof Element))
      return node.parentElement ? `${describe(node.parentElement)} > #text` : '#text';
    const parts: string[] = [];
    for (let el: Element | null = node; el && parts.length < 4; el = el.parentElement) {
      let part = el.localName;
      if (el.id) part += `#${el.id}`;
      else if (el.classList.length) part += `.${[...el.classList].slice(0, 2).join('.')}`;
      parts.unshift(part);
      if (el.id) break;
    }
    return parts.join(' > ');
  };
  const box = (r: DOMRectReadOnly) => ({
    x: Math.round(r.x * 10) / 10,
    y: Math.round(r.y * 10) / 10,
    width: Math.round(r.width * 10) / 10,
    height: Math.round(r.height * 10) / 10,
  });

  let previous = new Map<Element, DOMRect>();
  /** Whether the HTML parsed so far already reaches below the first screen. */
  let filledScreen = false;
  w.__measureShifts = (after: number) => {
    const current = new Map<Element, DOMRect>();
    const body = document.body;
    if (!body) return;
    for (const el of body.querySelectorAll('*')) {
      // Inside a drawing, shapes sit at fixed coordinates: only the <svg> box can move, and
      // a group's box is the union of its shapes, which grows as they arrive.
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
      // Columns are not boxes of their own: their extent is their cells'.
      if (el.localName === 'col' || el.localName === 'colgroup') continue;
      // Where an element starts is its first box: an inline element that wraps onto a
      // second line grows, but its first line stays where it was.
      current.set(el, el.getClientRects()[0] ?? el.getBoundingClientRect());
    }
    const { innerWidth, innerHeight } = window;
    filledScreen ||= [...current.values()].some((r) => r.height > 0 && r.top >= innerHeight);
    for (const [el, now] of current) {
      const before = previous.get(el);
      if (!before || (before.width === 0 && before.height === 0)) continue;
      const onScreen =
        before.bottom > 0 && before.top < innerHeight && before.right > 0 && before.left < innerWidth;
      if (!onScreen) continue;
      // Sub-pixel rounding is not movement; the browser's own tracker ignores less than 3 px.
      const dx = now.x - before.x;
      const dy = now.y - before.y;
      if (Math.abs(dx) <= 0.5 && Math.abs(dy) <= 0.5) continue;
      // Report what moved, not everything inside it that moved along with it.
      const parent = el.parentElement;
      const parentBefore = parent && previous.get(parent);
      const parentNow = parent && current.get(parent);
      if (parentBefore && parentNow) {
        const pdx = parentNow.x - parentBefore.x;
        const pdy = parentNow.y - parentBefore.y;
        if (Math.abs(pdx - dx) <= 0.5 && Math.abs(pdy - dy) <= 0.5) continue;
      }
      state.moved.push({ after, element: describe(el), before: box(before), now: box(now) });
    }
    previous = current;
  };

  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.COMMENT_NODE) continue;
        const found = /^chunk:(\d+)$/.exec((node as Comment).data);
        if (!found) continue;
        // Once the first screen is full, the rest arrives at once and is measured after the
        // load: what arrives below the screen cannot be seen moving, and whatever it does to
        // the first screen (a column widened by a later row) shows in that last measurement.
        if (filledScreen) continue;
        const index = Number(found[1]);
        w.__measureShifts(index);
        void w.__pieceSeen?.(index, filledScreen);
      }
    }
  }).observe(document, { childList: true, subtree: true });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      state.layoutShift += entry.value;
      state.browserShifts.push({
        value: entry.value,
        sources: (entry.sources ?? []).map((s) => ({
          element: describe(s.node),
          before: box(s.previousRect),
          now: box(s.currentRect),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** After the load: one more measurement (fonts, images and scripts have had their say). */
export async function finishShiftWatch(page: Page): Promise<ShiftReport> {
  return page.evaluate(async () => {
    const w = window as unknown as {
      __shifts: ShiftReport;
      __measureShifts: (after: number) => void;
    };
    await document.fonts.ready;
    // Two frames, so layout-shift entries for the last frame have been delivered.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    w.__measureShifts(-1);
    return w.__shifts;
  });
}

/** A failure message a person can act on: each shift, what moved, from where to where. */
export function describeShifts(report: ShiftReport): string {
  const fmt = (b: Box) => `(${b.x}, ${b.y}) ${b.width}×${b.height}`;
  const lines = [
    ...report.moved.map(
      (m) =>
        `moved after ${m.after < 0 ? 'the load' : `piece ${m.after}`}: ${m.element} ${fmt(m.before)} → ${fmt(m.now)}`,
    ),
    ...report.browserShifts.flatMap((s) => [
      `browser layout shift ${s.value.toFixed(5)}:`,
      ...s.sources.map((src) => `  ${src.element} ${fmt(src.before)} → ${fmt(src.now)}`),
    ]),
  ];
  return lines.join('\n') || 'nothing moved';
}
