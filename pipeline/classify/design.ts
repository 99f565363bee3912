// Study design from the design rules' cues. Each design scores its strongest
// cue (weight 1 weak ... 5 decisive). The taxonomy's precedence then decides:
// rct > human_controlled > human_uncontrolled > animal > in_vitro, and primary
// data outrank a review only when their cue is at least as strong as the
// review's (a case report with a review of the literature is a case report).
// The choice keeps every design's best cue and says how it was reached, so
// confidence.ts can tell a clear decision from a close or a fallen-back one.

import type { Design, DesignCue, Evidence } from '../types.ts';
import { sentenceOf, toEvidence, type Match } from './match.ts';
import type { RecordText } from './text.ts';

/** Designs with primary data, strongest first. */
export const PRIMARY_DESIGNS: Design[] = ['rct', 'human_controlled', 'human_uncontrolled', 'animal', 'in_vitro'];
export const HUMAN_DESIGNS: Design[] = ['rct', 'human_controlled', 'human_uncontrolled'];
/** A sentence in which a review or other paper says what it covers ("this review focuses on", "we summarize"). */
export const PAPER_SCOPE = /\b(?:this|the\s+present|our)\s+(?:\w+\s+)?(?:review|article|paper|chapter|overview)\b|\bwe\s+(?:\w+\s+)?(?:review|summari[sz]e|discuss|focus|overview|describe)|\bfocus(?:es|ed)?\s+on\b/i;
/** Whether a match lies in such a sentence of the abstract. */
export const inPaperScope = (text: RecordText, m: Match) => m.field === 'abstract' && PAPER_SCOPE.test(sentenceOf(text, m));

/** How the design was reached: by a cue, or by a fallback when no cue was strong enough. */
export type DesignPath = 'cue' | 'weak-cue' | 'samples' | 'voice' | 'no-cue';

export interface DesignChoice {
  design: Design;
  evidence: Evidence[];
  path: DesignPath;
  /** Each design's score as it counted (a human tier can count 0 where its cue was overruled). */
  scores: Record<string, number>;
  cues: DesignCue[];
  /** Every cue found, by design: confidence.ts reads which kinds of cue stand behind a tier. */
  found: Map<string, Match[]>;
  /** Vesicles only measured in people's samples, none given to anyone. */
  samplesOnly: boolean;
}

// A title that comments on, answers or corrects another paper quotes that paper's title ('Re: "... a split-face
// trial"'): the design words of such a title are the other paper's, not this record's.
const REPLY_TITLE = 'design.other.reply-title';
// Sides, halves and paired sites are compared (and randomized) in animals too ("exosomes into the scars of one ear and PBS into the other").
const SPLIT_RULES = new Set(['design.human_controlled.split-body', 'design.human_controlled.halves', 'design.rct.randomized-side']);
/** The cues kept by `keep`, without designs left with none. */
function keepCues(found: Map<string, Match[]>, keep: (design: string, m: Match) => boolean): Map<string, Match[]> {
  const kept = [...found].map(([d, ms]): [string, Match[]] => [d, ms.filter((m) => keep(d, m))]);
  return new Map(kept.filter(([, ms]) => ms.length));
}
function withoutQuotedTitle(found: Map<string, Match[]>): Map<string, Match[]> {
  if (!found.get('other')?.some((m) => m.rule === REPLY_TITLE)) return found;
  return keepCues(found, (d, m) => d === 'other' || m.field !== 'title');
}

// Three cues of treated people lean on other sentences. A sentence opening with "They" that gives them vesicles treats
// people only where nothing in the record is animals or cells the pronoun could stand for. People merely counted ("24
// adults with acne scars") or divided into groups ("Burn patients were allocated to two groups") were treated only
// where vesicles were given and no other cue names another design (animals, lab work, a review, treated people, a
// comparison strong enough alone) or the people's samples: a fallback for the abstract that says who and what in
// separate sentences, which also lets a weak comparison of groups count.
const PRONOUN_TREATED = 'design.human_uncontrolled.they-treated';
const NAMED_PEOPLE = new Set(['design.human_uncontrolled.counted-people', 'design.human_uncontrolled.grouped-people', 'design.human_uncontrolled.enrolled-people']);
function withoutLeaningCues(found: Map<string, Match[]>): Map<string, Match[]> {
  const atLeast = (d: string, w: number) => (found.get(d) ?? []).some((m) => m.weight >= w);
  const drop = new Set<string>();
  if (atLeast('animal', 2) || atLeast('in_vitro', 2)) drop.add(PRONOUN_TREATED);
  // The counted or grouped people stand in only where no other cue names another design, treated people or the people's samples.
  const alone = ['animal', 'in_vitro', 'review', 'other', 'human_samples'].every((d) => !found.has(d)) &&
    (found.get('human_uncontrolled') ?? []).every((m) => NAMED_PEOPLE.has(m.rule)) &&
    !atLeast('rct', 3) && !atLeast('human_controlled', 3);
  if (!alone || !found.has('vesicles_given')) for (const rule of NAMED_PEOPLE) drop.add(rule);
  if (!found.get('human_uncontrolled')?.some((m) => drop.has(m.rule))) return found;
  return keepCues(found, (_, m) => !drop.has(m.rule));
}

// Controls treated before the study's people, named anywhere in the record ("historical cohort"), are those its
// comparisons with counted people are made with: no concurrent control (taxonomy v2), so those comparisons are set
// aside. A side or site compared within each person, and a publication type, are not theirs.
function withoutHistoricalComparisons(found: Map<string, Match[]>): Map<string, Match[]> {
  if (!found.has('historical_controls') || !found.has('human_controlled')) return found;
  return keepCues(found, (d, m) => d !== 'human_controlled' || SPLIT_RULES.has(m.rule) || m.field === 'publicationTypes');
}

export function chooseDesign(all: Map<string, Match[]>): DesignChoice {
  const found = withoutLeaningCues(withoutHistoricalComparisons(withoutQuotedTitle(all)));
  const score = (d: string) => Math.max(0, ...(found.get(d) ?? []).map((m) => m.weight));

  // Comparisons between people only count where people were treated at all, or the cue is itself strong
  // (a randomized title, a split-face design, a trial publication type).
  // People counted or grouped where vesicles were given were treated too ("conducted on 40 patients ... group I
  // received microneedling with exosomes and group II ..."): those cues survive only there.
  const treatedPeople = score('human_uncontrolled') >= 2 || (found.get('human_uncontrolled') ?? []).some((m) => NAMED_PEOPLE.has(m.rule));
  // Vesicles only measured in people's samples (serum, urine, wound fluid) do not make a human study:
  // people count as treated only when they receive vesicles.
  const samplesOnly = score('human_samples') >= 2 && score('vesicles_given') === 0;
  // Whether the title names animals treated, or cells or a skin model worked on (a cue of weight 2 or more there).
  const titled = (tier: Design) => (found.get(tier) ?? []).some((m) => m.field === 'title' && m.weight >= 2);
  const [animalsTitled, labTitled] = [titled('animal'), titled('in_vitro')];
  const tierScore = (d: Design) => {
    const s = score(d);
    if (samplesOnly && HUMAN_DESIGNS.includes(d)) return 0;
    if ((d === 'rct' || d === 'human_controlled') && s < 3 && !treatedPeople) return 0;
    // A split design in a record that treats animals and names no treated people is the animals'.
    if ((d === 'human_controlled' || d === 'rct') && !treatedPeople && score('animal') >= 2 && (found.get(d) ?? []).every((m) => SPLIT_RULES.has(m.rule))) return 0;
    // So is a trial named only by its publication type or title where the title names animals treated and the
    // abstract no person ("... distal limb wounds in horses: a randomized clinical trial"); and a title's
    // "vehicle-controlled" where the title names cells or a skin model ("... in reconstructed human epidermis").
    if (HUMAN_DESIGNS.includes(d) && score('human_uncontrolled') === 0) {
      const cues = found.get(d) ?? [];
      if (animalsTitled && cues.every((m) => m.field === 'title' || m.field === 'publicationTypes')) return 0;
      if (labTitled && cues.every((m) => m.field === 'title')) return 0;
    }
    return s;
  };
  const scores: Record<string, number> = {};
  for (const d of [...PRIMARY_DESIGNS, 'review', 'other'] as Design[]) scores[d] = PRIMARY_DESIGNS.includes(d) ? tierScore(d) : score(d);
  const cues: DesignCue[] = [...found.entries()]
    .map(([design, ms]) => {
      const best = ms.reduce((a, b) => (b.weight > a.weight ? b : a));
      return { design, weight: best.weight, rule: best.rule, snippet: best.snippet };
    })
    .sort((a, b) => b.weight - a.weight || a.design.localeCompare(b.design));

  const pick = (design: Design, path: DesignPath, cue: string = design): DesignChoice => ({
    design,
    path,
    scores,
    cues,
    found,
    samplesOnly,
    evidence: (found.get(cue) ?? [])
      .slice()
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 3)
      .map((m) => toEvidence([m])[0]),
  });
  const humanBest = Math.max(...HUMAN_DESIGNS.map(tierScore));
  const primaryBest = Math.max(...PRIMARY_DESIGNS.map(tierScore));

  // A protocol (5) reports nothing done yet; news, editorials, letters (4) are other unless the text reports strong primary data.
  if (score('other') >= 5 || (score('other') >= 4 && primaryBest < 3)) return pick('other', 'cue');

  const review = score('review');
  if (review >= 2) {
    if (humanBest >= review) return pick(HUMAN_DESIGNS.find((d) => tierScore(d) >= 2)!, 'cue');
    return pick('review', 'cue');
  }
  for (const d of PRIMARY_DESIGNS) if (tierScore(d) >= 2) return pick(d, 'cue');
  if (review >= 1 && score('primary_research') === 0) return pick('review', 'weak-cue');
  if (score('other') >= 2) return pick('other', 'cue');
  if (samplesOnly) return pick('other', 'samples', 'human_samples');
  for (const d of PRIMARY_DESIGNS) if (tierScore(d) >= 1) return pick(d, 'weak-cue');
  if (review >= 1) return pick('review', 'weak-cue');
  // No cue at all: an abstract in the authors' own voice is some other kind of primary paper; one without is a review.
  return score('primary_research') ? pick('other', 'voice', 'primary_research') : pick('review', 'no-cue');
}
