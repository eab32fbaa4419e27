/** The Content-Security-Policy is live and strict, the host headers exist, and the site survives blocked resources. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DIST, PAGES } from './helpers';

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

/** `_headers` as a map from path pattern to its headers. */
function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line.trim(), (current = {}));
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

test('the _headers file sets the policy per page, frames only the embed, and caches hashed assets', () => {
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  const all = rules.get('/*')!;
  expect(all['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/);
  expect(all['X-Content-Type-Options']).toBe('nosniff');
  expect(all['Referrer-Policy']).toBeTruthy();
  expect(all['Permissions-Policy']).toContain('camera=()');
  expect(rules.get('/_astro/*')?.['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(rules.get('/embed/picker/')?.['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
  for (const page of PAGES.filter((p) => p.path.endsWith('/') && p.path !== '/embed/picker/')) {
    const csp = rules.get(page.path)?.['Content-Security-Policy'];
    expect(csp, page.path).toContain("default-src 'none'");
    expect(csp, page.path).toMatch(/frame-ancestors 'none'$/);
  }
});

test.describe('with stylesheets blocked', () => {
  test('the article still reads in order', async ({ page }) => {
    await page.route('**/*.css', (route) => route.abort());
    await page.goto('/guide/');
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
