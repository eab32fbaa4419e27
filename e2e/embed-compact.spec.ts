/**
 * The compact frame, which the oEmbed response hands WordPress (src/lib/embed/oembed.ts):
 * WordPress never makes an embed taller than 1,000 px, so on a phone the whole picker,
 * at its tallest result, must fit in that, and still pass axe, target size included.
 */
import { OEMBED_OPTIONS, OEMBED_SIZE, WORDPRESS_MAX_HEIGHT } from '../src/lib/embed/oembed';
import { optionEntries } from '../src/lib/embed/snippets';
import { viewOf } from '../src/lib/picker/view';
import { EMBED_PICKER_URL } from '../src/lib/routes/urls';
import { QUESTION_KEYS, QUESTIONS, type Answers } from '../src/vocabulary';
import type { Page } from '@playwright/test';
import { axeViolations, catalog, expect, recommendFor, SCHEMES, test } from './fixtures';

/** Every answer alone and every pair of answers to two questions. */
function answerSets(): Answers[] {
  const single = QUESTION_KEYS.flatMap((q) => Object.keys(QUESTIONS[q].values).map((v) => ({ [q]: v })));
  const pairs = single.flatMap((a, i) =>
    single
      .slice(i + 1)
      .filter((b) => Object.keys(a)[0] !== Object.keys(b)[0])
      .map((b) => ({ ...a, ...b })),
  );
  return [{}, ...single, ...pairs] as Answers[];
}

/** The answers whose result the compact layout shows longest: headline and summary, as the rules give them. */
const tallest = answerSets()
  .map((answers) => {
    const view = viewOf(recommendFor(answers), catalog, answers);
    return { answers, length: view.headline.length * 2 + view.summary.length };
  })
  .sort((a, b) => b.length - a.length)[0]!.answers;

const compactAddress = (answers: Answers) =>
  `${EMBED_PICKER_URL}?${new URLSearchParams(optionEntries({ ...OEMBED_OPTIONS, answers }))}`;

/** The height the frame reports (the root's box, as frame.ts measures it) for the tallest result. */
async function tallestHeight(page: Page): Promise<number> {
  await page.goto(compactAddress(tallest));
  await expect(page.locator('html')).toHaveAttribute('data-compact', '');
  await expect(page.getByTestId('picker-result')).toHaveAttribute(
    'data-design',
    recommendFor(tallest).winner,
  );
  return page.evaluate(() => document.documentElement.getBoundingClientRect().height);
}

// In the post column of a 375 px phone, and in a whole 375 px screen (a host without padding).
for (const width of [OEMBED_SIZE.width, 375]) {
  test.describe(`the compact frame ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    test(`fits WordPress's ${WORDPRESS_MAX_HEIGHT} px cap with its longest result showing`, async ({
      page,
    }) => {
      const height = await tallestHeight(page);
      console.log(`${width}px: ${Math.ceil(height)} px tall for ${JSON.stringify(tallest)}`);
      expect(height).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
    });
  });
}

for (const width of [320, 375]) {
  test.describe(`the compact frame at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const scheme of SCHEMES) {
      test(`has no accessibility violations in ${scheme}, target size included`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(compactAddress(tallest));
        await expect(page.locator('html')).toHaveAttribute('data-compact', '');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
