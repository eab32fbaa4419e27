import { cpus } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { freePort } from './scripts/lib/ports.ts';
import { chromiumLaunchOptions, findChromium, NO_CHROMIUM } from './scripts/lib/system.ts';

/**
 * Browser tests run against the production build served by Astro's preview server, never
 * the dev server, so they see exactly what a host would serve.
 */
const browser = await findChromium();
if (!browser) throw new Error(NO_CHROMIUM);

/**
 * A free port, chosen once by the main process and passed to the workers through the
 * environment, so the suite never collides with another server (or another checkout's
 * suite) on a fixed port. Set E2E_PORT to choose one.
 */
process.env.E2E_PORT ??= String(await freePort());
export const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'e2e',
  // e2e/hosts/ needs a WordPress: `npm run test:hosts` (scripts/test-hosts.ts) runs it.
  testIgnore: 'hosts/**',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Playwright's default of half the cores leaves a 2-core machine with one worker.
  workers: Math.max(2, Math.floor(cpus().length / 2)),
  reporter: [['list']],
  timeout: 60_000,
  // A web-first assertion waits for the state it names; its limit only says when to give
  // up, so it is generous: a loaded machine may take seconds to run a page's scripts, and a
  // slow machine must never be what fails a test.
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // One browser context per worker, reset by Playwright between tests, instead of a new
    // one per test: a new context starts new renderer processes with cold caches, which on a
    // 2-core machine cost more CPU than most tests (the suite: 327 CPU-seconds with a context
    // per test, 244 reused). The reset clears cookies, storage, service workers, routes,
    // bindings and init scripts, closes extra pages, loads about:blank and re-applies the
    // viewport and emulation; a test that fails restarts its worker, and so its context. What
    // it keeps (granted permissions, geolocation, offline mode, extra headers, DevTools
    // emulation) no test may change: tests/unit/browserTests.test.ts holds them to that, and
    // a test that needs scripts off mid-test uses the `scriptsOff` fixture, which undoes it.
    reuseContext: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(browser),
      },
    },
  ],
  webServer: {
    // Astro's preview server through its programmatic API (scripts/serve.ts): exactly what
    // a host serves, on the free port chosen above.
    command: `node scripts/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
