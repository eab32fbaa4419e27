/**
 * Serve a built site with Astro's own preview server, started in this process through
 * Astro's programmatic API (no child `astro preview` to spawn, wait for and kill).
 */
import { preview } from 'astro';

export interface Preview {
  url: string;
  stop: () => Promise<void>;
}

export async function startPreview(root: string, port: number, host = '127.0.0.1'): Promise<Preview> {
  const server = await preview({ root, logLevel: 'warn', server: { host, port } });
  return { url: `http://${host}:${server.port}`, stop: () => server.stop() };
}
