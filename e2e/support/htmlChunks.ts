/**
 * Splits a page's HTML into the pieces a slow link would deliver, so the browser tests can
 * feed them to the browser one at a time and measure the layout after each.
 *
 * A real slow link cuts the response wherever a packet ends, and the browser may paint
 * after any of them. The test cannot reproduce packet timing deterministically, so it does
 * something stricter: it makes the browser lay out the page after every element that closes
 * in the first screenful of the body (the only part a reader sees while it loads), then in
 * larger pieces. Where several elements close together, one cut after the last of them
 * gives the same prefixes: end tags add no elements. A layout that holds for every one of
 * those prefixes holds for any order of arrival a real network produces.
 *
 * Each piece ends with a marker comment (`<!--chunk:N-->`) that the page-side watcher sees
 * arrive in the DOM, so the test knows the browser has parsed exactly that prefix. Markers
 * are never put inside an element whose content the parser does not turn into nodes
 * (script, style, template, …): there a comment would not reach the document.
 */

/** Elements whose content is raw text or a separate fragment: no marker may go inside. */
const OPAQUE = new Set([
  'script',
  'style',
  'template',
  'textarea',
  'title',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
  'xmp',
]);

export interface ChunkOptions {
  /** Body bytes split after every closing tag: roughly the first screen. */
  fineBytes: number;
  /** Past that, each piece is at least this long. */
  coarseBytes: number;
}

export const DEFAULT_CHUNKS: ChunkOptions = { fineBytes: 12_000, coarseBytes: 8_000 };

export const marker = (index: number) => `<!--chunk:${index}-->`;

/** Matches a comment, or a start or end tag with its (possibly quoted) attributes. */
const TOKEN =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)((?:\s*[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/**
 * The HTML cut into pieces, each but the last ending with its marker. The first piece is
 * everything up to and including the `<body>` start tag; joining the pieces without their
 * markers gives back the input exactly.
 */
export function splitHtml(html: string, options: ChunkOptions = DEFAULT_CHUNKS): string[] {
  const bodyStart = /<body[^>]*>/i.exec(html);
  if (!bodyStart) return [html];
  const cuts: number[] = [bodyStart.index + bodyStart[0].length];
  let opaque: string | undefined;
  TOKEN.lastIndex = cuts[0]!;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [, slash, rawName] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    const end = match.index + match[0].length;
    if (opaque) {
      if (slash && name === opaque) {
        opaque = undefined;
        cuts.push(end);
      }
      continue;
    }
    if (!slash) {
      if (OPAQUE.has(name)) opaque = name;
      continue;
    }
    // Text glued to the element ("closed-back</a>,") belongs to its last word: a cut there
    // would let the browser wrap the word without its punctuation, then move it, which is
    // line-breaking at work, not a layout that depends on content yet to come.
    if (/^[^\s<]/.test(html.slice(end, end + 1))) continue;
    // An end tag changes nothing in the document: a cut between two of them (with only
    // white space between) would give the browser the same elements twice, so the run of
    // end tags is one cut, after its last.
    if (/^\s*<\//.test(html.slice(end, end + 200))) continue;
    const last = cuts.at(-1)!;
    const fine = end - cuts[0]! <= options.fineBytes;
    if (fine || end - last >= options.coarseBytes) cuts.push(end);
  }
  const bounds = [0, ...cuts.filter((cut) => cut < html.length), html.length];
  const pieces: string[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const piece = html.slice(bounds[i], bounds[i + 1]);
    if (piece) pieces.push(piece);
  }
  return pieces.map((piece, i) => (i < pieces.length - 1 ? piece + marker(i) : piece));
}
