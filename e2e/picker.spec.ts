/** The picker island: keyboard use, the address bar, reloads, the embed, no-JS and hostile input. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { AXE_TAGS } from './helpers';

const result = (page: Page) => page.getByTestId('picker-result');

test('answering by keyboard alone updates the result and the address', async ({ page }) => {
  await page.goto('/picker/');
  await expect(result(page)).toHaveAttribute('data-design', 'closed');
  // Tab into the first group ("Where"), then arrow keys move between its radios.
  const firstGroup = page.getByRole('group', { name: 'Where will you use them most?' });
  await firstGroup.getByRole('radio', { name: 'No preference' }).focus();
  await page.keyboard.press('ArrowDown'); // At home
  await expect(firstGroup.getByRole('radio', { name: 'At home' })).toBeChecked();
  const noise = page.getByRole('group', { name: 'How noisy is it around you?' });
  await noise.getByRole('radio', { name: 'No preference' }).focus();
  await page.keyboard.press('ArrowDown'); // Quiet
  const use = page.getByRole('group', { name: 'What will you mostly do?' });
  await use.getByRole('radio', { name: 'No preference' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // Mix, master or listen critically
  await expect(use.getByRole('radio', { name: 'Mix, master or listen critically' })).toBeChecked();
  await expect(result(page)).toHaveAttribute('data-design', 'open');
  await expect(page).toHaveURL(/\/picker\/\?place=home&noise=quiet&use=critical$/);
  await expect(page.getByRole('status').first()).toContainText(/open-back/i);
});

test('a shared address restores its answers and result, and start over clears both', async ({ page }) => {
  await page.goto('/picker/?place=office&noise=some');
  await expect(page.getByRole('radio', { name: 'In an office or shared room' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Some noise' })).toBeChecked();
  await expect(result(page)).toHaveAttribute('data-design', 'closed');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Some noise' })).toBeChecked();
  await expect(result(page)).toHaveAttribute('data-design', 'closed');

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/picker\/$/);
  await expect(page.getByRole('radio', { name: 'Some noise' })).not.toBeChecked();
});

test('a long quiet mixing session in the studio recommends open-back', async ({ page }) => {
  await page.goto('/picker/?place=studio&noise=quiet&use=critical&hours=long');
  await expect(result(page)).toHaveAttribute('data-design', 'open');
  await expect(result(page)).toContainText(/Models to look at/);
});

test('the embed page works inside an iframe on another page', async ({ page, baseURL }) => {
  await page.route('**/__host__/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><iframe src="${baseURL}/embed/picker/?use=recording" title="Picker" width="900" height="1200"></iframe>`,
    }),
  );
  await page.goto('/__host__/');
  const frame = page.frameLocator('iframe[title="Picker"]');
  await expect(frame.getByTestId('picker-result')).toHaveAttribute('data-design', 'closed');
  await frame.getByRole('radio', { name: 'Mix, master or listen critically' }).check();
  await frame.getByRole('radio', { name: 'Quiet' }).check();
  await expect(frame.getByTestId('picker-result')).toHaveAttribute('data-design', 'open');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the picker page still shows the form, the rules and links to each situation', async ({ page }) => {
    await page.goto('/picker/');
    await expect(page.getByRole('group', { name: 'Where will you use them most?' })).toBeVisible();
    await expect(page.getByText('Without JavaScript this page cannot read answers')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The rules it follows' })).toBeVisible();
    const situations = page.locator('[data-scenario-matrix] a[href^="/for/"]');
    expect(await situations.count()).toBeGreaterThan(0);
  });

  test('a shared address shows the result for no answers, says so, and never a result it has not read', async ({
    page,
  }) => {
    await page.goto('/picker/?place=studio&noise=quiet&use=critical');
    await expect(result(page).locator('[data-slot="summary"]')).toContainText(/no answers/i);
    await expect(page.getByText('not for any answers in the link')).toBeVisible();
    await expect(result(page).locator('a[href="/for/"]')).toBeVisible();
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
  await expect(page.getByTestId('picker-result')).toHaveAttribute('data-design', 'closed');
  await expect(page).toHaveURL(/\?noise=loud$/);
  expect(errors).toEqual([]);
});

test('the picker has no accessibility violations with a result showing, in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/picker/?place=home&noise=quiet&use=critical&monitors=no&budget=low');
    await expect(result(page)).toHaveAttribute('data-design', 'open');
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  }
});

test('the form is annotated as a WebMCP tool with a name, a description and its parameters', async ({
  page,
}) => {
  await page.goto('/picker/');
  const form = page.locator('form[toolname]');
  await expect(form).toHaveAttribute('toolname', 'recommend_headphone_design');
  await expect(form).toHaveAttribute('tooldescription', /open-back, closed-back or semi-open/i);
  for (const name of ['place', 'noise', 'use', 'hours', 'aware', 'monitors', 'budget']) {
    expect(await form.locator(`input[type="radio"][name="${name}"]`).count()).toBeGreaterThanOrEqual(3);
  }
  // The browser reads a radio group's description from its fieldset, not from the radios.
  const described = form.locator('fieldset[toolparamdescription]');
  await expect(described).toHaveCount(7);
  for (const name of ['place', 'noise', 'use', 'hours', 'aware', 'monitors', 'budget']) {
    const fieldset = form.locator(`fieldset:has(input[name="${name}"])`);
    await expect(fieldset).toHaveAttribute('toolparamdescription', /^.{20,}$/);
  }
  await expect(form.locator('fieldset:has(input[name="use"])')).toHaveAttribute(
    'toolparamdescription',
    /critical/,
  );
});

test('every ranked design carries its design and verdict, before and after the island re-renders', async ({
  page,
}) => {
  // A tie (some noise leans closed, long sessions and hearing the room lean open), so two designs are best.
  await page.goto('/picker/?noise=some&hours=long&aware=yes');
  const ranked = result(page).locator('[data-slot="ranking"] > li');
  await expect(ranked).toHaveCount(3);
  await expect(result(page)).toHaveAttribute('data-design', 'closed');
  const verdicts = await ranked.evaluateAll((items) =>
    items.map((li) => [
      li.getAttribute('data-design'),
      li.getAttribute('data-verdict'),
      li.querySelector('span.verdict')?.getAttribute('data-verdict'),
    ]),
  );
  expect(verdicts).toEqual([
    ['closed', 'best', 'best'],
    ['open', 'best', 'best'],
    ['semi-open', 'fine', 'fine'],
  ]);
  await expect(result(page).locator('[data-slot="summary"]')).toContainText('Closed-back or open-back');
});
