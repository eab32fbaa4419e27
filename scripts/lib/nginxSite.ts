/**
 * The shipped nginx config (deploy/nginx/) made runnable in a work folder, without root:
 * only its listen address, its root and the snippet's path change, in a copy beside a
 * small nginx.conf of the folder's own (pid, logs, temp paths). The nginx test serves
 * dist/ with it; `npm run test:hosts` adds WordPress's server beside the site's.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEPLOY = resolve(import.meta.dirname, '..', '..', 'deploy', 'nginx');

/** Replace a line of the shipped config, failing loudly if the config no longer has it. */
function swap(text: string, from: RegExp, to: string): string {
  if (!from.test(text)) throw new Error(`deploy/nginx/open-or-closed.conf no longer matches ${String(from)}`);
  return text.replace(from, to);
}

export interface NginxSite {
  /** The folder for the config, pid, logs and temp files; it must exist. */
  work: string;
  /** The loopback port the site listens on. */
  port: number;
  /** The built site to serve. */
  root: string;
  /** More `server { … }` blocks for the same nginx. */
  servers?: string;
}

/** Writes the config into `work` and returns the nginx.conf to start nginx with (`-p work -c …`). */
export function writeNginxSite({ work, port, root, servers = '' }: NginxSite): string {
  mkdirSync(join(work, 'snippets'), { recursive: true });
  copyFileSync(join(DEPLOY, 'security-headers.conf'), join(work, 'snippets', 'security-headers.conf'));
  let site = readFileSync(join(DEPLOY, 'open-or-closed.conf'), 'utf8');
  site = swap(site, /^\s*listen 80;\n/m, `    listen 127.0.0.1:${port};\n`);
  site = swap(site, /^\s*listen \[::\]:80;\n/m, '');
  site = swap(site, /^(\s*)root [^;]+;/m, `$1root ${root};`);
  writeFileSync(join(work, 'site.conf'), site);
  const temp = join(work, 'temp');
  mkdirSync(temp, { recursive: true });
  const conf = join(work, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
master_process off;
worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  include ${join(work, 'site.conf')};
${servers}}
`,
  );
  return conf;
}
