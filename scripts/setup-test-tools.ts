/**
 * Run by `npm test` before the browser tests: makes sure a Chromium and a Java runtime
 * are there, installing Debian's packages when running as root on Debian, and stops
 * with instructions otherwise. Never skips silently.
 */
import { ensureChromium, ensureJava } from './lib/system.ts';

try {
  const browser = await ensureChromium();
  console.log(`Browser: ${browser.path} (${browser.source})`);
  const java = ensureJava();
  console.log(`Java: ${java.path} (${java.source})`);
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
