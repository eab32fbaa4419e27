import { describe, expect, it } from 'vitest';
import { parseLlmsTxt } from '../support/llmsTxt';

const GOOD = `# Site

> What the site is.

Notes before the first section may be any Markdown but a heading:

- a plain list item is fine here

## Docs

- [Guide](https://example.com/guide/): the whole guide
- [FAQ](https://example.com/faq/)

## Optional

- [Glossary](https://example.com/glossary/): terms
`;

describe('the llms.txt reader', () => {
  it('reads the title, summary, notes and each section with its links and notes', () => {
    const parsed = parseLlmsTxt(GOOD);
    expect(parsed.problems).toEqual([]);
    expect(parsed.title).toBe('Site');
    expect(parsed.summary).toBe('What the site is.');
    expect(parsed.info).toContain('a plain list item is fine here');
    expect(parsed.sections.map((s) => s.name)).toEqual(['Docs', 'Optional']);
    expect(parsed.sections[0]?.links).toEqual([
      { name: 'Guide', url: 'https://example.com/guide/', notes: 'the whole guide' },
      { name: 'FAQ', url: 'https://example.com/faq/', notes: undefined },
    ]);
  });

  it('reports a sentence written inside a section, which the proposal parser would drop', () => {
    const parsed = parseLlmsTxt(GOOD.replace('## Optional', 'A stray sentence.\n\n## Optional'));
    expect(parsed.problems).toEqual([expect.stringMatching(/^line 14: .*A stray sentence/)]);
  });

  it('reports a list item in a section that is not a link', () => {
    expect(parseLlmsTxt(`# Site\n\n## Docs\n\n- just words\n`).problems).toHaveLength(1);
  });

  it('reports a file that does not open with an H1', () => {
    expect(parseLlmsTxt('## Docs\n').problems[0]).toMatch(/H1/);
  });

  it('reports a heading other than an H2 before the first section', () => {
    expect(parseLlmsTxt('# Site\n\n### Sub\n').problems[0]).toMatch(/no heading/);
  });
});
