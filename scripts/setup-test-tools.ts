/**
 * Run by `npm test` before the dist and browser tests: makes sure a Chromium, a Java
 * runtime and nginx are there, installing Debian's packages when running as root on Debian, and stops
 * with instructions otherwise. Never skips silently.
 */
import { ensureChromium, ensureJava, ensureNginx } from './lib/system.ts';

try {
  const browser = await ensureChromium();
  console.log(`Browser: ${browser.path} (${browser.source})`);
  const java = ensureJava();
  console.log(`Java: ${java.path} (${java.source})`);
  const nginx = ensureNginx();
  console.log(`nginx: ${nginx.path} (${nginx.source})`);
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
