// Vesicle sources from the source rules' matches (taxonomy v2, 'sources'): a named MSC tissue
// outranks "MSC" unspecified, and a review that only lists kinds of source as examples covers
// vesicles in general. Pure.

import type { Design, Source } from '../types.ts';
import { SOURCES } from '../types.ts';
import { CELLS_MEDIUM, type Rule, type RuleSet } from './rules.ts';
import { inBackground, inScopeOf, matchAt, matchField, sentenceOf, soleSentence, type Found, type Match } from './match.ts';
import { matchesOf, NOSTOP, sentenceAt, type FieldName, type FieldText, type RecordText } from './text.ts';
import { abbreviations } from './asides.ts';
import { PAPER_SCOPE, PRIMARY_DESIGNS } from './design.ts';

const SPECIFIC_MSC: Source[] = ['adipose_msc', 'umbilical_cord_msc', 'bone_marrow_msc', 'placental'];
// ConText categories of what other studies did or may do.
const OTHER_STUDIES = new Set(['historical', 'hypothetical']);
const EXAMPLES = /\b(?:various|different|diverse|multiple|numerous|many|several|variety|such\s+as|including|e\.g\.)/i;
// A systematic review's own data: the studies it included.
const INCLUDED = new RegExp(`\\b(?:studies|trials|reports|articles)\\b${NOSTOP}*\\b(?:were|was)\\s+included\\b|\\bincluded\\s+(?:studies|trials)\\b`, 'i');
// What a study did with its vesicles: a sentence saying it is about them, not about vesicles in general. Not "were" in a
// relative clause that describes vesicles in general ("vesicles that were derived from various cells such as ...").
const DONE = /\b(?:we|our)\b|\b(?<!\b(?:that|which)\s+)(?:were|was)\b/i;
// A primary paper's own review part ("we first review how exosomes from C. acnes and sebocytes shape acne"): others' sources.
const REVIEW_PART = /\b(?:we|this\s+(?:paper|article))\s+(?:first\s+|briefly\s+|also\s+)?(?:review|summari[sz]e)\b/i;
// What cells do in general, as a background says it, in the present and with no word of what was done (DONE): "Mesenchymal
// stem cells from bone marrow and umbilical cord secrete exosomes that promote repair".
const CELLS_DO = /\b(?:secrete|release|produce|shed)\s+(?:[\w-]+\s+){0,2}?(?:exosomes|exos|s?EVs|extracellular\s+vesicles|vesicles)\b/i;
const generally = (sentence: string) => CELLS_DO.test(sentence) && !DONE.test(sentence);

// Sources that may name only where vesicles were found, and the body fluids that would.
const FOUND_IN: Source[] = ['blood_immune', 'other'];
const FLUID = /\b(?:serum|sera|plasma|blood|urine|urinary|saliva|salivary|stool|fa?eces|fecal|faecal|sweat|tears?|breath)\b/i;
/** The sentence (or title, keyword) a match lies in, as a key. */
const where = (text: RecordText, m: Match) => `${m.field}:${sentenceAt(text[m.field as FieldName], m.start).start}`;

// "... were cultured" after a source term and the rest of the cells' name ("adipose|-derived stem cells (ADSCs) were
// cultured"), and a sentence that collects vesicles from a medium it does not name as another's.
const WERE_CULTURED = /^(?:[\s-]+(?!(?:were|was|and|or|with|from|of|in|on|to)\b)[\w()/'-]+){0,6}?\s+(?:\([^()]{1,30}\)\s+)?(?:were|was)\s+(?:\w+\s+)?(?:cultured|grown|expanded|maintained|starved)\b/i;
const FROM_MEDIUM = new RegExp(String.raw`\b(?:were|was)\s+(?:then\s+|subsequently\s+)?(?:collected|isolated|purified|harvested|obtained|extracted|enriched|separated|concentrated)\s+from\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?${CELLS_MEDIUM}`, 'i');

/** Where a source rule's own terms (its prefilter) occur in a field, between `from` and `to`, as matches of that rule. */
function termMatches(rule: Rule, field: FieldName, f: FieldText, from = 0, to = f.text.length): Match[] {
  return matchesOf(rule.prefilter!.regex, f.text.slice(from, to)).flatMap((m) => (m[0] ? [matchAt(rule, field, f, from + m.index, from + m.index + m[0].length)] : []));
}

/** The sources named as cells cultured in the sentence before one that collects vesicles from their medium, each with its match. */
function culturedBefore(rules: RuleSet, text: RecordText): [Source, Match][] {
  const f = text.abstract;
  const out: [Source, Match][] = [];
  for (let k = 1; k < f.sentences.length; k++) {
    const sentence = f.text.slice(f.sentences[k].start, f.sentences[k].end);
    rules.vesicles.regex.lastIndex = 0;
    if (!FROM_MEDIUM.test(sentence) || !rules.vesicles.regex.test(sentence)) continue;
    const before = f.sentences[k - 1];
    for (const rule of rules.byField.sources) {
      if (!rule.prefilter) continue;
      for (const m of termMatches(rule, 'abstract', f, before.start, before.end))
        if (WERE_CULTURED.test(f.text.slice(m.end, before.end))) out.push([rule.value as Source, m]);
    }
  }
  return out;
}

// What makes a tissue's name that of stem or stromal cells: the cells' word in it or after it, or an abbreviation that ends in one (BMSCs).
const STEM_CELLS_AFTER = /^[\s-]+(?:[\w-]+[\s-]+){0,4}?(?:mesenchymal|stem|stromal|MSCs?)\b/i;
// An "MSC" match that names its tissue, other than the four of their own codes ("gingival MSCs", "GMSC-derived exosomes").
const TISSUE_NAMED = /\b(?:gingiva\w*|dental|pulp|menstrual|foreskin|synovi\w*|urine|urinary|periodontal|papilla|endometri\w*|olfactory|pluripotent|iPSCs?|muscle|dermal|skin|hair|tonsil\w*|deciduous|exfoliated|SHED|jaw)\b|\b(?![hrm]MSC)[A-Za-z]{1,4}-?MSCs?\b/;
const PLURIPOTENT = /\b(?:pluripotent|iPSCs?|embryonic|h?ESCs?)\b/i;
const STEM_CELL_NAME = /\b(?:[Mm]esenchymal|[Ss]tem|[Ss]tromal)\b|SCs?\w*$/;

/** The MSC tissues the title and abstract name as stem or stromal cells, each with its first match that `keep` allows. */
function usedMscTissues(rules: RuleSet, text: RecordText, keep: (m: Match) => boolean): [Source, Match][] {
  const out: [Source, Match][] = [];
  for (const rule of rules.byField.sources) {
    if (!rule.prefilter || !SPECIFIC_MSC.includes(rule.value as Source)) continue;
    const first = (['title', 'abstract'] as const)
      .flatMap((field) => {
        const f = text[field];
        return termMatches(rule, field, f).filter((m) => STEM_CELL_NAME.test(f.text.slice(m.start, m.end)) || STEM_CELLS_AFTER.test(f.text.slice(m.end, m.end + 60)));
      })
      .find(keep);
    if (first) out.push([rule.value as Source, first]);
  }
  return out;
}

/**
 * Whether a source's match names it only by a short form the abstract defines as something else: "human amniotic stem
 * cells (hASCs)" makes "hASCs exosomes" no adipose stem cells' vesicles, though ASC usually abbreviates those.
 */
function definedOtherwise(rules: RuleSet, text: RecordText): (source: Source, m: Match) => boolean {
  let defined: Map<string, string> | undefined;
  return (source, m) => {
    defined ??= new Map([...abbreviations(text.abstract.shown)].map(([short, long]) => [singular(short), long]));
    if (!defined.size) return false;
    const terms = rules.byField.sources.flatMap((r) => (r.value === source && r.prefilter ? [r.prefilter.regex] : []));
    const named = terms.flatMap((re) => matchesOf(re, m.snippet).map((x) => x[0])).filter(Boolean);
    return named.length > 0 && named.every((term) => {
      const long = defined!.get(singular(term));
      return long !== undefined && !terms.some((re) => matchesOf(re, long).some((x) => x[0]));
    });
  };
}
const singular = (shortForm: string) => shortForm.replace(/s$/, '').toLowerCase();

export interface SourceChoice {
  sources: Source[];
  found: Found;
  /** Sources left out as examples of vesicles in general (confidence.ts says so). */
  examplesOnly: Source[];
}

export function chooseSources(rules: RuleSet, text: RecordText, design: Design, keep: string | undefined): SourceChoice {
  const found = matchField(rules, 'sources', text, undefined, keep);
  // A source named only by a short form the abstract defines as other cells is not that source.
  const otherwise = definedOtherwise(rules, text);
  for (const [s, ms] of found) {
    const kept = ms.filter((m) => !otherwise(s as Source, m));
    if (kept.length) found.set(s, kept);
    else found.delete(s);
  }
  let sources = SOURCES.filter((s) => found.has(s));
  // In any paper but a review, a source named only in a structured abstract's background, in what earlier studies
  // did ("previous studies reported that exosomes from adipose stem cells ..."), in what cells do in general ("MSCs from
  // bone marrow secrete exosomes") or in what future ones may do
  // ("future studies should compare exosomes from ..."), beside one named in the title or the methods, is not
  // this study's. Named nowhere else, it is this study's too ("we previously reported that exosomes from adipose
  // stem cells ...; here, these exosomes ..."). A primary paper's own review part is set aside the same way. A
  // review's sources are what others used (keep = historical).
  if (design !== 'review') {
    const earlier = (m: Match) => {
      if (m.field !== 'abstract') return false;
      if (inBackground(text.abstract, m.start) || inScopeOf(text, rules, m, OTHER_STUDIES)) return true;
      const sentence = sentenceOf(text, m);
      return generally(sentence) || (PRIMARY_DESIGNS.includes(design) && REVIEW_PART.test(sentence));
    };
    const kept = sources.filter((s) => !found.get(s)!.every(earlier));
    if (kept.length) sources = kept;
  }
  // Vesicles that microbes made, found in a body fluid ("bacteria-derived EVs were isolated from the serum of patients",
  // "urinary microbiome-derived EVs"): the fluid is where they were found, not their source. A fluid named only in
  // sentences that name the microbial vesicles too gives no source of its own.
  if (sources.includes('microbial')) {
    const microbial = new Set(found.get('microbial')!.map((m) => where(text, m)));
    sources = sources.filter((s) => !FOUND_IN.includes(s) || !found.get(s)!.every((m) => FLUID.test(m.snippet) && microbial.has(where(text, m))));
  }
  // Cells cultured in one sentence and the vesicles collected from "the conditioned medium" in the next: the medium is
  // theirs. Sought only where no source, or "MSC" unspecified, was found.
  if (sources.length === 0 || (sources.length === 1 && sources[0] === 'msc_other')) {
    const cultured = culturedBefore(rules, text);
    for (const [s, m] of cultured) found.set(s, [...(found.get(s) ?? []), m]);
    const named = new Set(cultured.map(([s]) => s));
    sources = SOURCES.filter((s) => sources.includes(s) || named.has(s));
  }
  // "MSC" unspecified, where the record names the MSCs it used by their tissue and by no other ("the apoptosis of bone
  // marrow MSCs (BMMSCs) after transplantation ... apoptotic bodies derived from MSCs"): they are those. Not MSCs of a tissue
  // named only as what others did or what such cells do in general.
  if (PRIMARY_DESIGNS.includes(design) && sources.length === 1 && sources[0] === 'msc_other' && !found.get('msc_other')!.some((m) => TISSUE_NAMED.test(m.snippet))) {
    const used = usedMscTissues(rules, text, (m) => !inScopeOf(text, rules, m, OTHER_STUDIES) && !generally(sentenceOf(text, m)) && (m.field !== 'abstract' || !inBackground(text.abstract, m.start) || DONE.test(sentenceOf(text, m))));
    if (used.length === 1) {
      found.set(used[0][0], [used[0][1]]);
      sources = [used[0][0]];
    }
  }
  // "MSC" unspecified gives way to a named MSC tissue.
  if (sources.some((s) => SPECIFIC_MSC.includes(s))) sources = sources.filter((s) => s !== 'msc_other');
  // Pluripotent cells named as the source in the title alone, where the abstract's vesicles came from cells made from them
  // ("iPSC-derived exosomes" in the title, "exosomes from iPSC-derived mesenchymal stem cells" in the abstract): the
  // title's short name is those cells'.
  if (sources.includes('stem_cell_other') && found.get('stem_cell_other')!.every((m) => m.field === 'title' && PLURIPOTENT.test(m.snippet))) {
    const madeFrom = (['msc_other', 'skin_cell'] as const).some((s) => found.get(s)?.some((m) => m.field === 'abstract' && PLURIPOTENT.test(m.snippet)));
    if (madeFrom) sources = sources.filter((s) => s !== 'stem_cell_other');
  }
  // A review or other non-primary paper that names three or more kinds of source in one sentence of its
  // abstract, and none in its title or keywords, covers vesicles in general (taxonomy v2: empty): they are
  // examples ("from various cells, including ...", "exosomes from MSCs, keratinocytes and plants have shown
  // ..."), unless that sentence says what the paper covers ("this review focuses on exosomes from ...", "eight studies of
  // exosomes from ... were included").
  // An examples word counts up to the last source named: in "we summarize the evidence for exosomes from MSCs, plants
  // and platelets, and discuss concerns including contamination" the list is the paper's scope.
  if (!PRIMARY_DESIGNS.includes(design) && sources.length >= 3) {
    const ms = sources.flatMap((s) => found.get(s)!);
    const one = soleSentence(text, ms);
    const sentence = one ? text.abstract.text.slice(one.start, one.end) : '';
    const listed = one ? text.abstract.text.slice(one.start, Math.max(...ms.map((m) => m.end))) : '';
    if (one && (EXAMPLES.test(listed) || !(PAPER_SCOPE.test(sentence) || INCLUDED.test(sentence)))) return { sources: [], found, examplesOnly: sources };
  }
  // A primary paper's general sentence of that kind, naming two or more ("exosomes, derived from various cells such as
  // ..., exhibit potential"), with no word of what was done in it (we, were, was), names no source of its own vesicles:
  // a source named only in such sentences is left out.
  if (PRIMARY_DESIGNS.includes(design) && sources.length >= 2) {
    // Each source's sentences (null: a match outside the abstract), and how many sources each general sentence names.
    const sentencesOf = new Map(sources.map((s) => [s, found.get(s)!.map((m) => (m.field === 'abstract' ? sentenceOf(text, m) : null))]));
    const named = new Map<string, number>();
    for (const list of sentencesOf.values())
      for (const sentence of new Set(list))
        if (sentence !== null && EXAMPLES.test(sentence) && !DONE.test(sentence)) named.set(sentence, (named.get(sentence) ?? 0) + 1);
    const examplesOnly = sources.filter((s) => sentencesOf.get(s)!.every((sentence) => sentence !== null && (named.get(sentence) ?? 0) >= 2));
    if (examplesOnly.length) return { sources: sources.filter((s) => !examplesOnly.includes(s)), found, examplesOnly };
  }
  return { sources, found, examplesOnly: [] };
}
