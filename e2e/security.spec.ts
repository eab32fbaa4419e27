/** The Content-Security-Policy is live and strict, the host headers exist, and the site survives blocked resources. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

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

// Every page's load is watched for policy violations by e2e/site/every-page.spec.ts.

test.describe('an injection provoked on purpose', () => {
  // The refusal is the point: the watch's policy-violation check is read here instead.
  test.use({ expectProblems: true });

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
    // The violation event is queued as a task of its own, so wait for it rather than read at once.
    await expect.poll(async () => (await violations(page)).join('\n')).toMatch(/script-src/);
  });
});

// Every page's <meta> policy is checked in tests/dist/csp.test.ts.
// The _headers file is checked as Netlify and Cloudflare read it in tests/dist/headers.test.ts.

test.describe('with stylesheets blocked', () => {
  test('the article still reads in order', async ({ page }) => {
    // Styles are inlined, so "blocked" means stripped from the HTML (and any stylesheet refused).
    await page.route('**/*.css', (route) => route.abort());
    await page.route('**/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
      await route.fulfill({ response, body });
    });
    await page.goto('/guide/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await expect(page.locator('main p').first()).toContainText(/open/i);
  });
});

// Every page is read with JavaScript blocked by e2e/site/every-page.spec.ts.
