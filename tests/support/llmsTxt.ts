/**
 * A strict reader of llms.txt, following the proposal's grammar (llmstxt.org): an H1
 * with the site's name (the only required part), an optional blockquote summary, then
 * any Markdown except headings, then zero or more H2 sections, each of which is a "file
 * list": list items made of a required Markdown link `[name](url)`, optionally
 * followed by `: notes`. The proposal's reference parser silently drops any other line
 * inside a section, so a sentence written there never reaches an agent; this reader
 * reports such a line instead of dropping it.
 */
export interface LlmsLink {
  name: string;
  url: string;
  notes?: string | undefined;
}

export interface LlmsTxt {
  title: string;
  summary?: string | undefined;
  /** The Markdown between the summary and the first H2, as written. */
  info: string;
  sections: { name: string; links: LlmsLink[] }[];
  /** Lines that break the grammar, each with its 1-based line number. */
  problems: string[];
}

const LINK_ITEM = /^\s*-\s*\[(?<name>[^\]]+)\]\((?<url>[^)\s]+)\)(?::\s*(?<notes>.*))?$/;

export function parseLlmsTxt(text: string): LlmsTxt {
  const lines = text.split('\n');
  const problems: string[] = [];
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && !lines[i]?.trim()) i++;
  };
  skipBlank();
  const title = /^# (.+)$/.exec(lines[i] ?? '')?.[1]?.trim() ?? '';
  if (!title) problems.push(`line ${i + 1}: the file must open with an H1 naming the site`);
  else i++;
  skipBlank();
  let summary: string | undefined;
  const quote = /^> ?(.*)$/.exec(lines[i] ?? '');
  if (quote) {
    summary = quote[1];
    i++;
  }
  const info: string[] = [];
  for (; i < lines.length && !/^## /.test(lines[i] ?? ''); i++) {
    const line = lines[i] ?? '';
    if (/^#{1,6} /.test(line))
      problems.push(`line ${i + 1}: no heading may come before the first H2 section`);
    info.push(line);
  }
  const sections: LlmsTxt['sections'] = [];
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      sections.push({ name: heading[1]?.trim() ?? '', links: [] });
      continue;
    }
    if (!line.trim()) continue;
    const link = LINK_ITEM.exec(line)?.groups;
    const section = sections.at(-1);
    if (link && section)
      section.links.push({ name: link.name ?? '', url: link.url ?? '', notes: link.notes });
    else
      problems.push(
        `line ${i + 1}: a section holds only link items "- [name](url): notes", not "${line.slice(0, 60)}"`,
      );
  }
  return { title, summary, info: info.join('\n').trim(), sections, problems };
}
