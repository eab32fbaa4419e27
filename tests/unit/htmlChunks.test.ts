import { describe, expect, it } from 'vitest';
import { marker, splitHtml } from '../../e2e/support/htmlChunks';

const unmark = (pieces: string[]) => pieces.map((p) => p.replace(/<!--chunk:\d+-->$/, '')).join('');

const PAGE = `<!doctype html><html><head><title>T</title><style>a>b{}</style></head><body class="x"><header><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></header><p>One <a href="/c">link</a>, glued.</p><script>if (a </b) {}</script><template><p>t</p></template><p>End</p></body></html>`;

describe('splitHtml', () => {
  it('gives back the page exactly once the markers are taken out', () => {
    expect(unmark(splitHtml(PAGE))).toBe(PAGE);
  });

  it('ends the first piece with the body start tag, so the styles arrive whole', () => {
    expect(splitHtml(PAGE)[0]).toMatch(/<body class="x">(<!--chunk:0-->)$/);
  });

  it('numbers each piece but the last with a marker the page can see arrive', () => {
    const pieces = splitHtml(PAGE);
    pieces.slice(0, -1).forEach((piece, i) => expect(piece.endsWith(marker(i))).toBe(true));
    expect(pieces.at(-1)).not.toMatch(/<!--chunk:/);
  });

  it('cuts after every element that closes in the first screen, so each list item arrives on its own', () => {
    const pieces = splitHtml(PAGE);
    expect(pieces.filter((p) => p.includes('<li>'))).toHaveLength(2);
    expect(pieces.filter((p) => /<\/li><!--chunk:\d+-->$/.test(p))).toHaveLength(1);
  });

  it('cuts a run of end tags once, after its last: end tags add no elements, so the prefixes are the same', () => {
    const pieces = splitHtml(PAGE);
    expect(pieces.some((p) => /<\/a><!--chunk:\d+-->$/.test(p) && p.includes('href="/a"'))).toBe(false);
    expect(pieces.some((p) => /<\/li><\/ul><\/header><!--chunk:\d+-->$/.test(p))).toBe(true);
    expect(splitHtml('<body><div><p>a</p>\n  </div>\n<p>b</p></body>')).toEqual([
      '<body><!--chunk:0-->',
      '<div><p>a</p>\n  </div><!--chunk:1-->',
      '\n<p>b</p></body>',
    ]);
  });

  it('never cuts between an element and the punctuation glued to it', () => {
    expect(splitHtml(PAGE).some((p) => /<\/a><!--chunk/.test(p) && p.includes('link'))).toBe(false);
  });

  it('never puts a marker inside a script, a style or a template', () => {
    for (const piece of splitHtml(PAGE)) {
      const open = (name: string) => (piece.match(new RegExp(`<${name}[ >]`, 'g')) ?? []).length;
      const close = (name: string) => (piece.match(new RegExp(`</${name}>`, 'g')) ?? []).length;
      for (const name of ['script', 'style', 'template']) expect(open(name)).toBe(close(name));
    }
  });

  it('sends what lies past the first screen in larger pieces', () => {
    const long = `<html><body>${'<p>word</p>'.repeat(2000)}</body></html>`;
    const pieces = splitHtml(long, { fineBytes: 1000, coarseBytes: 4000 });
    const late = pieces.slice(1).filter((_, i) => i > 100);
    expect(late.every((p) => p.length >= 4000 || p === pieces.at(-1))).toBe(true);
    expect(unmark(pieces)).toBe(long);
  });

  it('leaves a page without a body in one piece', () => {
    expect(splitHtml('<p>fragment</p>')).toEqual(['<p>fragment</p>']);
  });
});
