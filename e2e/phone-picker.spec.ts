/**
 * The picker as a reader meets it on a phone and on a desk: the answer stays in sight
 * after every answer, nothing moves while answering, the full result is one tap away,
 * and the result panel never outgrows the screen. Rules, not content: every question and
 * answer is found from the page, whatever the picker asks.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };

interface Shift {
  value: number;
  afterInput: boolean;
  /** What moved; "result" for anything in the result's own column, whose words change. */
  nodes: string[];
}

/**
 * Every layout shift, including the ones right after input that CLS leaves out. Content
 * inside the result column moves as its words change; everything else (the questions
 * above all) must stay put.
 */
async function recordAllShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        const column = document.querySelector('[data-testid="picker-result"]')?.parentElement;
        w.__shifts.push({
          value: entry.value,
          afterInput: entry.hadRecentInput,
          nodes: (entry.sources ?? []).map((s) =>
            column?.contains(s.node ?? null)
              ? 'result'
              : s.node instanceof Element
                ? `${s.node.tagName} ${s.node.className}`.trim()
                : String(s.node),
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return async () => await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

/** Answer every question with one of its answers other than "No preference", in page order. */
async function answerEach(page: Page, pick: (count: number) => number, after: () => Promise<void>) {
  const groups = page.getByTestId('picker-result').locator('xpath=ancestor::form').locator('fieldset');
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const radios = groups.nth(i).getByRole('radio');
    const n = await radios.count();
    await radios.nth(Math.min(n - 1, pick(n))).check();
    await after();
  }
}

/**
 * Two rendered frames: the island has drawn the answer's result and the browser has
 * reported any layout shift it caused (entries arrive after the frame that shifted).
 */
const nextFrames = (page: Page): Promise<void> =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

const inViewport = async (page: Page, testId: string) => {
  const box = await page.getByTestId(testId).boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
};

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: PHONE });

  test('after every answer the best design and the summary are in view without scrolling', async ({
    page,
  }) => {
    await page.goto('/picker/');
    const bar = page.getByTestId('picker-summary');
    const result = page.getByTestId('picker-result');
    const check = async () => {
      await expect(bar).toBeVisible();
      expect(await inViewport(page, 'picker-summary')).toBe(true);
      // The bar says what the full result says, word for word.
      await expect(bar).toHaveAttribute('data-design', (await result.getAttribute('data-design'))!);
      await expect(bar.locator('[data-bar="headline"]')).toHaveText(
        await result.locator('[data-slot="headline"]').innerText(),
      );
      await expect(bar.locator('[data-bar="summary"]')).toHaveText(
        await result.locator('[data-slot="summary"]').innerText(),
      );
      // The whole sentence shows: the clamp that keeps the bar's height never cuts it.
      expect(
        await bar.locator('[data-bar="summary"]').evaluate((p) => p.scrollHeight <= p.clientHeight),
      ).toBe(true);
    };
    // Two passes (last answers, then first real ones) meet clear wins, narrow ones and ties.
    await answerEach(page, (n) => n - 1, check);
    await answerEach(page, () => 1, check);
  });

  test('the full result is one tap away from the summary bar', async ({ page }) => {
    await page.goto('/picker/');
    await page.getByRole('radio').nth(1).check();
    await page.getByTestId('picker-summary').getByRole('link', { name: 'See why' }).click();
    const title = page.getByTestId('picker-result').locator('[data-slot="headline"]');
    await expect(title).toBeInViewport();
  });

  test('a focused answer is never hidden behind the summary bar', async ({ page }) => {
    // No smooth scrolling, so each focused radio has arrived when it is measured.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/picker/');
    const bar = (await page.getByTestId('picker-summary').boundingBox())!;
    // Tab through the first few groups; each focused radio must sit clear of the bar.
    const radio = page.getByRole('radio').first();
    await radio.focus();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      const barTop = (await page.getByTestId('picker-summary').boundingBox())?.y ?? bar.y;
      expect(focused.bottom).toBeLessThanOrEqual(barTop);
    }
  });
});

for (const viewport of [PHONE, DESK]) {
  test(`answering moves nothing at ${viewport.width} px, shifts after input included`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const shifts = await recordAllShifts(page);
    await page.goto('/picker/');
    await page.waitForLoadState('load');
    // One pass choosing the last answer of each question, one choosing the first real one:
    // the result's length changes both ways.
    await answerEach(
      page,
      (n) => n - 1,
      () => nextFrames(page),
    );
    await answerEach(
      page,
      () => 1,
      () => nextFrames(page),
    );
    const moved = (await shifts()).filter((shift) => shift.nodes.some((node) => node !== 'result'));
    expect(moved).toEqual([]);
  });
}

test.describe('on a 1280×900 desk', () => {
  test.use({ viewport: DESK });

  test('the result panel fits the screen, and stays in it while the reader scrolls the questions', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/picker/');
    await expect(page.getByTestId('picker-summary')).toBeHidden();
    const panel = page.getByTestId('picker-result').locator('xpath=..');
    await answerEach(
      page,
      (n) => n - 1,
      async () => {
        const box = (await panel.boundingBox())!;
        expect(box.height).toBeLessThanOrEqual(DESK.height);
        // While it sticks (scrolled past its place, the end of the questions still below the
        // screen), it sits wholly on screen.
        const stuck = await panel.evaluate(
          (el) => scrollY > 0 && el.closest('form')!.getBoundingClientRect().bottom > innerHeight,
        );
        if (stuck) {
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(DESK.height);
        }
      },
    );
  });
});

test('the result card keeps no empty space below its content', async ({ page }) => {
  for (const viewport of [PHONE, DESK]) {
    await page.setViewportSize(viewport);
    await page.goto('/picker/');
    const gap = await page.getByTestId('picker-result').evaluate((card) => {
      const last = [...card.children].filter((c) => c.getBoundingClientRect().height > 0).at(-1)!;
      const padding = parseFloat(getComputedStyle(card).paddingBottom);
      const border = parseFloat(getComputedStyle(card).borderBottomWidth);
      return card.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom - padding - border;
    });
    expect(gap).toBeLessThanOrEqual(1);
  }
});
