/**
 * The server the browser tests run against: the production build in dist/, served by
 * Astro's preview server on the port given (Playwright passes the free one it picked).
 */
import { resolve } from 'node:path';
import { startPreview } from './lib/preview.ts';

const port = Number(process.argv[2] ?? 4321);
const server = await startPreview(resolve(import.meta.dirname, '..'), port);
console.log(`Serving dist/ at ${server.url}/`);
