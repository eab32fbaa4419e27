/**
 * A throwaway WordPress on loopback for `npm run test:hosts`: Debian's own `wordpress`
 * package (6.1), a private MariaDB and PHP-FPM, and nginx, each started in a temporary
 * folder with its own data, sockets, logs and ports on 127.0.0.1, and everything removed
 * again by `stop()`. Nothing here downloads anything but Debian packages.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { writeNginxSite } from './nginxSite.ts';
import { freePort } from './ports.ts';
import { join } from 'node:path';
import { aptInstall, canAptInstall } from './system.ts';

/** Where Debian's packages put what the test needs. */
export const WORDPRESS = '/usr/share/wordpress';
const THEME = 'twentytwentythree';
const NEEDS = [
  { path: `${WORDPRESS}/wp-load.php`, pkg: 'wordpress' },
  { path: `${WORDPRESS}/wp-content/themes/${THEME}/theme.json`, pkg: `wordpress-theme-${THEME}` },
  { path: '/usr/sbin/mariadbd', pkg: 'mariadb-server' },
  { path: '/usr/bin/php', pkg: 'php-cli' },
  { path: '/usr/sbin/nginx', pkg: 'nginx' },
];

function phpFpm(): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', 'ls /usr/sbin/php-fpm* 2>/dev/null | head -n1'], {
      encoding: 'utf8',
    });
    return found.trim() || undefined;
  } catch {
    return undefined;
  }
}

function hasMysqli(): boolean {
  try {
    return execFileSync('php', ['-m'], { encoding: 'utf8' }).split('\n').includes('mysqli');
  } catch {
    return false;
  }
}

export const HOW_TO_INSTALL = `The WordPress test needs Debian's packages, installed by root:
  apt-get install -y --no-install-recommends wordpress wordpress-theme-${THEME} mariadb-server php-fpm php-cli php-mysql nginx
Run \`npm run test:hosts\` as root on Debian (it installs them itself), or install them first.`;

/** Checks for every program and package; installs the missing ones where root may, else stops and says how. */
export function ensureWordPressPackages(): void {
  const missing = NEEDS.filter((n) => !existsSync(n.path)).map((n) => n.pkg);
  if (!phpFpm()) missing.push('php-fpm');
  // The mysqli extension, which Debian's php-mysql enables for the CLI and FPM alike.
  if (!hasMysqli()) missing.push('php-mysql');
  if (missing.length === 0) return;
  if (!canAptInstall()) throw new Error(`Missing: ${missing.join(', ')}.\n${HOW_TO_INSTALL}`);
  console.log(`Installing Debian packages for the WordPress test: ${missing.join(', ')}`);
  aptInstall([...new Set([...missing, 'php-mysql'])]);
  const still = NEEDS.filter((n) => !existsSync(n.path)).map((n) => n.pkg);
  if (still.length || !phpFpm())
    throw new Error(`Still missing after apt-get: ${still.join(', ')}.\n${HOW_TO_INSTALL}`);
}

/** Resolves once something accepts connections on the port; fails if the process died first. */
async function listening(port: number, child: ChildProcess, what: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (open) return;
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${what} did not start (exit ${child.exitCode}):\n${log()}`);
    // Polls a socket, not a clock: this waits for a state, each try as short as a connect.
    await new Promise((r) => setTimeout(r, 100));
  }
}

const readOr = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

export interface Stack {
  work: string;
  /** The WordPress front end, http://127.0.0.1:port */
  wordpress: string;
  /** The built site, served by the project's nginx config for its own origin. */
  site: string;
  sitePort: number;
  /** Runs PHP with WordPress loaded (its output is returned). */
  php: (code: string) => string;
  /** Stops every process it started, waiting for each, and removes its config file. */
  stop: () => Promise<void>;
}

export interface StackOptions {
  work: string;
  sitePort: number;
  /** The built site (dist/ built for http://127.0.0.1:sitePort). */
  dist: string;
}

export async function startStack({ work, sitePort, dist }: StackOptions): Promise<Stack> {
  const children: ChildProcess[] = [];
  const configName = `openorclosed-test-${sitePort}`;
  const debianConfig = `/etc/wordpress/config-${configName}.php`;
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(debianConfig, { force: true });
  };
  try {
    mkdirSync(work, { recursive: true });
    chmodSync(work, 0o755);
    const [dbPort, fpmPort, wpPort] = [await freePort(), await freePort(), await freePort()];

    // MariaDB: a private data folder; root connects through the socket as the OS user.
    const data = join(work, 'mariadb');
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${data}`,
        '--user=root',
        '--skip-test-db',
        '--auth-root-authentication-method=socket',
      ],
      { stdio: 'ignore' },
    );
    const socket = join(work, 'mariadb.sock');
    const db = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        '--user=root',
        `--socket=${socket}`,
        `--port=${dbPort}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(work, 'mariadb.pid')}`,
        `--log-error=${join(work, 'mariadb.log')}`,
        '--skip-log-bin',
      ],
      { stdio: 'ignore' },
    );
    children.push(db);
    await listening(dbPort, db, 'MariaDB', () => readOr(join(work, 'mariadb.log')));
    const password = randomBytes(12).toString('hex');
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root'], {
      input: `CREATE DATABASE wordpress; CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wp'@'127.0.0.1';`,
    });

    // wp-content of its own (Debian's is shared), with the default theme and one test-only plugin.
    const content = join(work, 'wp-content');
    mkdirSync(join(content, 'themes'), { recursive: true });
    mkdirSync(join(content, 'mu-plugins'), { recursive: true });
    symlinkSync(join(WORDPRESS, 'wp-content', 'themes', THEME), join(content, 'themes', THEME));
    writeFileSync(
      join(content, 'mu-plugins', 'loopback-provider.php'),
      `<?php
// Test only. WordPress fetches a provider from a non-standard port only on its own
// host and port; the site under test shares this loopback host on port ${sitePort}.
add_filter('http_allowed_safe_ports', function ($ports) { $ports[] = ${sitePort}; return $ports; });
// Test only: nothing is mailed (installing WordPress would mail the administrator).
add_filter('pre_wp_mail', '__return_false');
`,
    );
    const wordpress = `http://127.0.0.1:${wpPort}`;
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
    ]
      .concat(['LOGGED_IN_SALT', 'NONCE_SALT'])
      .map((k) => `define('${k}', '${randomBytes(24).toString('hex')}');`)
      .join('\n');
    // Debian's wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php.
    writeFileSync(
      debianConfig,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', '${password}');
define('DB_HOST', '127.0.0.1:${dbPort}');
define('WP_HOME', '${wordpress}');
define('WP_SITEURL', '${wordpress}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${wordpress}/wp-content');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// Nothing leaves the machine: only loopback is reachable from PHP.
define('WP_HTTP_BLOCK_EXTERNAL', true);
${keys}
`,
    );

    // PHP-FPM: master as root, workers as www-data, on a loopback port.
    const fpmConf = join(work, 'php-fpm.conf');
    writeFileSync(
      fpmConf,
      `[global]
pid = ${join(work, 'php-fpm.pid')}
error_log = ${join(work, 'php-fpm.log')}
daemonize = no
[wordpress]
user = www-data
group = www-data
listen = 127.0.0.1:${fpmPort}
pm = static
pm.max_children = 4
catch_workers_output = yes
php_admin_value[error_log] = ${join(work, 'php-errors.log')}
php_admin_flag[log_errors] = on
`,
    );
    const fpm = spawn(phpFpm() as string, ['--nodaemonize', '--fpm-config', fpmConf], { stdio: 'ignore' });
    children.push(fpm);
    await listening(fpmPort, fpm, 'PHP-FPM', () => readOr(join(work, 'php-fpm.log')));

    // nginx: the built site with the project's own config, and WordPress on a port of its own.
    const conf = writeNginxSite({
      work,
      port: sitePort,
      root: dist,
      servers: `  server {
    listen 127.0.0.1:${wpPort};
    root ${WORDPRESS};
    index index.php;
    location /wp-content/ { alias ${content}/; }
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ \\.php$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      # Debian's fastcgi_params drops the port from HTTP_HOST; WordPress needs it to
      # recognise its own address (else it redirects to itself forever).
      fastcgi_param HTTP_HOST $host:$server_port;
      fastcgi_param WORDPRESS_CONFIG ${configName};
      fastcgi_pass 127.0.0.1:${fpmPort};
    }
  }
`,
    });
    const nginx = spawn('/usr/sbin/nginx', ['-p', work, '-c', conf], { stdio: 'ignore' });
    children.push(nginx);
    await listening(wpPort, nginx, 'nginx', () => readOr(join(work, 'error.log')));
    await listening(sitePort, nginx, 'nginx (site)', () => readOr(join(work, 'error.log')));

    const php = (code: string) => {
      const file = join(work, `run-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${wpPort}';
$_SERVER['WORDPRESS_CONFIG'] = '${configName}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
${code}
`,
      );
      try {
        return execFileSync('php', [file], { encoding: 'utf8', cwd: WORDPRESS });
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string };
        throw new Error(`PHP failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
      } finally {
        rmSync(file, { force: true });
      }
    };
    return { work, wordpress, site: `http://127.0.0.1:${sitePort}`, sitePort, php, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
