// Study design from the design rules' cues. Each design scores its strongest
// cue (weight 1 weak ... 5 decisive). The taxonomy's precedence then decides:
// rct > human_controlled > human_uncontrolled > animal > in_vitro, and primary
// data outrank a review only when their cue is at least as strong as the
// review's (a case report with a review of the literature is a case report).

import type { Design, Evidence } from '../types.ts';
import type { Match } from './rules.ts';

/** Designs with primary data, strongest first. */
export const PRIMARY_DESIGNS: Design[] = ['rct', 'human_controlled', 'human_uncontrolled', 'animal', 'in_vitro'];
const HUMAN: Design[] = ['rct', 'human_controlled', 'human_uncontrolled'];

export interface DesignChoice {
  design: Design;
  evidence: Evidence[];
}

export function chooseDesign(found: Map<string, Match[]>): DesignChoice {
  const score = (d: string) => Math.max(0, ...(found.get(d) ?? []).map((m) => m.weight));
  const pick = (design: Design, cue: string = design): DesignChoice => ({
    design,
    evidence: (found.get(cue) ?? [])
      .slice()
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 3)
      .map(({ rule, field, start, end, snippet }) => ({ rule, field, start, end, snippet })),
  });

  // Comparisons between people only count where people were treated at all, or the cue is itself strong
  // (a randomized title, a split-face design, a trial publication type).
  const treatedPeople = score('human_uncontrolled') >= 2;
  // Vesicles only measured in people's samples (serum, urine, wound fluid) do not make a human study:
  // people count as treated only when they receive vesicles.
  const samplesOnly = score('human_samples') >= 2 && score('vesicles_given') === 0;
  const tierScore = (d: Design) => {
    const s = score(d);
    if (samplesOnly && HUMAN.includes(d)) return 0;
    if ((d === 'rct' || d === 'human_controlled') && s < 3 && !treatedPeople) return 0;
    return s;
  };
  const humanBest = Math.max(...HUMAN.map(tierScore));
  const primaryBest = Math.max(...PRIMARY_DESIGNS.map(tierScore));

  // A protocol (5) reports nothing done yet; news, editorials, letters (4) are other unless the text reports strong primary data.
  if (score('other') >= 5 || (score('other') >= 4 && primaryBest < 3)) return pick('other');

  const review = score('review');
  if (review >= 2) {
    if (humanBest >= review) return pick(HUMAN.find((d) => tierScore(d) >= 2)!);
    return pick('review');
  }
  for (const d of PRIMARY_DESIGNS) if (tierScore(d) >= 2) return pick(d);
  if (review >= 1 && score('primary_research') === 0) return pick('review');
  if (score('other') >= 2) return pick('other');
  if (samplesOnly) return pick('other', 'human_samples');
  for (const d of PRIMARY_DESIGNS) if (tierScore(d) >= 1) return pick(d);
  if (review >= 1) return pick('review');
  // No cue at all: an abstract in the authors' own voice is some other kind of primary paper; one without is a review.
  return pick(score('primary_research') ? 'other' : 'review');
}
