/**
 * The picker on a real WordPress (Debian's 6.1 with its default theme), as scripts/test-hosts.ts
 * set it up: one post per documented embed form, published by an administrator and by an
 * Author, each read at three widths. Run with `npm run test:hosts`, never on its own.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { FRAME_TITLE } from '../../src/lib/embed/snippets';
import { WORDPRESS_MAX_HEIGHT } from '../../src/lib/embed/oembed';
import { PICKER_URL } from '../../src/lib/routes/urls';
import { expect, test } from '../fixtures';

interface Post {
  role: 'administrator' | 'author';
  form: 'oembed-line' | 'embed-block' | 'script' | 'iframe';
  url: string;
  unfilteredHtml: boolean;
}
const manifest = JSON.parse(readFileSync(process.env.HOSTS_MANIFEST ?? '', 'utf8')) as {
  site: string;
  posts: Post[];
};
const { site, posts } = manifest;

const WIDTHS = [375, 768, 1280];
const TITLE = FRAME_TITLE;
/** The frame's height may differ from its content's by rounding, never by more. */
const TOLERANCE = 2;

/** The frame's document, once the picker in it has started. */
async function inside(frame: Locator): Promise<Frame> {
  const handle = await frame.elementHandle();
  const content = await handle?.contentFrame();
  if (!content) throw new Error('The iframe has no document');
  await content.waitForSelector('design-picker:defined');
  return content;
}

/** Waits until the frame is as tall as its content, with no scroll bar inside, and returns the figures. */
async function fits(frame: Locator) {
  const content = await inside(frame);
  let last = {};
  await expect
    .poll(
      async () => {
        const box = await frame.evaluate((el) => el.getBoundingClientRect().height);
        const fit = await content.evaluate(() => {
          const root = document.documentElement;
          return {
            content: root.getBoundingClientRect().height,
            scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
          };
        });
        last = { frame: box, ...fit };
        return Math.abs(box - fit.content) <= TOLERANCE && !fit.scrolls;
      },
      { message: 'the frame fits its content with no scroll bar', timeout: 15_000 },
    )
    .toBe(true)
    .catch(() => {
      throw new Error(`The frame does not fit its content: ${JSON.stringify(last)}`);
    });
  return last as { frame: number; content: number };
}

/** The frame sits inside the post's column, and the page does not scroll sideways. */
async function withinColumn(page: Page, frame: Locator) {
  const {
    frame: box,
    column,
    overflow,
  } = await frame.evaluate((el) => {
    const container = el.closest('.wp-block-post-content, .entry-content') ?? document.body;
    const f = el.getBoundingClientRect();
    const c = container.getBoundingClientRect();
    return {
      frame: { left: f.left, right: f.right },
      column: { left: c.left, right: c.right },
      overflow: document.documentElement.scrollWidth - innerWidth,
    };
  });
  expect(box.left, 'the frame starts inside the column').toBeGreaterThanOrEqual(column.left - 0.5);
  expect(box.right, 'the frame ends inside the column').toBeLessThanOrEqual(column.right + 0.5);
  expect(overflow, 'the page does not scroll sideways').toBeLessThanOrEqual(0);
  await expect(page.locator('body')).toBeVisible();
}

/** Answers the last option of the first three questions, whatever they are, and waits for the island's answer. */
async function answer(content: Frame) {
  const groups = content.locator('fieldset[data-question]:visible');
  for (let i = 0; i < 3; i++) await groups.nth(i).getByRole('radio').last().check();
  const share = content.locator('[data-testid="picker-result"] [data-slot="share"]');
  // The link to the result carries the answers only once the island has ranked them.
  await expect(share).toHaveAttribute('href', /\?.+=/);
  await expect(content.getByTestId('picker-result')).toHaveAttribute(
    'data-design',
    /^(closed|semi-open|open)$/,
  );
  return share;
}

// Every test's pages are watched by e2e/fixtures.ts (console errors, failed or outside
// requests, policy violations, in every frame); the site under test is the one other origin.
test.beforeEach(({ pageWatch }) => pageWatch.allow(new URL(site).origin));

for (const post of posts) {
  test.describe(`${post.form} published by an ${post.role}`, () => {
    test(`WordPress gives the ${post.role} ${post.unfilteredHtml ? '' : 'no '}unfiltered HTML, as its roles do`, () => {
      expect(post.unfilteredHtml).toBe(post.role === 'administrator');
    });

    for (const width of WIDTHS) {
      test.describe(`at ${width} px`, () => {
        test.use({ viewport: { width, height: 900 } });

        if (post.form === 'oembed-line' || post.form === 'embed-block') {
          test('the picker appears, fits its height in the column, answers, and its link opens in the page', async ({
            page,
          }) => {
            await page.goto(post.url);
            const frame = page.locator(`iframe[title="${TITLE}"]`);
            await expect(frame).toHaveCount(1);
            // WordPress's sandbox for a provider it does not know: scripts, but an opaque origin.
            await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
            await expect(frame).toHaveAttribute('src', /#\?secret=[A-Za-z0-9]+$/);
            // WordPress unclips the frame and hides the fallback quote once a message reached it.
            await expect.poll(() => frame.getAttribute('style')).toBeNull();
            await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
            await expect(frame).toBeVisible();
            const first = await fits(frame);
            expect(first.frame).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
            await withinColumn(page, frame);

            const content = await inside(frame);
            const share = await answer(content);
            const after = await fits(frame);
            expect(after.frame).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
            const href = await share.evaluate((a) => (a as HTMLAnchorElement).href);
            expect(href.startsWith(`${new URL(PICKER_URL, site).href}?`)).toBe(true);
            // WordPress follows its link message in the same tab, leaving the frame.
            await share.click();
            await page.waitForURL(href);
          });
        } else if (post.unfilteredHtml) {
          test(`the ${post.form} form shows the picker, which answers and opens its links in a new tab`, async ({
            page,
            context,
          }) => {
            await page.goto(post.url);
            const frame = page.locator(`iframe[title="${TITLE}"]`);
            await expect(frame).toHaveCount(1);
            await expect(frame).toBeVisible();
            if (post.form === 'script') await fits(frame);
            else await expect(frame).toHaveAttribute('height', /^\d+$/);
            await withinColumn(page, frame);
            const content = await inside(frame);
            const share = await answer(content);
            if (post.form === 'script') await fits(frame);
            const href = await share.evaluate((a) => (a as HTMLAnchorElement).href);
            const [tab] = await Promise.all([context.waitForEvent('page'), share.click()]);
            await tab.waitForURL(href);
          });
        } else {
          test(`WordPress strips the ${post.form} form's ${post.form === 'script' ? 'script' : 'frame'} from an Author's post, as it should`, async ({
            page,
          }) => {
            await page.goto(post.url);
            await expect(
              page
                .locator('h1, h2')
                .filter({ hasText: `${post.form} by author` })
                .first(),
            ).toBeVisible();
            await expect(page.locator('iframe')).toHaveCount(0);
            await expect(page.locator('script[src*="/embed.js"]')).toHaveCount(0);
            // The script form's placeholder keeps its plain link to the picker.
            if (post.form === 'script')
              await expect(page.locator(`a[href="${new URL(PICKER_URL, site).href}"]`)).toBeVisible();
          });
        }
      });
    }
  });
}
