/** Serve a built site with `astro preview` for a script, and wait until it answers. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface Preview {
  url: string;
  stop: () => void;
}

export async function startPreview(root: string, port: number): Promise<Preview> {
  // --ignore-lock: a script's server must neither refuse to start nor replace a preview
  // the developer already has running.
  const server: ChildProcess = spawn(
    join(root, 'node_modules', '.bin', 'astro'),
    ['preview', '--ignore-lock', '--port', String(port)],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://localhost:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(url);
      return { url, stop: () => server.kill() };
    } catch {
      if (tries > 100) {
        server.kill();
        throw new Error('The preview server did not start');
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
