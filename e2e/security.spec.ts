/** The Content-Security-Policy is live and strict, the host headers exist, and the site survives blocked resources. */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { PAGES } from './helpers';

const violations = async (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});

for (const path of ['/', '/picker/', '/compare/', '/designs/open/']) {
  test(`${path} loads with no Content-Security-Policy violation`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(await violations(page)).toEqual([]);
  });
}

test('an injected inline script is refused by the policy', async ({ page }) => {
  await page.goto('/picker/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  expect((await violations(page)).join('\n')).toMatch(/script-src/);
});

test('every page declares a strict policy with no unsafe sources', () => {
  for (const page of PAGES) {
    const html = readFileSync(page.file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, page.path).toBeTruthy();
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const directive of [
      "default-src 'none'",
      "img-src 'self' data:",
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
    ]) {
      expect(csp, `${page.path}: ${directive}`).toContain(directive);
    }
  }
});

// The _headers file is checked as Netlify and Cloudflare read it in tests/dist/headers.test.ts.

test.describe('with stylesheets blocked', () => {
  test('the article still reads in order', async ({ page }) => {
    await page.route('**/*.css', (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await expect(page.locator('main p').first()).toContainText(/open/i);
  });
});

test.describe('with JavaScript blocked', () => {
  test.use({ javaScriptEnabled: false });
  test('every page still shows its heading and content', async ({ page }) => {
    for (const { path } of PAGES.filter((p) => p.path.endsWith('/'))) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(200);
    }
  });
});
