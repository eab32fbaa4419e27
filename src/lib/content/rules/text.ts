/** Reading an entry's text the way the rules count it: words, links, anchors, strings, days. */

/** Words of prose in an MDX body, ignoring tags, link targets and Markdown punctuation. */
export function wordsIn(body: string): number {
  const prose = body
    .replace(/^import\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*[-*]\s/gm, ' ')
    .replace(/[#*_[\]>`]+/g, ' ');
  return prose.split(/\s+/).filter(Boolean).length;
}

/** Link targets in an MDX body: Markdown links and href attributes. */
export function linksIn(body: string): string[] {
  const markdown = [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
  const attributes = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
  return [...markdown, ...attributes];
}

/** The anchor MDX gives a heading: its text, lowercased, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** Every string in a value, with the path of the field that holds it: `pros[2].detail`. */
export function stringsIn(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** A calendar day as `YYYY-MM-DD`, in UTC like the dates YAML parses. */
export const day = (date: Date): string => date.toISOString().slice(0, 10);
