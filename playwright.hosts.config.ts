import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './scripts/lib/system.ts';

/**
 * The browser half of `npm run test:hosts` (scripts/test-hosts.ts starts WordPress and
 * the site first, and passes what it published in HOSTS_MANIFEST). Never run on its own.
 */
if (!process.env.HOSTS_MANIFEST)
  throw new Error('Run `npm run test:hosts`: it starts WordPress for these tests.');
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
  use: { trace: 'off' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(browser.source === "Playwright's own Chromium" ? {} : { executablePath: browser.path }),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
});
