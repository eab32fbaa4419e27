/**
 * The reader's experience: an answer at a glance on the home page, a header that fits a
 * phone, contents that stay in reach, verdicts up front on situation and pair pages,
 * names that never break at their hyphen. Rules only: ids and counts come from the
 * build and the content, never from this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import yaml from 'js-yaml';
import type { Answers } from '../src/vocabulary';
import type { Catalog } from '../src/lib/picker/catalog';
import { recommend } from '../src/lib/picker/rules';
import { bestNames } from '../src/lib/reader/view';
import { DIST, PAGES } from './helpers';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
/** The home page's height limits, in screens of each size. */
const HOME_SCREENS = { phone: 14, desktop: 7 };

const CONTENT = resolve(import.meta.dirname, '..', process.env.CONTENT_DIR ?? 'content', 'scenarios');
const scenarios = readdirSync(CONTENT)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, file), 'utf8'))![1]!;
    const data = yaml.load(front) as { answers: Answers; label: string };
    return { id: file.replace(/\.mdx$/, ''), answers: data.answers, label: data.label };
  });
const catalog = JSON.parse(
  parse(readFileSync(join(DIST, 'picker', 'index.html'), 'utf8'))
    .querySelector('design-picker')!
    .getAttribute('data-catalog')!,
) as Catalog;
const pairPaths = PAGES.map((p) => p.path).filter((p) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p));
const scenarioPaths = PAGES.map((p) => p.path).filter((p) => /^\/for\/[^/]+\/$/.test(p));

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

  test('links to the full guide, every situation and every pair comparison', async ({ page }) => {
    await page.goto('/');
    const hrefs = await page
      .locator('main a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const path of ['/guide/', '/for/', '/picker/', '/compare/', '/faq/', ...pairPaths, ...scenarioPaths])
      expect(hrefs, path).toContain(path);
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

test.describe('situations', () => {
  test('/for/ lists every situation as a tile with the picker’s verdict', async ({ page }) => {
    await page.goto('/for/');
    for (const scenario of scenarios) {
      const tile = page.locator(`[data-situation="${scenario.id}"]`);
      await expect(tile).toHaveAttribute('data-design-tone', recommend(scenario.answers, catalog).winner);
      await expect(tile.locator(`a[href="/for/${scenario.id}/"]`)).toBeVisible();
    }
  });

  for (const scenario of scenarios) {
    test(`/for/${scenario.id}/ opens with its verdict in fixed words right under the heading`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/for/${scenario.id}/`);
      // Every best design is named, so a tie reads as a tie ("closed-back or open-back").
      const best = recommend(scenario.answers, catalog)
        .ranking.filter((r) => r.verdict === 'best')
        .map((r) => catalog.designs.find((d) => d.id === r.design)!.name);
      const verdict = page.locator('[data-situation-verdict]');
      await expect(verdict).toHaveText(`${scenario.label}: ${bestNames(best).toLowerCase()}`);
      await expect(verdict).toBeInViewport();
      const next = await page
        .getByRole('heading', { level: 1 })
        .evaluate((h1) => h1.nextElementSibling?.querySelector('[data-situation-verdict]') !== null);
      expect(next).toBe(true);
    });
  }

  test('no page outside the picker addresses the reader with "you chose" or "you said"', () => {
    const offenders = PAGES.filter((p) => {
      const html = readFileSync(p.file, 'utf8');
      return (
        !/data-island=/.test(html) &&
        /you (?:chose|said)\b/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))
      );
    }).map((p) => p.path);
    expect(offenders).toEqual([]);
  });
});

test.describe('pair pages', () => {
  for (const path of pairPaths) {
    test(`${path} opens with "choose … if" for each design, their cups side by side on a phone`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      const verdict = page.locator('[data-pair-verdict]');
      await expect(verdict.getByRole('heading', { name: /^Choose .+ if/ })).toHaveCount(2);
      const cups = verdict.locator('figure svg[role="img"]');
      await expect(cups).toHaveCount(2);
      const [a, b] = [(await cups.nth(0).boundingBox())!, (await cups.nth(1).boundingBox())!];
      expect(Math.abs(a.y - b.y)).toBeLessThan(a.height);
      expect(a.x + a.width).toBeLessThanOrEqual(b.x);
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
      await expect(page.locator('main a[href="/picker/"]').first()).toBeAttached();
    });
  }
});

test('design pages link to their pair comparisons and the picker', async ({ page }) => {
  for (const design of catalog.designs) {
    await page.goto(`/designs/${design.id}/`);
    const links = page.locator('[data-design-links]');
    await expect(links.locator('a[href="/picker/"]')).toBeVisible();
    const pairs = pairPaths.filter((p) => p.includes(`/${design.id}-vs-`) || p.endsWith(`-vs-${design.id}/`));
    expect(pairs.length).toBe(catalog.designs.length - 1);
    for (const pair of pairs) await expect(links.locator(`a[href="${pair}"]`)).toBeVisible();
  }
});

test('design names in headings never break at their hyphen on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/', '/guide/', ...pairPaths, ...scenarioPaths.slice(0, 2)]) {
    await page.goto(path);
    const broken = await page
      .locator('.keep-word')
      .evaluateAll((words) => words.filter((w) => w.getClientRects().length > 1).map((w) => w.textContent));
    expect(broken, path).toEqual([]);
  }
});

test('every verdict uses one look: the word written out on the shared verdict markup', async ({ page }) => {
  for (const path of ['/compare/', '/for/', scenarioPaths[0]!]) {
    await page.goto(path);
    const verdicts = page.locator('main .verdict');
    expect(await verdicts.count(), path).toBeGreaterThan(0);
    for (const verdict of await verdicts.all()) {
      const kind = (await verdict.getAttribute('data-verdict'))!;
      expect(['best', 'fine', 'avoid']).toContain(kind);
      await expect(verdict).toHaveText(kind[0]!.toUpperCase() + kind.slice(1));
    }
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

test('the not-found page offers the picker and the main destinations', async ({ page }) => {
  await page.goto('/no/such/page/');
  const main = page.locator('main');
  for (const href of ['/picker/', '/', '/guide/', '/compare/', '/for/', '/faq/'])
    await expect(main.locator(`a[href="${href}"]`).first()).toBeVisible();
});

test('pictures that only decorate are hidden from assistive technology', async ({ page }) => {
  for (const path of ['/', '/compare/', ...pairPaths.slice(0, 1)]) {
    await page.goto(path);
    const exposed = await page
      .locator('main svg:not([role="img"])')
      .evaluateAll((svgs) =>
        svgs.filter((svg) => !svg.closest('[aria-hidden="true"]')).map((svg) => svg.outerHTML.slice(0, 80)),
      );
    expect(exposed, path).toEqual([]);
  }
});
