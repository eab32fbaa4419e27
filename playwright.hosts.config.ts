import { readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, findChromium, NO_CHROMIUM } from './scripts/lib/system.ts';

/**
 * The browser half of `npm run test:hosts` (scripts/test-hosts.ts starts WordPress and
 * the site first, and passes what it published in HOSTS_MANIFEST). Never run on its own.
 */
if (!process.env.HOSTS_MANIFEST)
  throw new Error('Run `npm run test:hosts`: it starts WordPress for these tests.');
/** WordPress's address: the page origin, so e2e/fixtures.ts watches requests against it (the site's is allowed per test). */
const { wordpress } = JSON.parse(readFileSync(process.env.HOSTS_MANIFEST, 'utf8')) as { wordpress: string };
const browser = await findChromium();
if (!browser) throw new Error(NO_CHROMIUM);

export default defineConfig({
  testDir: 'e2e/hosts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: { trace: 'off', baseURL: wordpress },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(browser),
      },
    },
  ],
});
