/** The production build the dist checks read: dist/, or OUT_DIR when set. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { listPages } from '../../scripts/lib/dist.ts';

export const DIST = resolve(import.meta.dirname, '..', '..', process.env.OUT_DIR ?? 'dist');

if (!existsSync(resolve(DIST, 'index.html'))) {
  throw new Error(`No build in ${DIST}: run \`npm run build\` before \`npm run test:dist\`.`);
}

/** Every page of the build, read from the folder so a new page is checked too. */
export const PAGES = listPages(DIST);
