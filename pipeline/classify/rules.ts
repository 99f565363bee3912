// Loads the rule files of data/rules/ (one per label field), checks them against
// schemas/rules.schema.json, expands the shared lexicon's {MACROS}, and compiles
// every pattern once, with the anchors that let matching (match.ts) skip what
// cannot match.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadJson } from '../validate.ts';
import { UserError } from '../errors.ts';
import { DESIGNS, DETAIL_CUES, INDICATIONS, ROUTES, SOURCES, type LabelField } from '../types.ts';
import { NOSTOP, type FieldName } from './text.ts';
import { compileContext, type Context, type ContextSpec } from './context.ts';
import { AnchorIndex, anchors, conjunctAnchors, finder, type Finder } from './anchors.ts';
import { ROOT } from '../paths.ts';

export const RULES_DIR = resolve(ROOT, 'data/rules');

export type { LabelField };
/** The fields rule files give: the labels, and the study details beside them. */
export type RuleField = LabelField | 'details';

/** Codes a rule of each file may give. Relevance and sample size use concept names of their own. */
export const RULE_VALUES: Record<RuleField, readonly string[]> = {
  relevant: ['vesicle', 'skin_context', 'other_organ'],
  design: [...DESIGNS, 'primary_research', 'human_samples', 'vesicles_given', 'historical_controls'],
  sources: SOURCES,
  routes: ROUTES,
  indications: INDICATIONS,
  sample_size: ['human_subjects', 'animal_subjects', 'single_case'],
  details: DETAIL_CUES,
};

export interface RuleSpec {
  id: string;
  value: string;
  in: string[];
  phrases?: string[];
  patterns?: string[];
  caseSensitive?: boolean;
  /** Count a term only where it names what vesicles come from ("ADSC-derived exosomes", "EVs from milk"). */
  vesicleLinked?: boolean;
  /** Found only in the abstract, the rule counts from this many mentions on. */
  minMentions?: number;
  weight?: number;
  sentenceRequires?: string;
  sentenceExcludes?: string;
  /** Like sentenceExcludes, for the match's clause only (see clauseAround in match.ts). */
  clauseExcludes?: string;
  context?: boolean | string[];
  note?: string;
  examples: { match: string[]; noMatch: string[] };
}

export interface RuleFile {
  field: RuleField;
  description: string;
  rules: RuleSpec[];
}

export interface Rule extends Finder {
  id: string;
  field: RuleField;
  value: string;
  weight: number;
  where: { field: FieldName; section?: string }[];
  /** All the rule's phrases and patterns as one alternation: one pass over a text. */
  regex: RegExp;
  /** Literal strings of which one must occur for the rule to match (null: always run it). */
  anchors: Set<string> | null;
  /** The same as a group of the rule set's AnchorIndex (null: always run). */
  anchorGroup: number | null;
  /**
   * Per alternative of the rule's terms, anchors of which a sentence must hold one of each (null: none
   * derived, or a linked rule, whose match after a vesicle mention may run into the next sentence).
   */
  conjuncts: Set<string>[][] | null;
  /** The same as groups (see AnchorIndex.conjunctGroupsOf). */
  conjunctGroups: number[][] | null;
  /** Linked rules: the terms alone, whose presence in a sentence is checked first. */
  prefilter?: Finder;
  /** Linked source rules: "(derived) from ... <term>", tried right after each vesicle mention. */
  afterVesicle?: RegExp;
  /** What the sentence of a match must hold, or must not. */
  requires?: Finder;
  excludes?: Finder;
  /** What the clause of a match must not hold: tested on that clause alone, once a match is found. */
  clauseExcludes?: RegExp;
  /** ConText categories that cancel a match (negated, hypothetical, historical). */
  cancelledBy: Set<string>;
  spec: RuleSpec;
  file: string;
}

export interface RuleSet {
  rules: Rule[];
  byField: Record<RuleField, Rule[]>;
  context: Context;
  anchors: AnchorIndex;
  /** Vesicle mentions ({VES}), found once per text for the linked source rules. */
  vesicles: Finder;
  /** How a vesicle mention's link to its source begins (sticky): "derived from", "secreted by", "of". */
  vesicleLink: RegExp;
  /** Hash of every rule file and of the classifier's code: stored with each classification so a change of either is visible. */
  version: string;
}

const FIELDS: FieldName[] = ['title', 'abstract', 'keywords', 'publicationTypes', 'mesh', 'affiliations', 'coi', 'grants'];

/** A phrase is words; '*' stands for more word characters, a space for space or hyphen. */
export function phraseToRegex(phrase: string): string {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\w-]*'))
    .join('[\\s-]+');
  return `(?<![\\w-])${body}(?![\\w])`;
}

function expand(source: string, macros: Record<string, string>, where: string): string {
  return source.replace(/\{([A-Z_]+)\}/g, (_m, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new UserError(`${where}: unknown macro {${name}}`);
    return `(?:${body})`;
  });
}

function compile(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new UserError(`${where}: invalid regex: ${(e as Error).message}`);
  }
}

function parseWhere(w: string, where: string): { field: FieldName; section?: string } {
  const [f, section] = w.split(':');
  if (f === 'section') return { field: 'abstract', section: section.toUpperCase() };
  if (!FIELDS.includes(f as FieldName)) throw new UserError(`${where}: unknown place to look "${w}"`);
  return { field: f as FieldName };
}

// Words that, between a source term and a vesicle term, show the two are not linked
// ("keratinocytes treated with exosomes", "fibroblasts received exosomes", "membrane incorporating exosomes",
// "keratinocytes before S. aureus EV stimulation", "ginseng-fed mice release exosomes": the mice's, not the plant's).
const UNLINKED =
  '(?:treated|fed|supplemented|with|incubated|on|onto|into|to|by|in|and|or|stimulated|exposed|after|before|prior|during|following|upon|against|using|via|through|for|at|were|was|are|is|the|loaded|combined|containing|contains|encapsulat\\w*|incorporat\\w*|plus|versus|vs|than|internali[sz]ed|uptake|compared|received|receiving|receive|given|administered|applied|added|injected|took|take|taking)\\b';
// Verbs of effect end a "<vesicles> from ... <term>" link: in "exosomes from stem cells protect melanocytes"
// the melanocytes are the target, not the source. "Induced pluripotent" names cells, not an effect.
const EFFECT = '(?:protect|promot|inhibit|kill|destroy|eliminat|eradicat|lyse|shrink|attenuat|alleviat|regulat|upregulat|downregulat|reduc|enhanc|improv|accelerat|induc(?!ed[\\s-]+pluripotent)|suppress|increas|decreas|stimulat|activat|ameliorat|prevent|repair|restor|target|deliver|modulat|mediat|affect|rescu|revers|facilitat|boost|block|impair|aggravat|exacerbat|worsen|hinder|delay|disrupt|trigger|elicit|alter|shift|skew|polari[sz]|reprogram|educat|convert|turn(?=s?\\b|ed\\b|ing\\b)|switch|drive|rejuvenat|reliev|mitigat|counteract|strengthen|amplif|potentiat|dampen|abrogat|sensiti[sz]|abolish)\\w*';

// Cells "were engineered (induced, stimulated) to produce" vesicles are their source, though "were" and "to" end a link elsewhere.
const MADE_TO = '[\\s-]+(?:were|was)\\s+(?:[\\w-]+\\s+){1,2}?to\\s+(?:produce|secrete|release|shed|generate)\\w*(?:\\s+(?:small|large|more|fewer|engineered|functional))?';

// "Adipose stem cells were cultured, and their exosomes were injected": the cells are named, then their vesicles.
// Cells that others "were differentiated from" are not the ones whose vesicles follow: in "keratinocytes were
// differentiated from human iPSCs, and their exosomes" they are the keratinocytes'.
const THEIR = `(?<!\\b(?:differentiated|generated|made|produced)\\s+from\\s+(?:[\\w-]+\\s+){0,4}[\\w-]+)${NOSTOP}{0,80}?\\b(?:their|its)[\\s-]+(?:(?:secreted|released|own|small|large)[\\s-]+){0,2}`;

// A medium that cells were grown in, not named as another's ("the conditioned medium of ADSCs"): sources.ts reads it too.
export const CELLS_MEDIUM = String.raw`(?:conditioned\s+medi(?:um|a)|supernatants?|culture\s+medi(?:um|a)|medi(?:um|a))\b(?!\s+(?:of|from)\b)`;

// "Adipose stem cells were cultured in serum-free medium, and exosomes were collected from the conditioned medium": the
// medium is that of the cells cultured, so they are the vesicles' source; not where the medium is named as another's
// ("fibroblasts were cultured, and exosomes were isolated from the conditioned medium of ADSCs").
const CULTURED = `${NOSTOP}{0,80}?\\b(?:cultured|grown|expanded|maintained|starved)\\b${NOSTOP}{0,120}?\\b(?:{VES})(?:\\s+\\([\\w-]{1,15}\\))?\\s+(?:were|was)\\s+(?:then\\s+|subsequently\\s+)?(?:{LINKVERB})\\s+from\\s+(?:the\\s+|their\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?${CELLS_MEDIUM}`;

// "The conditioned medium of adipose stem cells was ultracentrifuged to obtain exosomes", "supernatants from keratinocytes
// were collected, and exosomes were isolated": the medium (supernatant, secretome) named with its cells, then worked up
// into the vesicles ("to obtain exosomes", "exosomes were isolated", "separated into an extracellular vesicle
// fraction"). Looked back for from the end of the term, so that only places where a term ends are tried.
const MEDIUM_OF = `(?<=\\b(?:conditioned\\s+medi(?:um|a)|supernatants?|culture\\s+medi(?:um|a)|secretomes?)\\s+(?:of|from)\\s+(?:the\\s+)?(?:[\\w()'-]+\\s+){0,5}?[\\w()'-]*)${NOSTOP}{0,40}?\\b(?:were|was)\\s+(?:\\w+\\s+)?(?:collected|ultracentrifuged|centrifuged|filtered|concentrated|used|processed|harvested|subjected|pooled|separated|fractionated)\\b${NOSTOP}{0,100}?(?:\\bto\\s+(?:obtain|isolate|purify|extract|collect|harvest|enrich|concentrate|pellet)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:{VES})|\\binto\\s+(?:an?\\s+|the\\s+)?(?:{VES})[\\s-]+(?:fractions?|pellets?)\\b|\\b(?:{VES})(?:\\s+\\([\\w-]{1,15}\\))?\\s+(?:were|was)\\s+(?:then\\s+|subsequently\\s+)?(?:{LINKVERB}))`;

// "Dermal fibroblasts were the source of the exosomes" and (in LINK) "the source of the exosomes was ...".
const SOURCE_OF = '(?:[\\s-]+[\\w-]+){0,2}?\\s+(?:was|were|is|are)\\s+(?:the|a|our)\\s+(?:[\\w-]+\\s+)?sources?\\s+of\\s+(?:the\\s+|these\\s+)?(?:[\\w-]+\\s+){0,2}?(?:{VES})';

// Cells named by what was done to them ("from activated platelets", "from regulatory T cells"): an effect word
// right after the link describes the source, where further on it ends the link.
const CONDITIONED = '(?:activated|stimulated|polari[sz]ed|primed|induced|preconditioned|pretreated|engineered|modified|regulatory|senescent|aged)\\s+';

// What vesicles serve as ends a link too: in "vesicles from lymph as markers of melanoma" the melanoma is what they mark.
const ROLE = '(?:markers?|biomarkers?|surrogates?|indicators?|predictors?|signatures?)\\b';

// A short phrase between the verb and "from": "produced on a large scale from", "isolated in our laboratory from",
// or an adverb: "isolated directly from".
const ON_SCALE = '(?:(?:in|at|on)\\s+(?:[\\w-]+\\s+){0,3}?|(?:directly|successfully|separately|freshly|then|subsequently|first|also)\\s+)?';

// How "exosomes (derived) from ... <term>", "EVs (from <term>)", "exosome powder (serum, cream) prepared from <term>",
// "exosome yield (secretion, release) from <term>" or "by <term>", "exosomes, which were isolated from <term>",
// "the exosome fraction of <term>", "exosome-enriched secretome of <term>", "exosome-enriched (autologous) plasma" (or
// platelet lysate, or <term> conditioned medium; not "exosome-enriched serum", a cosmetic serum), "exosomal miR-146a
// from <term>", "exosomes in (the) plasma of ...", "exosome-like vesicles from <term>", "exosomes, derived from <term>",
// "the exosomes used (in this study) were derived from <term>" or "the source of the exosomes was <term>"
// begins, whatever the term, an abbreviation in brackets allowed ("apoptotic vesicles (apoVs) were generated from"):
// where it does not follow a vesicle mention, no linked rule's tail can match there (match.ts checks it once per mention).
// Products named one by one after a comma link each to its source: "two exosome serums, one derived from adipose stem
// cells and one from rose stem cells".
// Vesicles "in" a body fluid ({FLUID}, two words at most before it: "in patients' serum") come from it; "in" anything
// else (the treatment of, wound healing) is no link.
const LINK =
  "(?:[\\s-]+(?:{VES_FORM}|like[\\s-]+(?:nano-?)?(?:vesicles?|particles?)|fractions?|(?:miR|miRNA|microRNA|lncRNA|circRNA|let)-[\\w-]+|(?:yields?|production|secretion|release)(?:\\s+and\\s+(?:function|activity|bioactivity|cargo|composition|potency))?))?(?:\\s+\\([A-Za-z][\\w-]{1,15}\\))?(?:[)\\]]?[\\s-]+\\(?|,\\s+(?:(?:one|each|the\\s+first)\\s+(?=(?:{LINKVERB}|{SECRETVERB})\\s+(?:from|by)\\s|from\\s)|(?=(?:which|that)\\s|(?:{LINKVERB}|{SECRETVERB})\\s+(?:from|by)\\s)))(?:(?:used|utili[sz]ed|applied|tested|administered|employed|studied|investigated|given|injected)(?:\\s+(?:in|for|during|throughout)\\s+(?:(?:the|this|our|each)\\s+)?(?:present\\s+|current\\s+)?(?:study|trial|work|research|experiments?|treatment|protocol|patients|sessions?))?\\s+(?=(?:were|was|are|is)\\s|(?:{LINKVERB})\\s))?(?:(?:were|was|are|is)\\s+|(?:which|that)\\s+(?:were|was|are|is|had\\s+been|have\\s+been)\\s+(?:(?:previously|first|then)\\s+)?(?=(?:{LINKVERB}|{SECRETVERB})\\s))?(?:(?:{LINKVERB})\\s+" + ON_SCALE + "(?:from|of|by)|(?:{SECRETVERB})\\s+" + ON_SCALE + "(?:from|by)|(?:was|were)(?<=\\bsources?\\s+of\\s+(?:the\\s+|these\\s+)?(?:[\\w-]+\\s+){0,2}?[\\w-]+[\\s-]+(?:was|were))|by(?<=(?:yields?|production|secretion|release)\\s+by)|from|of|in(?=\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:{FLUID})\\b)|in\\s+(?:the\\s+)?(?:conditioned\\s+medi(?:um|a)|culture\\s+(?:supernatants?|medi(?:um|a))|supernatants?|secretomes?)\\s+(?:of|from)|(?:enriched|rich)\\s+(?:secretomes?|conditioned\\s+medi(?:um|a)|fractions?|supernatants?)\\s+(?:of|from|derived\\s+from)|enriched(?=\\s+(?:[\\w-]+\\s+){0,2}?(?:{FLUID}|platelet|PRP)\\b(?<!\\bserum)|\\s+(?:[\\w-]+\\s+){1,5}?(?:conditioned\\s+medi(?:um|a)|secretomes?|culture\\s+(?:supernatants?|medi(?:um|a))|supernatants?)\\b))\\s+";

// An abbreviated vesicle name with its source joined on by a hyphen ("Exo-ADSC", "EVs-BMSC", "sEV-hUCMSC"): the
// source follows at once. Full words are left out: "exosome-keratinocyte interactions" names no source.
const PREFIXED = '(?<=\\b(?:exos?|s?evs?))-(?=[a-z])';

// What was done with the vesicles ends a link ("vesicles produced by the yeast and exposed keratinocytes"), but not a
// compound written open before the source ("exosomes from LPS treated macrophages", "from ultraviolet B exposed
// keratinocytes", as "LPS-treated" and "UVB-exposed" are read): only after "and", "or", "then" or a comma.
const DONE_AFTER = '(?:treated|exposed)(?<=(?:\\b(?:and|or|but|then|nor)|,)\\s+(?:treated|exposed))';

// A term that infected, stimulated or treated the cells named with it is not their vesicles' source: in "exosomes from
// Leishmania major-infected macrophages" (or "S. aureus-stimulated keratinocytes") the cells are.
const ACTED_ON = `(?![\\w.]*(?:\\s+[\\w.]+)?-(?:infected|stimulated|treated|exposed|pulsed|primed|challenged)\\b)`;
// Nor what cells were infected or treated with, before the verb that has them release vesicles: "macrophages infected with
// Leishmania major released exosomes" (but "treated with adipose stem cell exosomes" or "stimulated with S. aureus EVs"
// names the vesicles' source).
const ACTED_WITH = `(?!(?<=\\b(?:infected|stimulated|treated|exposed|pulsed|primed|challenged)\\s+(?:with|by|to)\\s+(?:[\\w.-]+\\s+){0,2}[\\w.-]+)(?:[\\s-]+(?!{VES})[\\w()/.,'’-]+){0,4}?[\\s-]+(?:released|secreted|produced|shed)\\b)`;
// Cells named as what the vesicles act on, by the noun of an effect after them ("exosomes of melanoma cells and fibroblast
// activation"): the end of no link.
const NOT_TARGET = '(?![\\s-]+(?:activation|proliferation|migration|differentiation|senescence|apoptosis|function|responses?|behaviou?r)\\b)';

// Sources named side by side as compound words, the last one "derived" ("keratinocyte- and fibroblast-derived
// exosomes", "fibroblast-derived and MSC-derived EVs", "keratinocyte-, immune cell- and MSC-derived exosomes", "dermal
// papilla cell- and MSC-derived exosomes"): each is a source. A plain noun before "and" is not ("fibroblasts and
// MSC-derived exosomes" were cultured together).
const COORDINATED = '(?:[\\s-]+cells?)?(?:-|[\\s-]+derived)(?:,\\s+(?:\\w+\\s+){0,2}?[\\w-]+(?:-|[\\s-]+derived)){0,3},?\\s+(?:and|or)\\s+(?:\\w+[\\s-]+){1,3}?derived[\\s-]+(?:[\\w-]+\\s+){0,2}?(?:{VES})';

/**
 * A source term linked to vesicles, two ways: "<term> ... exosomes" (up to 6 words between, as in "adipose stem cell
 * conditioned medium-derived small extracellular vesicles", none ending a clause with a comma: in "in HaCaT cells,
 * M2-Exos suppressed" the cells are not the source; "<term> were engineered to produce exosomes", or "<term> were
 * cultured, and their exosomes"), and "exosomes (derived) from ... <term>" or "exosomes in the conditioned medium of
 * ... <term>" (up to 10 words, as in "from several kinds of cells, including dermal papilla cells and mesenchymal stem
 * cells", the link ending at what they are for, at another side ("for", "versus", "the other") or at what was
 * done with them: "vesicles produced by the yeast M. sympodialis and exposed keratinocytes"). The second is
 * matched as a tail run from the end of each vesicle mention, found once per text, rather than as a regex scanning
 * the whole text. A count of cases between a link and a term ("exosomes from 40 cases of melanoma") names the patients,
 * not a source, as "patients with melanoma" does.
 */
function vesicleLinks(term: string): { before: string; after: string } {
  return {
    before: `(?:${term})${ACTED_ON}(?:${ACTED_WITH}(?:(?:[\\s-]+(?!${UNLINKED})(?![\\w()/.'’]*,[\\s-])[\\w()/.,'’]+){0,6}?(?:${MADE_TO})?[\\s-]+|${THEIR})(?:{VES})|${COORDINATED}|${CULTURED}|${MEDIUM_OF}|${SOURCE_OF})`,
    after: `(?:${PREFIXED}|${LINK}(?:${CONDITIONED})?(?:(?!(?:were|was|are|is|on|into|to|with|${DONE_AFTER}|added|applied|incubated|administered|injected|delivered|in|for|against|during|other|versus|vs|whereas|while|but|than|compared|cases)\\b|${EFFECT}|${ROLE})[\\w()/.,'’+-]+\\s+){0,10}?)(?:${term})${ACTED_ON}${NOT_TARGET}`,
  };
}

export function compileRule(spec: RuleSpec, field: RuleField, file: string, pointer: string, macros: Record<string, string>): Rule {
  const at = (p: string) => `${file}: rule ${spec.id} (${pointer}${p})`;
  if (!RULE_VALUES[field].includes(spec.value))
    throw new UserError(`${at('/value')}: "${spec.value}" is not a ${field} code (${RULE_VALUES[field].join(', ')})`);
  const flags = spec.caseSensitive ? '' : 'i';
  const sources = [
    ...(spec.phrases ?? []).map((p, i) => ({ src: expand(phraseToRegex(p), macros, at(`/phrases/${i}`)), where: at(`/phrases/${i}`) })),
    ...(spec.patterns ?? []).map((p, i) => ({ src: expand(p, macros, at(`/patterns/${i}`)), where: at(`/patterns/${i}`) })),
  ];
  // Each pattern is compiled alone to name the one at fault; the rule then runs as one alternation,
  // one pass over the text instead of one per pattern.
  for (const { src, where } of sources) compile(src, `g${flags}`, where);
  const terms = sources.map((s) => s.src).join('|');
  if (!sources.length) throw new UserError(`${at('')}: needs phrases or patterns`);
  const compileAt = (where: string) => (src: string, f: string) => compile(src, f, where);
  const links = spec.vesicleLinked ? vesicleLinks(terms) : null;
  const afterVesicle = links ? compile(expand(links.after, macros, at('')), `y${flags}`, at('')) : undefined;
  // A linked rule first checks that one of its terms occurs at all: cheap, and most records name few sources.
  const prefilter = links ? finder(terms, flags, compileAt(at(''))) : undefined;
  const all = ['negated', 'hypothetical', 'historical'];
  return {
    id: spec.id,
    field,
    value: spec.value,
    weight: spec.weight ?? 2,
    where: spec.in.map((w, i) => parseWhere(w, at(`/in/${i}`))),
    ...finder(links ? expand(links.before, macros, at('')) : terms, flags, compileAt(at(''))),
    anchors: anchors(terms),
    anchorGroup: null,
    conjuncts: links ? null : conjunctAnchors(terms),
    conjunctGroups: null,
    afterVesicle,
    prefilter,
    requires: spec.sentenceRequires ? finder(expand(spec.sentenceRequires, macros, at('/sentenceRequires')), 'i', compileAt(at('/sentenceRequires'))) : undefined,
    excludes: spec.sentenceExcludes ? finder(expand(spec.sentenceExcludes, macros, at('/sentenceExcludes')), 'i', compileAt(at('/sentenceExcludes'))) : undefined,
    clauseExcludes: spec.clauseExcludes ? compile(expand(spec.clauseExcludes, macros, at('/clauseExcludes')), 'i', at('/clauseExcludes')) : undefined,
    cancelledBy: new Set(spec.context === false ? [] : Array.isArray(spec.context) ? spec.context : all),
    spec,
    file,
  };
}

// The classifier's code makes labels as much as its rules do (sample sizes, details, precedence), so the
// version names both: after an upgrade, classify redoes what an older classifier labelled, and a stored
// evaluation of the rules is not shown for a classifier it did not measure.
// Modules of the folder that read labels and make none (scores, explanations, corrections applied at report
// time, rewritings) are left out: a change to them needs no classifying again. A new module counts.
export const CLASSIFIER_CODE = [resolve(ROOT, 'pipeline/classify'), resolve(ROOT, 'pipeline/types.ts')];
const NOT_LABELLING = new Set(['evaluate.ts', 'explain.ts', 'overrides.ts', 'rewrites.ts']);
/** A hash of the TypeScript files of these folders (but those NOT_LABELLING) and files, by name and content. */
function codeVersion(paths: string[]): Buffer {
  const hash = createHash('sha256');
  for (const path of paths) {
    const files = statSync(path).isDirectory() ? readdirSync(path).filter((f) => f.endsWith('.ts') && !NOT_LABELLING.has(f)).sort().map((f) => join(path, f)) : [path];
    for (const file of files) hash.update(basename(file)).update(readFileSync(file));
  }
  return hash.digest();
}

export function loadRules(dir = RULES_DIR, code = CLASSIFIER_CODE): RuleSet {
  const hash = createHash('sha256');
  const lexiconFile = join(dir, 'lexicon.json');
  const contextFile = join(dir, 'context.json');
  const macros = loadJson<{ macros: Record<string, string> }>(lexiconFile, 'lexicon.schema.json').macros;
  // Macros may use earlier macros.
  for (const [name, body] of Object.entries(macros)) macros[name] = expand(body, macros, `${lexiconFile}: macro ${name}`);
  for (const [name, body] of Object.entries(macros)) compile(body, 'i', `${lexiconFile}: macro ${name}`);
  const context = compileContext(loadJson<ContextSpec>(contextFile, 'context.schema.json'), contextFile, (src, where) => expand(src, macros, where));
  hash.update(readFileSync(lexiconFile)).update(readFileSync(contextFile));

  const rules: Rule[] = [];
  const ids = new Set<string>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'lexicon.json' && f !== 'context.json').sort();
  for (const name of files) {
    const file = join(dir, name);
    hash.update(name).update(readFileSync(file));
    const spec = loadJson<RuleFile>(file, 'rules.schema.json');
    spec.rules.forEach((r, i) => {
      if (ids.has(r.id)) throw new UserError(`${file}: rule ${r.id} (/rules/${i}/id): id used twice`);
      ids.add(r.id);
      rules.push(compileRule(r, spec.field, file, `/rules/${i}`, macros));
    });
  }
  hash.update(codeVersion(code));
  const byField = Object.fromEntries(Object.keys(RULE_VALUES).map((f) => [f, rules.filter((r) => r.field === f)])) as RuleSet['byField'];
  const vesicles = finder(macros.VES, 'i', (src, f) => compile(src, f, `${lexiconFile}: macro VES`));
  // Every regex that is tried at its start anchors, and the rules' required anchors: one index for all.
  const finders: Finder[] = [...rules.flatMap((r) => [r, r.prefilter, r.requires, r.excludes].filter((x) => x !== undefined)), vesicles, ...context.modifiers];
  const index = new AnchorIndex([...rules.flatMap((r) => [r.anchors, ...(r.conjuncts ?? []).flat()]), ...finders.flatMap((x) => [x.starts, x.restAnchors ?? null])]);
  for (const r of rules) {
    r.anchorGroup = index.groupOf(r.anchors);
    r.conjunctGroups = r.conjuncts && index.conjunctGroupsOf(r.conjuncts);
  }
  for (const x of finders) {
    x.startIds = index.idsOf(x.starts);
    if (x.rest) x.restGroup = index.groupOf(x.restAnchors ?? null);
  }
  // Case-insensitive: it must let through every tail a rule's own flags may match.
  const vesicleLink = compile(expand(`${PREFIXED}|${LINK}`, macros, `${lexiconFile}: macro VES`), 'iy', `${lexiconFile}: LINKVERB, SECRETVERB`);
  return { rules, byField, context, anchors: index, vesicles, vesicleLink, version: hash.digest('hex').slice(0, 12) };
}
