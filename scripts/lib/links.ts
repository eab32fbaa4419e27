/**
 * Every internal link, image, stylesheet, script and `#fragment` in a built site must
 * resolve to a file, and a fragment to an element with that id on the target page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { fileForPath, listPages } from './dist.ts';

export interface BrokenLink {
  page: string;
  attribute: string;
  target: string;
  problem: string;
}

const LINKING = [
  ['a', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'srcset'],
  ['script', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
  ['use', 'href'],
] as const;

/** Site-internal targets only: other origins, mailto: and friends are not ours to check. */
function internalTarget(value: string, pagePath: string): URL | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('http://site/')) return undefined;
  if (value.startsWith('//')) return undefined;
  return new URL(value, `http://site${pagePath}`);
}

export function findBrokenLinks(dist: string): BrokenLink[] {
  const pages = listPages(dist);
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const root = parse(readFileSync(file, 'utf8'));
      ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
      idsByFile.set(file, ids);
    }
    return ids;
  };

  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const root = parse(readFileSync(page.file, 'utf8'));
    for (const [tag, attribute] of LINKING) {
      for (const element of root.querySelectorAll(`${tag}[${attribute}]`)) {
        const raw = element.getAttribute(attribute) ?? '';
        const values =
          attribute === 'srcset' ? raw.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [raw];
        for (const value of values) {
          const target = internalTarget(value, page.path);
          if (!target) continue;
          const where = { page: page.path, attribute: `<${tag} ${attribute}>`, target: value };
          const file =
            target.pathname === page.path && value.startsWith('#')
              ? page.file
              : fileForPath(dist, target.pathname, existsSync);
          if (!file) {
            broken.push({ ...where, problem: 'no such file in the build' });
            continue;
          }
          const fragment = decodeURIComponent(target.hash.slice(1));
          // A frame's `#name=value` is data for the framed page's script (the embed's frame
          // token, src/lib/embed/frameToken.ts), not an element to scroll to.
          const parameters = tag === 'iframe' && /^[\w-]+=/.test(fragment);
          if (fragment && !parameters && file.endsWith('.html') && !idsOf(file).has(fragment)) {
            broken.push({ ...where, problem: `no element with id="${fragment}" on that page` });
          }
        }
      }
    }
  }
  return broken;
}
