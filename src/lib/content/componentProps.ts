/**
 * The props of the components editors use in MDX (`<Callout kind="tip" title="…">`),
 * read from each body and checked against src/schemas/components.ts, so a typo stops the
 * build naming the file, the line and the allowed values. Only props written as quoted
 * text (or bare, meaning true) can be judged from the text; a tag with a prop written
 * as an expression (`{…}`) is left to the component's own check when it renders.
 */
import { componentProps, propProblems, type ComponentName } from '../../schemas/components';
import { fileOf, type ContentProblem, type EntryLike } from './entries';

const TAG = new RegExp(`<(${Object.keys(componentProps).join('|')})\\b((?:[^>"'{]|"[^"]*"|'[^']*'|\\{[^}]*\\})*)>`, 'g');
const ATTRIBUTE = /([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\})))?/g;

/** The problems of every checked component tag in one MDX body. */
export function componentPropProblems(body: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const tag of body.matchAll(TAG)) {
    const name = tag[1] as ComponentName;
    const props: Record<string, unknown> = {};
    let literal = true;
    for (const [, prop = '', double, single, expression] of (tag[2] ?? '').replace(/\/\s*$/, '').matchAll(ATTRIBUTE)) {
      if (expression) literal = false;
      else props[prop] = double ?? single ?? true;
    }
    if (!literal) continue;
    const line = body.slice(0, tag.index).split('\n').length;
    for (const problem of propProblems(name, props))
      problems.push({ file, field: `line ${line} of the body`, message: problem });
  }
  return problems;
}

/** Every MDX entry's component props. */
export function findComponentPropProblems(collections: Record<string, readonly EntryLike<unknown>[]>): ContentProblem[] {
  return Object.entries(collections).flatMap(([collection, entries]) =>
    entries.flatMap((entry) =>
      entry.body ? componentPropProblems(entry.body, fileOf(entry, collection)) : [],
    ),
  );
}
