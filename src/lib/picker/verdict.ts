/**
 * The three verdicts a design can get in a situation, and the words they are shown
 * with. Shared by the Verdict component and the picker's island (which writes the same
 * `<span class="verdict" data-verdict="…">` markup), so both say exactly the same.
 */
export type VerdictKind = 'best' | 'fine' | 'avoid';

export const VERDICT_LABELS: Record<VerdictKind, string> = {
  best: 'Best',
  fine: 'Fine',
  avoid: 'Avoid',
};
