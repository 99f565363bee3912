// Claims first: one section per indication (the claim a writer starts from),
// its studies strongest tier first, and a certainty for each claim in the
// manner of GRADE. The starting level comes from the best human evidence
// (randomized: high; controlled, not randomized: low; uncontrolled: very
// low; only animal or in-vitro studies: "no human evidence", not a grade),
// then steps down one level for each of: no blinding stated, few people
// (fewer than 100 in all at that level), a single study, and every human
// study tied to a commercial product or its maker. Pure.

import type { Indication } from '../types.ts';
import { INDICATIONS } from '../types.ts';
import { tierOf, type Study, type Tier } from './study.ts';

export const LEVELS = ['high', 'moderate', 'low', 'very low'] as const;
export type Certainty = (typeof LEVELS)[number] | 'no human evidence';

export interface ClaimRating {
  certainty: Certainty;
  /** The words beside the grade: what it starts from and each step down. */
  reasons: string[];
}

export interface Claim {
  indication: Indication;
  studies: Study[];
  counts: Record<Tier, number>;
  /** People in the claim's human studies (those stating N). */
  people: number;
  rating: ClaimRating;
  /** Share of the claim's primary studies whose vesicles were characterized at all. */
  characterized: number;
}

const TIER_ORDER: Tier[] = ['rct', 'pilot', 'animal', 'in_vitro'];
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The certainty of one claim from its studies, with its reasons in words. */
export function rateClaim(studies: Study[]): ClaimRating {
  const human = studies.filter((s) => tierOf(s.labels.design) === 'rct' || tierOf(s.labels.design) === 'pilot');
  const rcts = human.filter((s) => s.labels.design === 'rct');
  const controlled = human.filter((s) => s.labels.design === 'human_controlled');
  const [start, base, what] =
    rcts.length ? (['high', rcts, plural(rcts.length, 'RCT')] as const)
    : controlled.length ? (['low', controlled, plural(controlled.length, 'controlled non-randomized study', 'controlled non-randomized studies')] as const)
    : human.length ? (['very low', human, plural(human.length, 'uncontrolled study', 'uncontrolled studies')] as const)
    : (['no human evidence', [], ''] as const);
  if (start === 'no human evidence') {
    const lab = studies.length;
    return { certainty: 'no human evidence', reasons: [`only animal or in-vitro studies (${plural(lab, 'study', 'studies')})`] };
  }
  const people = base.reduce((n, s) => n + (s.labels.sampleSize ?? 0), 0);
  const reasons = [`${what}, ${people} people in all${base.some((s) => s.labels.sampleSize === null) ? ' (not every study states N)' : ''}`];
  let level = LEVELS.indexOf(start);
  const down = (why: string) => {
    level = Math.min(level + 1, LEVELS.length - 1);
    reasons.push(why);
  };
  if (!base.some((s) => s.details.blinding === 'single' || s.details.blinding === 'double')) down('no blinding stated');
  if (people < 100) down(`few people (fewer than 100${start === 'high' ? ' randomized' : ''})`);
  if (base.length === 1) down('a single study');
  if (human.every((s) => s.details.commercial_product || s.details.industry_ties))
    down(human.length === 1 ? 'of a commercial product or its maker' : `${human.length === 2 ? 'both' : 'all'} of a commercial product or its maker`);
  return { certainty: LEVELS[level], reasons };
}

export function buildClaims(studies: Study[]): Claim[] {
  const out: Claim[] = [];
  for (const indication of INDICATIONS) {
    const mine = studies
      .filter((s) => s.labels.indications.includes(indication) && tierOf(s.labels.design))
      .sort((a, b) => TIER_ORDER.indexOf(tierOf(a.labels.design)!) - TIER_ORDER.indexOf(tierOf(b.labels.design)!) || (b.year ?? 0) - (a.year ?? 0) || Number(a.pmid) - Number(b.pmid));
    if (!mine.length) continue;
    const counts = { rct: 0, pilot: 0, animal: 0, in_vitro: 0 } as Record<Tier, number>;
    for (const s of mine) counts[tierOf(s.labels.design)!]++;
    const human = mine.filter((s) => s.labels.design === 'rct' || tierOf(s.labels.design) === 'pilot');
    out.push({
      indication,
      studies: mine,
      counts,
      people: human.reduce((n, s) => n + (s.labels.sampleSize ?? 0), 0),
      rating: rateClaim(mine),
      characterized: mine.filter((s) => s.details.ev_characterization.length > 0).length / mine.length,
    });
  }
  return out;
}
