/**
 * The props an editor may give the components MDX files use (src/components/guide/mdx.ts),
 * checked twice: with the content checks, which read each MDX body and name the file and
 * line (src/lib/content/componentProps.ts; Astro 7's MDX processor runs no remark
 * plugins), and when the component renders (for props written as expressions), so `<Callout kind="danger">` stops the build with a message instead of
 * rendering a box with no label. A `design=` prop on any component is checked with the
 * other cross-file rules (src/lib/content/rules/), so it is not repeated here.
 */
import { z } from 'astro/zod';

export const CALLOUT_KINDS = ['tip', 'note', 'warning'] as const;

export const componentProps = {
  Callout: z.object({
    /** The box's kind: its label for screen readers and its border colour. */
    kind: z.enum(CALLOUT_KINDS).default('note'),
    /** The box's short title, shown in bold. */
    title: z.string().min(1),
  }),
} as const;

export type ComponentName = keyof typeof componentProps;

/** What is wrong with the props, one line per problem, or an empty list. */
export function propProblems(name: ComponentName, props: Record<string, unknown>): string[] {
  const result = componentProps[name].safeParse(props);
  return result.success
    ? []
    : result.error.issues.map((issue) => `<${name}> ${issue.path.join('.') || 'props'}: ${issue.message}`);
}

/** The props, parsed, or an error naming the component, the page and what is wrong. */
export function parseProps<N extends ComponentName>(
  name: N,
  props: Record<string, unknown>,
  where: string,
): z.output<(typeof componentProps)[N]> {
  const problems = propProblems(name, props);
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
  return componentProps[name].parse(props) as z.output<(typeof componentProps)[N]>;
}
