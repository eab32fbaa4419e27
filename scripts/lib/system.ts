/**
 * Finding (and on a bare Debian machine, installing) the programs the tests need
 * beyond npm: a Chromium for Playwright and a Java runtime for the W3C Nu checker.
 * Nothing here downloads from anywhere but the system's own package manager.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where a program was found, and how, for the log. */
export interface Found {
  path: string;
  source: string;
}

/** The first executable called `name` on PATH. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Playwright's own Chromium if it was installed (`npx playwright install chromium`),
 * else CHROMIUM_PATH, else a system Chromium or Chrome. Returns undefined if none.
 */
export async function findChromium(): Promise<Found | undefined> {
  const { chromium } = await import('@playwright/test');
  const own = chromium.executablePath();
  if (own && existsSync(own)) return { path: own, source: "Playwright's own Chromium" };
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  // chrome-launcher knows where Chrome and Chromium live on Linux, macOS and Windows
  // (CHROME_PATH, the usual install folders, PATH), best candidate first.
  const { Launcher } = await import('chrome-launcher');
  const system = Launcher.getInstallations().find((path) => existsSync(path));
  return system ? { path: system, source: 'system browser' } : undefined;
}

/** Java for the Nu HTML checker: JAVA_HOME first, then PATH. */
export function findJava(): Found | undefined {
  const home = process.env.JAVA_HOME;
  if (home && existsSync(join(home, 'bin', 'java')))
    return { path: join(home, 'bin', 'java'), source: 'JAVA_HOME' };
  const path = onPath('java');
  return path ? { path, source: 'PATH' } : undefined;
}

export const NO_CHROMIUM = `No Chromium or Chrome found for the browser tests. Any one of these fixes it:
  - npx playwright install chromium          (Playwright's own build, where downloads are allowed)
  - sudo apt-get install chromium            (Debian or Ubuntu)
  - install Google Chrome, or set CHROMIUM_PATH=/path/to/chrome`;

export const NO_JAVA = `No Java runtime found for the W3C Nu HTML checker (vnu-jar). Any one of these fixes it:
  - sudo apt-get install default-jre-headless   (Debian or Ubuntu)
  - brew install openjdk                        (macOS)
  - install Java 11 or newer and put it on PATH, or set JAVA_HOME`;

/** True where `apt-get install` can run without asking: root on Debian or Ubuntu. */
export function canAptInstall(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get') !== undefined;
}

let aptUpdated = false;

/** Install Debian packages, refreshing the package lists once per run. */
export function aptInstall(packages: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  const result = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0)
    throw new Error(`apt-get install ${packages.join(' ')} failed (exit ${result.status}).`);
}

/** Find a Chromium, installing Debian's package when that is possible. */
export async function ensureChromium(): Promise<Found> {
  const found = await findChromium();
  if (found) return found;
  if (!canAptInstall()) throw new Error(NO_CHROMIUM);
  console.log('No browser found: installing Debian\'s "chromium" package for the tests…');
  aptInstall(['chromium']);
  const installed = await findChromium();
  if (!installed) throw new Error(NO_CHROMIUM);
  return installed;
}

/** Find Java, installing Debian's default headless runtime when that is possible. */
export function ensureJava(): Found {
  const found = findJava();
  if (found) return found;
  if (!canAptInstall()) throw new Error(NO_JAVA);
  console.log('No Java found: installing Debian\'s "default-jre-headless" package for the HTML checker…');
  aptInstall(['default-jre-headless']);
  const installed = findJava();
  if (!installed) throw new Error(NO_JAVA);
  return installed;
}

/** nginx for the deploy config test: PATH first, then where Debian puts it. */
export function findNginx(): Found | undefined {
  const path = onPath('nginx');
  if (path) return { path, source: 'PATH' };
  return existsSync('/usr/sbin/nginx') ? { path: '/usr/sbin/nginx', source: 'system nginx' } : undefined;
}

export const NO_NGINX = `No nginx found for the test of deploy/nginx/open-or-closed.conf. Any one of these fixes it:
  - sudo apt-get install nginx-light (or nginx)   (Debian or Ubuntu)
  - brew install nginx                             (macOS)
  - install nginx and put it on PATH`;

/** Find nginx, installing Debian's package when that is possible. */
export function ensureNginx(): Found {
  const found = findNginx();
  if (found) return found;
  if (!canAptInstall()) throw new Error(NO_NGINX);
  console.log('No nginx found: installing Debian\'s "nginx" package for the deploy config test…');
  aptInstall(['nginx']);
  const installed = findNginx();
  if (!installed) throw new Error(NO_NGINX);
  return installed;
}

/**
 * Flags for every Chromium the tests launch. Root needs --no-sandbox; the rest stop
 * Chromium's own background traffic, which a closed network refuses noisily and which
 * would otherwise show up as requests leaving the site.
 */
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright's launch options for the Chromium found: its own build needs no path, a system browser does. */
export function chromiumLaunchOptions(browser: Found): { executablePath?: string; args: string[] } {
  return {
    ...(browser.source === "Playwright's own Chromium" ? {} : { executablePath: browser.path }),
    args: CHROMIUM_ARGS,
  };
}
