/**
 * Text as a program that ignores CSS extracts it: w3m, lynx, reader views, a search
 * engine's snippet, an AI agent reading the HTML. They know which HTML elements are
 * blocks (p, div, li, td…) and nothing else: a `<span>` shown as a block on screen, a
 * flex gap, an SVG label placed by coordinates all run into the words beside them
 * ("GoodBest", "ProDeeper bass", "through.EarEar pad"). This finds each place where two
 * runs of text meet across a tag with no space or block between them, a word-like
 * character on both sides.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';

/** Elements a text browser starts on a new line (or a new cell): text on either side stays apart. */
const BLOCK = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul ' +
    'option select textarea button label'
  ).split(' '),
);
/** Not text a reader is shown. */
const SKIP = new Set(['script', 'style', 'template', 'head', 'noscript']);

/** Where two runs of text meet with nothing between them. */
export interface Joint {
  /** The end of the text before, "|", the start of the text after: "4 of 5, Good|Best". */
  joint: string;
}

// The text before ends in a letter, digit or closing punctuation; the text after starts with
// a letter or digit. "word</a>," and "(<a>x</a>)" are fine; "Good</span><span>Best" is not.
const ENDS = /[\p{L}\p{N}.,:;!?)\]”’"]$/u;
const STARTS = /^[\p{L}\p{N}]/u;

/** Every place in the document's body where text runs into text across a tag. */
export function findJoints(html: string): Joint[] {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false } });
  const body = root.querySelector('body') ?? root;
  const joints: Joint[] = [];
  let before = '';
  let crossedTag = false;

  const text = (value: string) => {
    const clean = value
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
    if (!clean) return;
    if (clean.trim() === '') {
      before += ' ';
      crossedTag = false;
      return;
    }
    if (crossedTag && ENDS.test(before) && STARTS.test(clean))
      joints.push({ joint: `${before.trimStart().slice(-40)}|${clean.trimEnd().slice(0, 40)}` });
    before = (before + clean).slice(-60);
    crossedTag = false;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      text(node.rawText);
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as HTMLElement).rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) before = '';
    crossedTag = true;
    for (const child of node.childNodes) walk(child);
    if (block) before = '';
    crossedTag = true;
  };
  walk(body);
  return joints;
}
