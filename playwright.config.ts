import { cpus } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './scripts/lib/system.ts';

/**
 * Browser tests run against the production build served by `astro preview`, never
 * the dev server, so they see exactly what a host would serve.
 */
const browser = await findChromium();
if (!browser) throw new Error(NO_CHROMIUM);

// Overridable so two checkouts can run their suites side by side.
export const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Playwright's default of half the cores leaves a 2-core machine with one worker.
  workers: Math.max(2, Math.floor(cpus().length / 2)),
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Playwright's own build needs no path; a system browser does.
        launchOptions: {
          ...(browser.source === "Playwright's own Chromium" ? {} : { executablePath: browser.path }),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // --ignore-lock: a test server must neither refuse to start nor replace a preview the
    // developer already has running.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
