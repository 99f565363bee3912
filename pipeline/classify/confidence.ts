// Confidence of each label: `high`, or `low` with a reason a person can check.
// Most wrong labels can be seen coming: two design tiers whose cues are within
// one weight step, a winning cue that is weak, the author-voice fallback,
// sample-size candidates that score close together, and a value named once,
// in the body of the abstract only. Pure: the classifier's findings in,
// confidences out.

import { HIGH_CONFIDENCE as HIGH, type Confidence, type Design, type Labels } from '../types.ts';
import { beyondAbstract, type Match } from './match.ts';
import { HUMAN_DESIGNS, PRIMARY_DESIGNS, type DesignChoice } from './design.ts';
import { ARMS_GIVEN, type SampleSizeResult } from './sample-size.ts';

export const low = (reason: string): Confidence => ({ level: 'low', reason });

const NAMES: Record<string, string> = {
  rct: 'randomized-trial', human_controlled: 'controlled-study', human_uncontrolled: 'treated-people', animal: 'animal',
  in_vitro: 'in-vitro', review: 'review', other: 'other-paper', human_samples: 'human-samples',
};
const quote = (s: string) => `"${s.length > 60 ? `${s.slice(0, 57)}...` : s}"`;

export function designConfidence(c: DesignChoice, hasVesicles: boolean): Confidence {
  const cue = (d: string) => c.cues.find((x) => x.design === d);
  const raw = (d: string) => cue(d)?.weight ?? 0;
  const d = c.design;
  if (c.path === 'voice') return low('no design cue: taken for an other paper because the abstract speaks in the authors\' voice');
  if (c.path === 'no-cue') return low('no design cue at all: taken for a review');
  if (c.path === 'weak-cue') return low(`only a weak ${NAMES[d]} cue ${quote(cue(d)?.snippet ?? '')}`);
  if (c.path === 'samples') {
    const human = HUMAN_DESIGNS.map(cue).find((x) => x && x.weight >= 2);
    return human ? low(`people named as treated (${quote(human.snippet)}), but vesicles only measured in their samples`) : HIGH;
  }
  const win = raw(d);
  const rivals = PRIMARY_DESIGNS.includes(d) ? ['review', 'other'] : [...PRIMARY_DESIGNS.filter((p) => c.scores[p] > 0), ...(d === 'review' ? ['other'] : ['review'])];
  for (const r of rivals) {
    const w = r === 'review' || r === 'other' ? raw(r) : c.scores[r];
    // Weight-2 'other' cues (a characterization method, a survey) sit in many primary papers: only a strong one is a rival.
    const floor = r === 'other' && PRIMARY_DESIGNS.includes(d) ? 3 : 2;
    if (r !== d && w >= floor && w >= win - 1) return low(`${NAMES[d]} cue (weight ${win}) and ${NAMES[r]} cue ${quote(cue(r)!.snippet)} (weight ${w}) within one step`);
  }
  // A letter, comment or review that names people treated may report them: primary data outrank it.
  const treated = HUMAN_DESIGNS.find((h) => c.scores[h] >= 2);
  if (!PRIMARY_DESIGNS.includes(d) && treated) return low(`${NAMES[d]} (weight ${win}), though people are named as treated ${quote(cue(treated)?.snippet ?? '')}`);
  // A weaker cue of a higher tier lost only on strength; the taxonomy's precedence would have taken it.
  const above = PRIMARY_DESIGNS.slice(0, PRIMARY_DESIGNS.indexOf(d)).find((p) => c.scores[p] > 0);
  if (above) return low(`${NAMES[d]} cue (weight ${win}) taken over a weaker ${NAMES[above]} cue ${quote(cue(above)?.snippet ?? '')}`);
  if (HUMAN_DESIGNS.includes(d) && win <= 2) return low(`weak ${NAMES[d]} cue ${quote(cue(d)?.snippet ?? '')}`);
  // People count as treated only when they receive vesicles (taxonomy v2); a human tier with no sentence
  // saying so may be a study of a drug, a device or the people's samples. Publication types settle it.
  if (HUMAN_DESIGNS.includes(d) && hasVesicles && win < 4 && !c.found.has('vesicles_given'))
    return low(`people named as treated (${quote(cue(d)?.snippet ?? '')}), but no sentence says they received vesicles`);
  // A human tier from one sentence of the abstract ("patients received pembrolizumab") is easily another study's
  // treatment or a background remark; trials say what people got more than once, or in the title or type.
  const humanCues = HUMAN_DESIGNS.flatMap((h) => c.found.get(h) ?? []);
  if (HUMAN_DESIGNS.includes(d) && win <= 3 && humanCues.length === 1 && humanCues[0].field === 'abstract')
    return low(`one sentence names people treated (${quote(humanCues[0].snippet)})`);
  return HIGH;
}

export function sampleSizeConfidence(n: SampleSizeResult, labels: Labels): Confidence {
  if (labels.design === 'animal' && n.evidence[0]?.rule === ARMS_GIVEN) return low(`a count per group times the arms named as given (${quote(n.evidence[0].snippet)}): a group given neither may go unnamed`);
  if (!HUMAN_DESIGNS.includes(labels.design)) return HIGH;
  if (n.value === null) return low('no count of people found');
  const [best, ...rest] = n.candidates;
  // Among close scores the larger count wins (parts are smaller than the whole): a larger count that lost is the doubt.
  const rival = rest.find((c) => c.value > best.value && c.score >= best.score - 1);
  if (rival) return low(`two candidate sizes: ${best.value} (${quote(best.snippet)}) and ${rival.value} (${quote(rival.snippet)})`);
  if (best.score <= 0) return low(`only a weak count: ${quote(best.snippet)}`);
  return HIGH;
}

/** A set label is low when one of its values rests on a single mention in the body of the abstract. */
export function setConfidence(values: readonly string[], found: Map<string, Match[]>): Confidence {
  const once = values.filter((v) => {
    const ms = found.get(v);
    return ms !== undefined && ms.length === 1 && ms[0].field === 'abstract';
  });
  return once.length ? low(`${once.join(', ')} named once, in the abstract only (${quote(found.get(once[0])![0].snippet)})`) : HIGH;
}

/**
 * Indications: as setConfidence, and low too when a primary study's title names some of them and the
 * abstract alone the others. The title says what a study treats; a condition met only in the abstract
 * beside it is often the model or a measure on the way ("an excisional wound model" in a scar study).
 * On the held-out third of the dev corpus this marked three wrong labels for one right one.
 */
export function indicationConfidence(
  values: readonly string[],
  found: Map<string, Match[]>,
  design: Design,
  { proposedOnly = false, unnamed = null, organOnly = false }: { proposedOnly?: boolean; unnamed?: string | null; organOnly?: boolean } = {},
): Confidence {
  if (proposedOnly && values.length) return low(`${values.join(', ')} named only as a use the study proposes, not as its aim or model`);
  if (organOnly) return low(`other for the organ the title names (${quote(found.get('other')?.[0]?.snippet ?? '')}); no condition named`);
  // A primary study says whom it treats ("patients with actinic keratosis"): no indication found there is a condition no rule knows.
  if (!values.length && unnamed && PRIMARY_DESIGNS.includes(design)) return low(`none found, though the study names a condition (${quote(unnamed)})`);
  // A primary study nearly always targets a condition (every lab and animal study of the dev corpus names one): none found is a doubt.
  if (!values.length && PRIMARY_DESIGNS.includes(design)) return low('none found, though a primary study nearly always targets a condition');
  const set = setConfidence(values, found);
  if (set.level === 'low' || !PRIMARY_DESIGNS.includes(design)) return set;
  // Left out though the abstract names it more than once: taken for an outcome, background or part of another
  // condition, where it may be a second target.
  const dropped = [...found.keys()].filter((k) => !values.includes(k) && found.get(k)!.length > 1 && !beyondAbstract(found.get(k)));
  if (dropped.length) return low(`${dropped.join(', ')} left out, though the abstract names it more than once (taken for an outcome, background or part of another condition)`);
  const titled = values.filter((v) => beyondAbstract(found.get(v)));
  const untitled = values.filter((v) => !titled.includes(v));
  return titled.length && untitled.length ? low(`${untitled.join(', ')} named in the abstract only, beside ${titled.join(', ')} in the title or keywords`) : HIGH;
}

/**
 * Sources: as setConfidence, and low too for a review or other non-primary paper naming a source in its
 * abstract only. Such a paper is coded with the sources it is about (taxonomy v2), and an abstract
 * surveying vesicles names sources as examples ("derived from various cells such as...").
 */
export function sourceConfidence(
  values: readonly string[],
  found: Map<string, Match[]>,
  design: Design,
  { examplesOnly = [], hasVesicles = true }: { examplesOnly?: readonly string[]; hasVesicles?: boolean } = {},
): Confidence {
  if (examplesOnly.length)
    return low(`${examplesOnly.join(', ')} named together in one sentence of the abstract only: taken for examples, ${values.length ? `not the source of this study's vesicles (${values.join(', ')})` : 'the paper for vesicles in general'}`);
  // Lab and animal studies of vesicles make or buy them, and say from what (every one of the dev corpus does).
  if (!values.length && hasVesicles && (design === 'in_vitro' || design === 'animal')) return low('none found, though a lab or animal study nearly always says where its vesicles come from');
  const set = setConfidence(values, found);
  if (set.level === 'low' || PRIMARY_DESIGNS.includes(design)) return set;
  const untitled = values.filter((v) => !beyondAbstract(found.get(v)));
  return untitled.length ? low(`a ${design === 'review' ? 'review' : 'non-primary paper'} is coded with the sources it is about; ${untitled.join(', ')} only in its abstract`) : HIGH;
}

/** `supposed`: vesicle mentions set aside (as a supposed mechanism only, or named only in the keywords), in a record with a skin context. */
export function relevanceConfidence(relevant: boolean, found: Map<string, Match[]>, supposed: Match[] = []): Confidence {
  if (!relevant) {
    if (!supposed.length) return HIGH;
    const where = supposed.every((m) => m.field === 'keywords') ? 'in the keywords' : 'as a possible mechanism';
    return low(`vesicles named only ${where} (${quote(supposed[0].snippet)})`);
  }
  for (const [cue, what] of [['skin_context', 'skin context'], ['vesicle', 'vesicles']] as const) {
    const ms = found.get(cue)!;
    if (ms.length === 1 && ms[0].field === 'abstract') return low(`${what} named once, in the abstract only (${quote(ms[0].snippet)})`);
  }
  return HIGH;
}
