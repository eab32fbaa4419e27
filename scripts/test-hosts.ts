/**
 * `npm run test:hosts`: the picker where site owners put it, on a real WordPress.
 *
 * As root on Debian it installs what it lacks with apt (Debian's wordpress 6.1 package and
 * its default theme, MariaDB, PHP-FPM, nginx), otherwise it stops and says how. It then
 * builds the site for its own loopback origin, serves it with the project's nginx config,
 * starts MariaDB, PHP-FPM and WordPress on 127.0.0.1, installs WordPress, creates an
 * administrator and an Author, publishes one post per documented embed form as each of
 * them, and runs e2e/hosts/ in Chromium against those posts. Everything it started is
 * stopped and its temporary folder removed, pass or fail. It prints how long it took.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_OPTIONS } from '../src/lib/embed/settings.ts';
import { iframeSnippet, scriptSnippet } from '../src/lib/embed/snippets.ts';
import { ensureChromium } from './lib/system.ts';
import { freePort } from './lib/ports.ts';
import { ensureWordPressPackages, startStack, type Stack } from './lib/wordpress.ts';

const ROOT = resolve(import.meta.dirname, '..');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

/** The forms of embedding the README documents, as a post's content for a site at `site`. */
function embedForms(site: string) {
  const options = DEFAULT_OPTIONS;
  // Written here: Node runs this file as it is, and src/lib/routes/urls.ts imports without extensions.
  const picker = new URL('/picker/', site).href; // site-path-ok
  return {
    // Pasted in a paragraph on its own line (WordPress's autoembed turns it into the embed).
    'oembed-line': `<!-- wp:paragraph -->\n<p>Not sure which headphones to get? Try this:</p>\n<!-- /wp:paragraph -->\n\n${picker}\n\n<!-- wp:paragraph -->\n<p>Text after the picker.</p>\n<!-- /wp:paragraph -->`,
    // What the block editor saves for an Embed block given the link.
    'embed-block': `<!-- wp:embed {"url":"${picker}","type":"rich","providerNameSlug":"open-or-closed"} -->\n<figure class="wp-block-embed is-type-rich is-provider-open-or-closed wp-block-embed-open-or-closed"><div class="wp-block-embed__wrapper">\n${picker}\n</div></figure>\n<!-- /wp:embed -->`,
    // The script snippet and the plain iframe in a Custom HTML block.
    script: `<!-- wp:html -->\n${scriptSnippet(site, options)}\n<!-- /wp:html -->`,
    iframe: `<!-- wp:html -->\n${iframeSnippet(site, options)}\n<!-- /wp:html -->`,
  };
}

let stack: Stack | undefined;
const work = mkdtempSync(join(tmpdir(), 'test-hosts-'));
let status = 1;
try {
  if (process.platform !== 'linux') throw new Error('The WordPress test runs on Debian Linux only.');
  ensureWordPressPackages();
  const chromium = await ensureChromium();

  // The site, built for the origin it is served from, into its own folder.
  const sitePort = await freePort();
  const site = `http://127.0.0.1:${sitePort}`;
  const dist = join(work, 'dist');
  console.log(`Building the site for ${site} …`);
  execFileSync('npx', ['astro', 'build', '--silent'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, SITE_URL: site, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'astro-cache') },
  });

  stack = await startStack({ work, sitePort, dist });
  console.log(`WordPress at ${stack.wordpress}, the site at ${stack.site} (${seconds()} s)`);

  // Install, then one post per form and role, saved as that user so WordPress's own
  // filters (kses for a user without unfiltered_html) decide what survives.
  stack.php(`
define('WP_INSTALLING', true);
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Test host', 'admin', 'admin@example.invalid', false, '', wp_generate_password(20));
switch_theme('twentytwentythree');
`);
  const forms = embedForms(site);
  const manifest = stack.php(`
require 'wp-load.php';
$author = wp_insert_user(['user_login' => 'author', 'user_pass' => wp_generate_password(20), 'user_email' => 'author@example.invalid', 'role' => 'author']);
if (is_wp_error($author)) { fwrite(STDERR, $author->get_error_message()); exit(1); }
$admin = get_user_by('login', 'admin')->ID;
$forms = json_decode(${JSON.stringify(JSON.stringify(forms))}, true);
$posts = [];
foreach (['administrator' => $admin, 'author' => $author] as $role => $id) {
  wp_set_current_user($id);
  if (!current_user_can('publish_posts')) { fwrite(STDERR, "$role cannot publish"); exit(1); }
  foreach ($forms as $form => $content) {
    $post = wp_insert_post(['post_title' => "$form by $role", 'post_content' => wp_slash($content), 'post_status' => 'publish', 'post_author' => $id], true);
    if (is_wp_error($post)) { fwrite(STDERR, $post->get_error_message()); exit(1); }
    $posts[] = ['role' => $role, 'form' => $form, 'url' => get_permalink($post), 'unfilteredHtml' => current_user_can('unfiltered_html')];
  }
}
echo json_encode($posts);
`);
  const manifestFile = join(work, 'posts.json');
  writeFileSync(
    manifestFile,
    JSON.stringify({ site, wordpress: stack.wordpress, posts: JSON.parse(manifest) }),
  );

  const result = spawnSync('npx', ['playwright', 'test', '--config', 'playwright.hosts.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    // OUT_DIR: the shared fixtures (e2e/fixtures.ts) read the build this run made.
    env: { ...process.env, HOSTS_MANIFEST: manifestFile, CHROMIUM_PATH: chromium.path, OUT_DIR: dist },
  });
  status = result.status ?? 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stack?.stop();
  rmSync(work, { recursive: true, force: true });
  console.log(`test:hosts ${status === 0 ? 'passed' : 'FAILED'} in ${seconds()} s`);
}
process.exit(status);
