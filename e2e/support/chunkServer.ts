/**
 * A proxy in front of the site's preview server that delivers each HTML page in pieces,
 * one piece at a time, releasing the next only when the browser says it has parsed and
 * measured the last (see htmlChunks.ts and shiftWatch.ts). Everything else (scripts,
 * images, the headers of every response) passes through untouched, so the page is the one
 * a host serves, only slower, and the same slowness every time.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { splitHtml } from './htmlChunks';

interface PendingPage {
  pieces: string[];
  sent: number;
  response: ServerResponse;
}

export interface ChunkServer {
  /** The proxy's origin, e.g. `http://127.0.0.1:43210`. */
  origin: string;
  /** Sends piece `index` of the page being loaded, if it has not been sent. */
  release(index: number): void;
  /** How many pieces the last HTML page was cut into. */
  lastPieceCount(): number;
  /** Serves `html` at `path` instead of asking the site (the fixtures that prove the check fails). */
  serve(path: string, html: string): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
]);

export async function startChunkServer(upstream: string): Promise<ChunkServer> {
  let pending: PendingPage | undefined;
  let lastCount = 0;
  const fixtures = new Map<string, string>();

  const send = (page: PendingPage, index: number) => {
    while (page.sent <= index && page.sent < page.pieces.length) {
      page.response.write(page.pieces[page.sent]!);
      page.sent += 1;
    }
    if (page.sent === page.pieces.length) page.response.end();
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const fixture = fixtures.get(new URL(request.url ?? '/', 'http://x').pathname);
      const upstreamResponse =
        fixture !== undefined
          ? new Response(fixture, { headers: { 'content-type': 'text/html; charset=utf-8' } })
          : await fetch(new URL(request.url ?? '/', upstream), {
              method: request.method ?? 'GET',
              headers: { accept: request.headers.accept ?? '*/*', 'accept-encoding': 'identity' },
              redirect: 'manual',
            });
      const headers: Record<string, string> = {};
      upstreamResponse.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name)) headers[name] = value;
      });
      const type = upstreamResponse.headers.get('content-type') ?? '';
      // Only the page itself arrives in pieces; a frame inside it (the embed preview) loads
      // whole, as its own load is checked where it is the page.
      const isPage = request.headers['sec-fetch-dest'] === 'document';
      if (!type.startsWith('text/html') || !isPage) {
        response.writeHead(upstreamResponse.status, headers);
        response.end(Buffer.from(await upstreamResponse.arrayBuffer()));
        return;
      }
      const pieces = splitHtml(await upstreamResponse.text());
      lastCount = pieces.length;
      // Nothing buffers a piece on the way: the browser gets each as soon as it is written.
      response.writeHead(upstreamResponse.status, { ...headers, 'cache-control': 'no-store' });
      response.flushHeaders();
      pending?.response.end();
      pending = { pieces, sent: 0, response };
      send(pending, 0);
    })().catch((error: unknown) => {
      response.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    release(index) {
      if (pending) send(pending, index);
    },
    lastPieceCount: () => lastCount,
    serve: (path, html) => void fixtures.set(path, html),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
