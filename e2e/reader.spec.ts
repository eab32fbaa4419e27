/**
 * The reader's experience in a browser: an answer at a glance on the home page, a header
 * that fits a phone, contents that stay in reach, pair pages laid out for a phone, names
 * that never break at their hyphen. What the pages say and link to is read from the build
 * in tests/dist/reader-pages.test.ts. Rules only: ids and counts come from the build and
 * the content, never from this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { parse } from 'node-html-parser';
import type { Catalog } from '../src/lib/picker/catalog';
import { DIST, PAGES } from './helpers';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
/** The home page's height limits, in screens of each size. */
const HOME_SCREENS = { phone: 14, desktop: 7 };

const catalog = JSON.parse(
  parse(readFileSync(join(DIST, 'picker', 'index.html'), 'utf8'))
    .querySelector('design-picker')!
    .getAttribute('data-catalog')!,
) as Catalog;
const pairPaths = PAGES.map((p) => p.path).filter((p) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p));

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

test.describe('the home page', () => {
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    test(`is at most ${HOME_SCREENS[name]} screens tall at ${viewport.width}×${viewport.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      const height = await pageHeight(page);
      console.log(
        `home at ${viewport.width}×${viewport.height}: ${height} px, ${(height / viewport.height).toFixed(1)} screens`,
      );
      expect(height).toBeLessThanOrEqual(HOME_SCREENS[name] * viewport.height);
    });
  }

  test('shows every design side by side and the picker as the next step on a desktop’s first screen', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/');
    const cards = page.locator('[data-design-card]');
    expect(await cards.count()).toBe(catalog.designs.length);
    const tops = new Set<number>();
    for (const card of await cards.all()) {
      await expect(card).toBeInViewport();
      await expect(card.locator('figure svg[role="img"]')).toBeVisible();
      await expect(card.locator('[data-slot="verdict"]')).not.toBeEmpty();
      tops.add(Math.round((await card.boundingBox())!.y));
    }
    expect(tops.size).toBe(1);
    const next = page.locator('main [data-primary-action]');
    await expect(next).toHaveAttribute('href', '/picker/');
    await expect(next).toBeInViewport();
  });

  test('answers the question in its first paragraph on a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await expect(page.locator('[data-home-answer] p').first()).toBeInViewport();
  });
});

test.describe('the header', () => {
  test('carries Compare, the designs, Situations, FAQ and the picker on one line at 375 px', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const items = [
      nav.getByRole('link', { name: 'Compare' }),
      nav.getByText('Designs', { exact: true }),
      nav.getByRole('link', { name: 'Situations' }),
      nav.getByRole('link', { name: 'FAQ' }),
      nav.getByRole('link', { name: 'Picker' }),
    ];
    const home = page.locator('header a[href="/"]');
    const boxes = await Promise.all([home, ...items].map((item) => item.boundingBox()));
    for (const box of boxes) {
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    const middles = boxes.map((b) => b!.y + b!.height / 2);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await nav.getByText('Designs', { exact: true }).click();
    for (const design of catalog.designs)
      await expect(nav.locator(`a[href="/designs/${design.id}/"]`).first()).toBeVisible();
  });

  test('marks the picker as the primary action on every width', async ({ page }) => {
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await page.goto('/compare/');
      await expect(page.locator('header [data-primary-action]')).toHaveAttribute('href', '/picker/');
      await expect(page.locator('header [data-primary-action]')).toBeVisible();
    }
  });
});

test.describe('the full guide', () => {
  test('keeps its contents in reach on a phone, however far down the reader is', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/guide/');
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
    await expect(toc).toBeInViewport();
    const box = (await toc.boundingBox())!;
    expect(box.height).toBeLessThan(PHONE.height / 5);
    await toc.getByText('Contents').click();
    const last = toc.getByRole('link').last();
    const target = (await last.getAttribute('href'))!;
    await last.click();
    await expect(page.locator(target)).toBeInViewport();
  });
});

test.describe('pair pages', () => {
  // What they say and link to is checked on the built HTML in tests/dist/reader-pages.test.ts.
  for (const path of pairPaths) {
    test(`${path} sets the two designs' cups side by side under a heading in view on a phone`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      const cups = page.locator('[data-pair-verdict] figure svg[role="img"]');
      await expect(cups).toHaveCount(2);
      const [a, b] = [(await cups.nth(0).boundingBox())!, (await cups.nth(1).boundingBox())!];
      expect(Math.abs(a.y - b.y)).toBeLessThan(a.height);
      expect(a.x + a.width).toBeLessThanOrEqual(b.x);
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    });
  }
});

// Situation pages are checked for this in e2e/scenarios.spec.ts, in their one visit.
test('design names in headings never break at their hyphen on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/', '/guide/', ...pairPaths]) {
    await page.goto(path);
    const broken = await page
      .locator('.keep-word')
      .evaluateAll((words) => words.filter((w) => w.getClientRects().length > 1).map((w) => w.textContent));
    expect(broken, path).toEqual([]);
  }
});

test('the designs’ colours differ from each other and from the link colour, in both themes', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return ['--color-closed', '--color-semi-open', '--color-open', '--color-accent'].map((v) =>
        style.getPropertyValue(v).trim().toLowerCase(),
      );
    });
    expect(new Set(colours).size, colorScheme).toBe(colours.length);
  }
});

test('a selected “No preference” looks as selected as any other answer', async ({ page }) => {
  await page.goto('/picker/');
  const noPreference = page.locator('fieldset').first().locator('label', { hasText: 'No preference' });
  const other = page.locator('fieldset').first().locator('label').nth(1);
  await noPreference.locator('input').check();
  const selected = await noPreference.locator('span').evaluate((s) => getComputedStyle(s).color);
  const plain = await other.locator('span').evaluate((s) => getComputedStyle(s).color);
  expect(selected).toBe(plain);
});
