/**
 * The picker island: keyboard use, the address bar, reloads, the embed, no-JS and hostile
 * input. Every expected result is the picker's own rules applied to the answers given
 * (fixtures.ts `recommendFor`), and every answer is found from the page, so the tests hold
 * whatever the questions, the rules and the content say.
 */
import type { Locator, Page } from '@playwright/test';
import { toQuery } from '../src/lib/picker/rules';
import { type Answers, QUESTION_KEYS, QUESTIONS } from '../src/vocabulary';
import { axeViolations, expect, recommendFor, test } from './fixtures';

const result = (page: Page) => page.getByTestId('picker-result');
const groups = (scope: Page | ReturnType<Page['frameLocator']>) => scope.locator('fieldset[data-question]');

/** The answers the form holds now, read from its checked radios. */
async function answersOf(form: Locator): Promise<Answers> {
  const pairs = await form
    .locator('input[type="radio"]:checked')
    .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => [i.name, i.value]));
  return Object.fromEntries(pairs.filter(([, value]) => value !== '')) as Answers;
}

/** One answer set from the page: for each question, its n-th real answer (clamped). */
async function answersFromPage(page: Page, pick: (count: number) => number): Promise<Answers> {
  const answers: Record<string, string> = {};
  for (const group of await groups(page).all()) {
    const values = await group
      .locator('input[type="radio"]')
      .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => i.value).filter(Boolean));
    const name = await group.locator('input[type="radio"]').first().getAttribute('name');
    answers[name!] = values[Math.min(values.length - 1, pick(values.length))]!;
  }
  return answers as Answers;
}

test('answering by keyboard alone updates the result and the address', async ({ page }) => {
  await page.goto('/picker/');
  await expect(result(page)).toHaveAttribute('data-design', recommendFor({}).winner);
  // In each of the first three groups: focus "No preference", then an arrow key moves to the
  // first real answer, as a keyboard user would.
  for (const group of (await groups(page).all()).slice(0, 3)) {
    await group.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio').nth(1)).toBeChecked();
  }
  const answers = await answersOf(page.locator('design-picker form'));
  expect(Object.keys(answers)).toHaveLength(3);
  const expected = recommendFor(answers);
  await expect(result(page)).toHaveAttribute('data-design', expected.winner);
  await expect(page).toHaveURL((url) => url.pathname === '/picker/' && url.search === `?${toQuery(answers)}`);
  await expect(result(page).locator('[data-slot="headline"]')).not.toBeEmpty();
});

test('a shared address restores its answers and result, and start over clears both', async ({ page }) => {
  await page.goto('/picker/');
  const answers = await answersFromPage(page, (n) => n - 1);
  const expected = recommendFor(answers);
  await page.goto(`/picker/?${toQuery(answers)}`);
  const form = page.locator('design-picker form');
  expect(await answersOf(form)).toEqual(answers);
  await expect(result(page)).toHaveAttribute('data-design', expected.winner);
  await page.reload();
  expect(await answersOf(form)).toEqual(answers);
  await expect(result(page)).toHaveAttribute('data-design', expected.winner);

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/picker\/$/);
  expect(await answersOf(form)).toEqual({});
  await expect(result(page)).toHaveAttribute('data-design', recommendFor({}).winner);
});

test('a shared address shows the ranking, verdicts and models the rules give for its answers', async ({
  page,
}) => {
  await page.goto('/picker/');
  for (const pick of [(n: number) => n - 1, () => 0]) {
    const answers = await answersFromPage(page, pick);
    const expected = recommendFor(answers);
    await page.goto(`/picker/?${toQuery(answers)}`);
    await expect(result(page)).toHaveAttribute('data-design', expected.winner);
    const ranked = result(page).locator('[data-slot="ranking"] > li');
    await expect(ranked).toHaveCount(expected.ranking.length);
    const shown = await ranked.evaluateAll((items) =>
      items.map((li) => [
        li.getAttribute('data-design'),
        li.getAttribute('data-verdict'),
        li.querySelector('span.verdict')?.getAttribute('data-verdict'),
      ]),
    );
    expect(shown).toEqual(expected.ranking.map((r) => [r.design, r.verdict, r.verdict]));
    if (expected.models.length > 0) await expect(result(page)).toContainText(expected.models[0]!.model.name);
  }
});

test('the embed page works inside an iframe on another page', async ({ page, baseURL }) => {
  await page.goto('/picker/');
  const [first, last] = [await answersFromPage(page, () => 0), await answersFromPage(page, (n) => n - 1)];
  await page.route('**/__host__/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><iframe src="${baseURL}/embed/picker/?${toQuery(first)}" title="Picker" width="900" height="1200"></iframe>`,
    }),
  );
  await page.goto('/__host__/');
  const frame = page.frameLocator('iframe[title="Picker"]');
  await expect(frame.getByTestId('picker-result')).toHaveAttribute('data-design', recommendFor(first).winner);
  for (const [name, value] of Object.entries(last)) {
    await frame.locator(`input[name="${name}"][value="${value}"]`).check();
  }
  await expect(frame.getByTestId('picker-result')).toHaveAttribute('data-design', recommendFor(last).winner);
});

test.describe('without JavaScript', () => {
  test.beforeEach(({ scriptsOff }) => scriptsOff());

  test('the picker page still shows the form, the rules and links to each situation', async ({ page }) => {
    await page.goto('/picker/');
    await expect(page.getByRole('group', { name: 'Where will you use them most?' })).toBeVisible();
    await expect(page.getByText('Without JavaScript this page cannot work out a result')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The rules it follows' })).toBeVisible();
    const situations = page.locator('[data-scenario-matrix] a[href^="/for/"]');
    expect(await situations.count()).toBeGreaterThan(0);
  });

  test('a shared address shows no verdict it has not worked out, says so, and where to read one', async ({
    page,
  }) => {
    await page.goto('/picker/?place=studio&noise=quiet&use=critical');
    const panel = result(page);
    await expect(panel).toBeVisible();
    // No design is named as the result, in the panel or the phone's summary bar.
    await expect(panel.locator('[data-slot="headline"]')).toBeHidden();
    await expect(panel.locator('[data-slot="ranking"]')).toBeHidden();
    await expect(page.getByTestId('picker-summary')).toBeHidden();
    await expect(panel.getByText('cannot work out a result, so it shows none')).toBeVisible();
    await expect(panel.locator('a[href="/for/"]')).toBeVisible();
    await expect(panel.locator('a[href="/picker/#rules"]')).toBeVisible();
  });
});

const HOSTILE = [
  '?place=<script>window.__pwned=1</script>',
  '?place=office&place=home&noise=loud&noise=quiet',
  '?__proto__[polluted]=1&constructor[prototype][polluted]=1&use=recording',
  '?%E0%A4%A=broken&noise=%00',
  '?place=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
];
for (const query of HOSTILE) {
  test(`a hostile address (${query.slice(0, 40)}) breaks nothing and injects nothing`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`/picker/${query}`);
    await expect(result(page)).toHaveAttribute('data-design', /^(closed|semi-open|open)$/);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    expect(await page.locator('main img[src="x"], main script:not([type])').count()).toBe(0);
  });
}

test('a megabyte-long answer in the address is ignored without an error', async ({ page }) => {
  // Servers refuse request lines this long before any page loads, so the value is put in
  // the address after load and the island is connected again to read it.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/picker/?noise=loud');
  await page.evaluate(() => {
    history.replaceState(null, '', `?use=${'x'.repeat(1_000_000)}&noise=loud`);
    const island = document.querySelector('design-picker')!;
    island.replaceWith(island);
  });
  await expect(page.getByTestId('picker-result')).toHaveAttribute(
    'data-design',
    recommendFor({ noise: 'loud' }).winner,
  );
  await expect(page).toHaveURL(/\?noise=loud$/);
  expect(errors).toEqual([]);
});

test('the picker has no accessibility violations with a result showing, in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/picker/?place=home&noise=quiet&use=critical&monitors=no&budget=low');
    await expect(result(page).locator('[data-slot="ranking"] > li').first()).toBeVisible();
    expect(await axeViolations(page), `every rule, ${scheme}`).toEqual([]);
  }
});

test('the form is annotated as a WebMCP tool with a name, a description and its parameters', async ({
  page,
}) => {
  await page.goto('/picker/');
  const form = page.locator('form[toolname]');
  await expect(form).toHaveAttribute('toolname', 'recommend_headphone_design');
  await expect(form).toHaveAttribute('tooldescription', /open-back, closed-back or semi-open/i);
  for (const name of QUESTION_KEYS) {
    // Every answer of the question, and "No preference".
    expect(await form.locator(`input[type="radio"][name="${name}"]`).count()).toBeGreaterThanOrEqual(
      Object.keys(QUESTIONS[name].values).length + 1,
    );
  }
  // The browser reads a radio group's description from its fieldset, not from the radios.
  const described = form.locator('fieldset[toolparamdescription]');
  await expect(described).toHaveCount(QUESTION_KEYS.length);
  for (const name of QUESTION_KEYS) {
    const fieldset = form.locator(`fieldset:has(input[name="${name}"])`);
    await expect(fieldset).toHaveAttribute('toolparamdescription', /^.{20,}$/);
  }
});
