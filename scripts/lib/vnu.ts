/**
 * The W3C Nu HTML checker over built pages, with the machine's Java. One JVM checks
 * every file, which keeps the check to seconds however many pages there are.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findJava, NO_JAVA } from './system.ts';

export interface HtmlMessage {
  file: string;
  line: number | undefined;
  message: string;
  extract: string | undefined;
}

/**
 * Messages that are correct by design, each with its reason. Keep this list short:
 * every entry hides a class of errors.
 */
export const ALLOWED_MESSAGES: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^Attribute “tool(name|description|paramdescription|autosubmit)” not allowed on element/,
    reason:
      'WebMCP declarative attributes let browser agents use the picker; the checker does not know them yet.',
  },
  {
    pattern:
      /^CSS: (Unrecognized at-rule “@property”|“margin-trim”: Property “margin-trim” doesn't exist\.)$/,
    reason:
      'Pages inline their CSS (one round trip), so the checker now reads Tailwind’s output; its CSS validator predates @property and the margin-trim feature test Tailwind emits.',
  },
];

/** Validate HTML files; resolves to the errors found (warnings and info are ignored). */
export function validateHtml(files: string[]): HtmlMessage[] {
  if (files.length === 0) return [];
  const java = findJava();
  if (!java) throw new Error(NO_JAVA);
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  // One short run: the quick compiler alone and one GC thread take half the CPU of Java's
  // defaults for the same report (8.3 → 3.8 CPU-seconds over the site). The quick compiler's
  // code needs a deeper stack for the schema's recursion than the 512 KB the checker asks.
  const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m'];
  const result = spawnSync(java.path, [...jvm, '-jar', jar, '--format', 'json', '--errors-only', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  // The checker writes its JSON report to stderr and exits 1 when it found errors.
  const report = JSON.parse(result.stderr || '{"messages":[]}') as {
    messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .filter((m) => !ALLOWED_MESSAGES.some((allowed) => allowed.pattern.test(m.message)))
    .map((m) => ({
      file: (m.url ?? '').replace(/^file:/, ''),
      line: m.lastLine,
      message: m.message,
      extract: m.extract,
    }));
}
