import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstScreenHtml, sizes } from '../../scripts/lib/bytes';
import { fileForPath, listPages } from '../../scripts/lib/dist';

const SITE = resolve(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'broken-site');

describe('firstScreenHtml', () => {
  it('ends at the first paragraph inside main, not one before it', () => {
    const html =
      '<head><p>in head?</p></head><body><nav><p>nav</p></nav><main><h1>T</h1><p>Lead.</p><p>More</p></main>';
    expect(firstScreenHtml(html)).toBe(
      '<head><p>in head?</p></head><body><nav><p>nav</p></nav><main><h1>T</h1><p>Lead.</p>',
    );
  });

  it('counts the whole page when there is no main element', () => {
    expect(firstScreenHtml('<p>x</p>')).toBe('<p>x</p>');
  });
});

describe('sizes', () => {
  it('reports compressed sizes smaller than raw for repetitive text', () => {
    const s = sizes('a'.repeat(10_000));
    expect(s.raw).toBe(10_000);
    expect(s.brotli).toBeLessThan(100);
    expect(s.gzip).toBeLessThan(100);
  });
});

describe('listPages', () => {
  it('maps index.html files to directory URLs', () => {
    expect(listPages(SITE).map((p) => p.path)).toEqual(['/', '/guide/']);
  });
});

describe('fileForPath', () => {
  it('serves a directory path from its index.html', () => {
    expect(fileForPath(SITE, '/guide/', existsSync)).toBe(join(SITE, 'guide', 'index.html'));
  });

  it('finds a file by its exact path', () => {
    expect(fileForPath(SITE, '/style.css', existsSync)).toBe(join(SITE, 'style.css'));
  });

  it('ignores the query and fragment', () => {
    expect(fileForPath(SITE, '/guide/?x=1#present', existsSync)).toBe(join(SITE, 'guide', 'index.html'));
  });

  it('never resolves outside the site folder', () => {
    expect(fileForPath(SITE, '/../../package.json', existsSync)).toBeUndefined();
  });
});
