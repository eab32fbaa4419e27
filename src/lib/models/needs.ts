/**
 * Which needs a model meets, judged only from its sourced facts, and the few words a
 * reader sees as the reason ("noise cancelling", "IPX4 sweat rating", "rated 29 dB").
 *
 * Build time only: the catalog carries each model's met needs and their words to the
 * picker's island as data, so none of this code ships to the browser.
 */
import { IN_EAR_KINDS, type Kind, type Need } from '../../vocabulary';
import type { ModelData } from '../../schemas/models';

/** The facts the reason words depend on, as the catalog carries them. */
export interface ReasonFacts {
  /** Unknown where no source confirms it. */
  kind?: Kind | undefined;
  /** The maker's IP code, where the reason is a sweat rating. */
  ip?: string | undefined;
  /** Rated passive attenuation in dB. */
  db?: number | undefined;
}

/** The reason a need was met, in a few words. */
export function reasonWords(need: Need, m: ReasonFacts): string {
  const inEar = !!m.kind && IN_EAR_KINDS.includes(m.kind);
  switch (need) {
    case 'sealed':
      return inEar ? 'seals in the ear' : 'closed back';
    case 'anc':
      return 'noise cancelling';
    case 'folds':
      return 'folds';
    case 'mic':
      return 'microphone';
    case 'boom-mic':
      return 'boom microphone';
    case 'all-day':
      return m.kind === 'on-ear' ? 'light on-ear fit' : 'around the ear';
    case 'sweat-rated':
      return `${m.ip ?? ''} sweat rating`.trim();
    case 'secure':
      return 'sits in the ear';
    case 'no-velour':
      return inEar ? 'ear tips, no pads' : 'no velour pads';
    case 'attenuation':
      return `rated ${m.db ?? ''} dB`;
    case 'swivel':
      return 'swivelling cups';
    case 'wired':
      return 'wired';
  }
}

type Entry = Pick<ModelData, 'design' | 'kind' | 'facts'>;

/** An IP code's water digit is 4 or more: splashes from any direction, so sweat. */
const sweatProof = (ip: string | undefined) => !!ip && Number(ip.at(-1)) >= 4;

/**
 * Each need a model meets, with the source of the fact that meets it. A need no sourced
 * fact meets is absent: an unknown is never counted as met.
 */
export function needFacts(data: Entry): Partial<Record<Need, string>> {
  const f = data.facts ?? {};
  const kind = data.kind;
  const inEar = !!kind && IN_EAR_KINDS.includes(kind.value);
  const met: Partial<Record<Need, string>> = {};
  if (data.design.value === 'closed') met.sealed = data.design.source;
  if (f.anc?.value) met.anc = f.anc.source;
  if (f.folds?.value) met.folds = f.folds.source;
  if (f.mic) met.mic = f.mic.source;
  if (f.mic?.value === 'boom') met['boom-mic'] = f.mic.source;
  if (kind && !inEar) met['all-day'] = kind.source;
  if (f.waterRating && sweatProof(f.waterRating.value)) met['sweat-rated'] = f.waterRating.source;
  if (kind && inEar) met.secure = kind.source;
  if (kind && inEar) met['no-velour'] = kind.source;
  else if (f.pads && f.pads.value !== 'velour') met['no-velour'] = f.pads.source;
  if (f.attenuation) met.attenuation = f.attenuation.source;
  if (f.swivel?.value) met.swivel = f.swivel.source;
  if (f.wireless && !f.wireless.value) met.wired = f.wireless.source;
  return met;
}
