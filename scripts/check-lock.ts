/**
 * Run first by `npm test`: fails when package.json and package-lock.json disagree, the
 * way `npm ci` on a host or CI system would. `npm ci --dry-run` resolves the lockfile
 * against package.json without touching node_modules; its own output (engine warnings on
 * an old system Node, the packages it would add or remove) is shown only on failure.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
  encoding: 'utf8',
  // npm is a .cmd script on Windows, which only a shell can start.
  shell: process.platform === 'win32',
});
if (result.status !== 0) {
  console.error(result.stdout, result.stderr);
  console.error(
    '\npackage-lock.json does not match package.json, so `npm ci` would fail on a clean clone.\n' +
      'Run `npm install` (which rewrites the lockfile) and commit package-lock.json.\n',
  );
  process.exit(1);
}
console.log('package-lock.json matches package.json');
