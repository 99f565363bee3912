// Matches one rule against a record's text: pure, record text in, evidence out.
// Work is bounded by the rule's anchors (anchors.ts), found once per field: a
// sentence without a required anchor is never searched, and where a rule's
// matches must begin with a start anchor, its regex is tried only there, as a
// sticky match, instead of at every position. Either way the matches are exactly
// those of a global scan of each sentence, so labels, spans and rule ids do not
// depend on the shortcut.

import type { Evidence } from '../types.ts';
import { following, sectionAt, sentenceAt, sentenceIndex, wholeWords, type FieldName, type FieldText, type RecordText, type Span } from './text.ts';
import { modifiedBy, type SentenceContext } from './context.ts';
import { conjunctMask, firstFrom, sentenceMask, type AnchorScan, type Finder } from './anchors.ts';
import type { Rule, RuleField, RuleSet } from './rules.ts';

export interface Match extends Evidence {
  value: string;
  weight: number;
}

/** Matches as the evidence stored with a label: where they are and what they read, without weight or value. */
export const toEvidence = (ms: Match[] = []): Evidence[] => ms.map(({ rule, field, start, end, snippet }) => ({ rule, field, start, end, snippet }));

/** Whether any of these matches lies outside the abstract: in the title, keywords or MeSH, where a record says what it is about. */
export const beyondAbstract = (ms: Match[] | undefined): boolean => ms?.some((m) => m.field !== 'abstract') ?? false;

type MatchSet = Pick<RuleSet, 'context' | 'anchors' | 'vesicles' | 'vesicleLink'>;

// A structured abstract's background reports what others did ("Randomized trials have tested lasers"),
// so design cues there are not this study's. Measured on the dev corpus, leaving the background out of
// sources or routes lost as much as it gained (sources and routes are often named first there).
const BACKGROUND_FIELDS = new Set<RuleField>(['design', 'details']);
const BACKGROUND = /^(?:BACKGROUND|INTRODUCTION|CONTEXT|RATIONALE)/;
/** Whether an offset of the abstract lies in a structured abstract's background section. */
export function inBackground(f: FieldText, offset: number): boolean {
  const s = sectionAt(f, offset);
  return s !== undefined && (s.category === 'BACKGROUND' || BACKGROUND.test(s.label));
}

/** Whether a section of a structured abstract is the one a rule names ("section:METHODS": label or NLM category). */
const sectionIs = (s: FieldText['sections'][number], section: string) => s.label.startsWith(section) || s.category === section;

function inSection(f: FieldText, offset: number, section: string): boolean {
  const s = sectionAt(f, offset);
  return s !== undefined && sectionIs(s, section);
}

/** The anchors of a field, found on first use. */
function scanOf(f: FieldText, set: Pick<RuleSet, 'anchors'>): AnchorScan {
  if (!f.anchors || !set.anchors.current(f.anchors)) f.anchors = set.anchors.scan(f.lower, f.sentences.map((sp) => sp.start));
  return f.anchors;
}

/** Each sentence's text, cut once per field rather than once per rule. */
function sentenceTexts(f: FieldText): string[] {
  return (f.sentenceTexts ??= f.sentences.map((sp) => f.text.slice(sp.start, sp.end)));
}

/** Where a finder's start anchors begin in a field, or null when it has none or offsets cannot be trusted: found once per field. */
function startsIn(finder: Finder, f: FieldText, set: Pick<RuleSet, 'anchors'>): number[] | null {
  // Lower-casing a few characters (İ) changes a text's length, and with it the offsets of the scan.
  if (finder.startIds === null || f.lower.length !== f.text.length) return null;
  const scan = scanOf(f, set);
  let memo = f.starts;
  if (!memo || memo.scan !== scan) memo = f.starts = { scan, of: new Map() };
  let at = memo.of.get(finder);
  if (!at) memo.of.set(finder, (at = set.anchors.startsOf(finder.startIds, scan)));
  return at;
}

/**
 * A finder's alternatives without start anchors (Finder.rest), where sentence k of a field (all of it: -1) may
 * hold a match of them: where it holds one of their required anchors.
 */
function restIn(finder: Finder, f: FieldText, k: number, set: Pick<RuleSet, 'anchors'>): RegExp | undefined {
  if (!finder.rest || finder.restGroup === null || finder.restGroup === undefined) return finder.rest;
  const mask = sentenceMask(finder.restGroup, scanOf(f, set).masks);
  return (k < 0 ? mask !== 0 : inMask(mask, k)) ? finder.rest : undefined;
}

/**
 * The matches of a regex in one span of a text (whose own text is `text`, beginning at `offset`),
 * given to `found` as [start, end) offsets: the same as a global scan of that text alone, empty
 * matches too. With start anchors (`starts`, ascending), the sticky regex is tried only where one
 * begins, since a match can begin nowhere else, or where `rest` (restIn) matches. Returns the index
 * of the first start anchor past the span.
 */
function findIn(finder: Finder, text: string, offset: number, starts: number[] | null, k: number, found: (start: number, end: number) => void, rest?: RegExp): number {
  if (starts === null) {
    const re = finder.regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found(offset + m.index, offset + m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
    return k;
  }
  // test(), not exec(): a sticky match begins where it was tried and ends at lastIndex, so the array
  // exec() makes for every try is not needed.
  const re = finder.sticky;
  const end = offset + text.length;
  let from = 0; // no match can begin before it: past the last match, or the last place tried
  let restAt = -1; // where the alternatives without anchors next match, from `from` on (-1: not sought)
  for (;;) {
    while (k < starts.length && starts[k] < end && starts[k] - offset < from) k++;
    const anchor = k < starts.length && starts[k] < end ? starts[k] - offset : Infinity;
    if (rest && restAt < from) {
      rest.lastIndex = from;
      restAt = rest.exec(text)?.index ?? Infinity;
    }
    const at = rest && restAt < anchor ? restAt : anchor;
    if (at === Infinity) return k;
    re.lastIndex = at;
    if (re.test(text)) {
      found(offset + at, offset + re.lastIndex);
      from = re.lastIndex === at ? at + 1 : re.lastIndex;
    } else from = at + 1;
  }
}

/** The ConText modifiers of sentence k of a field, found on first use with the field's anchors. */
function contextOf(f: FieldText, k: number, set: MatchSet): SentenceContext {
  const memo = (f.context ??= []);
  if (memo[k]) return memo[k];
  const sp = f.sentences[k];
  const sentence = sentenceTexts(f)[k];
  const hits: SentenceContext['hits'] = [];
  for (const m of set.context.modifiers) {
    const at = startsIn(m, f, set);
    findIn(m, sentence, sp.start, at, at ? firstFrom(at, sp.start) : 0, (start, end) => hits.push({ m, start: start - sp.start, end: end - sp.start }), restIn(m, f, k, set));
  }
  return (memo[k] = { sentence, hits });
}

// A pronoun that may stand for vesicles named before it in its sentence.
const THOSE = /\b(?:those|ones)\b/gi;

/**
 * Vesicle mentions of a field that a link to a source follows ("exosomes derived from"), found once for
 * all the linked source rules: [start, end, sentence]. A mention without one cannot begin any rule's tail.
 */
function linkedVesicles(f: FieldText, set: MatchSet): [number, number, number][] {
  if (f.vesicles) return f.vesicles;
  const found: [number, number, number][] = (f.vesicles = []);
  const link = set.vesicleLink;
  findIn(
    set.vesicles,
    f.text,
    0,
    startsIn(set.vesicles, f, set),
    0,
    (start, end) => {
      link.lastIndex = end;
      if (end > start && link.test(f.text)) found.push([start, end, sentenceIndex(f, start)]);
    },
    restIn(set.vesicles, f, -1, set),
  );
  // "compared exosomes from keratinocytes with those from umbilical cord MSCs": a pronoun after a mention in its sentence
  // stands for the vesicles, and its link names their source too.
  if (!found.length) return found;
  for (const m of f.text.matchAll(THOSE)) {
    const end = m.index + m[0].length;
    const k = sentenceIndex(f, m.index);
    link.lastIndex = end;
    if (found.some(([start, , s]) => s === k && start < m.index) && link.test(f.text)) found.push([m.index, end, k]);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Whether a regex matches in sentence k of a field (as a test of that sentence alone would say). */
function inSentence(finder: Finder, f: FieldText, k: number, set: MatchSet): boolean {
  const starts = startsIn(finder, f, set);
  if (starts === null) {
    finder.regex.lastIndex = 0;
    return finder.regex.test(sentenceTexts(f)[k]);
  }
  const sp = f.sentences[k];
  let hit = false;
  findIn(finder, sentenceTexts(f)[k], sp.start, starts, firstFrom(starts, sp.start), () => (hit = true), restIn(finder, f, k, set));
  return hit;
}

// Where one clause of a sentence ends and another begins: "Scores improved; mild dryness occurred in 4", "lesions
// decreased by 52%, with only transient stinging in four subjects", "erythema occurred in 2, but resolved". A bare
// "and" begins one where what follows says something occurred, or how often ("counts decreased by 45% and transient
// erythema occurred in 3", "... and rebound hyperpigmentation was less frequent"), not where it joins two things said
// of together ("erythema and pain decreased"); so does one whose people, counted, then report or have something ("scores
// improved and 3 patients reported mild erythema", "4 improved and 1 reported burning").
const CLAUSE_BREAK =
  /;|,\s+(?:and|but|while|whereas|although)\b|\b(?:but|while|whereas|although)\b|\bwith\s+only\b|\s+and\s+(?=(?:[\w()%-]+\s+){1,4}?(?:occurred|developed|appeared|(?:was|were)\s+(?:observed|reported|noted|seen|experienced|(?:the\s+)?(?:only|main|most\s+common)|(?:more|less|most)\s+(?:frequent|common)))\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:[\w-]+\s+)?(?:patients?|pts|participants?|subjects?|volunteers?|women|men|children|cases|individuals)\s+(?:in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:group|arm)(?:\s+\w+)?\s+)?)?(?:reported|experienced|developed|had|complained|noticed)\b)/gi;

/** The clause of a sentence that holds [start, end): from the break before it to the break after it. */
function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  for (const b of sentence.matchAll(CLAUSE_BREAK)) {
    const at = b.index!;
    if (at + b[0].length <= start) from = at + b[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return sentence.slice(from, to);
}

/** Whether a regex matches in any sentence of a mask. */
function occurs(finder: Finder, f: FieldText, mask: number, set: MatchSet): boolean {
  for (let k = 0; k < f.sentences.length; k++) if (inMask(mask, k) && inSentence(finder, f, k, set)) return true;
  return false;
}

const inMask = (mask: number, k: number) => (mask & (1 << Math.min(k, 31))) !== 0;

// A rule's cancelling categories less the one kept, made once per rule rather than once per record.
const keeping = new WeakMap<Rule, Map<string, Set<string>>>();
function cancelledFor(rule: Rule, keep: string | undefined): Set<string> {
  if (!keep || !rule.cancelledBy.has(keep)) return rule.cancelledBy;
  let byKeep = keeping.get(rule);
  if (!byKeep) keeping.set(rule, (byKeep = new Map()));
  let left = byKeep.get(keep);
  if (!left) byKeep.set(keep, (left = new Set([...rule.cancelledBy].filter((c) => c !== keep))));
  return left;
}

/** A rule's match over [start, end) of a field, quoting the text as written. */
export function matchAt(rule: Rule, field: FieldName, f: FieldText, start: number, end: number): Match {
  return { rule: rule.id, value: rule.value, weight: rule.weight, field, start, end, snippet: f.shown.slice(start, end) };
}

/**
 * Every accepted match of a rule in a record. `keep` names a context category whose matches stand all
 * the same: what a review reports of other studies is "historical", and it is what the review is about.
 */
export function matchRule(rule: Rule, text: RecordText, set: MatchSet, keep?: string): Match[] {
  const cancelledBy = cancelledFor(rule, keep);
  const out: Match[] = [];
  for (const w of rule.where) {
    const f = text[w.field];
    if (!f.text || (w.section && !f.sections.some((s) => sectionIs(s, w.section!)))) continue;
    // Only sentences that hold one of the rule's anchors (of each of an alternative's requirements) can
    // hold a match. A text whose lower-casing changed its length has masks of shifted sentences: all are tried.
    const mask =
      rule.anchorGroup === null || f.lower.length !== f.text.length
        ? -1
        : rule.conjunctGroups
          ? conjunctMask(rule.conjunctGroups, scanOf(f, set).masks)
          : sentenceMask(rule.anchorGroup, scanOf(f, set).masks);
    if (mask === 0) continue;
    const texts = sentenceTexts(f);
    if (rule.prefilter && !occurs(rule.prefilter, f, mask, set)) continue;
    let k = 0; // sentence of the current match
    const accept = (start: number, end: number) => {
      if (start === end) return;
      const sp = f.sentences[k];
      if (w.section && !inSection(f, start, w.section)) return;
      if (BACKGROUND_FIELDS.has(rule.field) && w.field === 'abstract' && inBackground(f, start)) return;
      // A route in the background is the vesicles' only where the sentence names them: "lasers for acne scars carry
      // risks" names a treatment others use.
      if (rule.field === 'routes' && w.field === 'abstract' && inBackground(f, start) && !inSentence(set.vesicles, f, k, set)) return;
      if (rule.requires && !inSentence(rule.requires, f, k, set)) return;
      if (rule.excludes && inSentence(rule.excludes, f, k, set)) return;
      if (rule.clauseExcludes && rule.clauseExcludes.test(clauseAround(texts[k], start - sp.start, end - sp.start))) return;
      if (cancelledBy.size && modifiedBy(set.context, contextOf(f, k, set), start - sp.start, end - sp.start, cancelledBy)) return;
      out.push(matchAt(rule, w.field, f, start, end));
    };
    const starts = startsIn(rule, f, set);
    let next = 0; // first start anchor not yet tried
    for (; k < f.sentences.length; k++) {
      if (!inMask(mask, k)) continue;
      const sp = f.sentences[k];
      // A rule of one section ("section:PATIENTS") need not search the others: sentences are cut at section bounds.
      if (w.section && !inSection(f, sp.start, w.section)) continue;
      const rest = starts ? restIn(rule, f, k, set) : undefined;
      if (starts) {
        while (next < starts.length && starts[next] < sp.start) next++;
        if (next === starts.length && !rule.rest) break;
        if ((next === starts.length || starts[next] >= sp.end) && !rest) continue;
      }
      next = findIn(rule, texts[k], sp.start, starts, next, accept, rest);
    }
    if (!rule.afterVesicle) continue;
    // Linked source rules: "exosomes (derived) from ... <term>", tried right after each vesicle mention.
    const tail = rule.afterVesicle;
    for (const [start, end, sentence] of linkedVesicles(f, set)) {
      if (sentence < 0 || !inMask(mask, sentence)) continue;
      k = sentence;
      tail.lastIndex = end;
      // A source is named in the vesicles' own sentence: a link read on past its end ("isolated by
      // ultracentrifugation and analysed by mass spectrometry. Proteins of neutrophil ...") names none.
      if (tail.test(f.text) && tail.lastIndex <= f.sentences[sentence].end) accept(start, tail.lastIndex);
    }
  }
  return out;
}

/** Whether a match lies in the scope of ConText categories that did not cancel it (historical: what earlier studies did). */
export function inScopeOf(text: RecordText, set: MatchSet, m: Pick<Match, 'field' | 'start' | 'end'>, categories: Set<string>): boolean {
  const f = text[m.field as FieldName];
  const k = sentenceIndex(f, m.start);
  if (k < 0) return false;
  const sp = f.sentences[k];
  return modifiedBy(set.context, contextOf(f, k, set), m.start - sp.start, m.end - sp.start, categories);
}

export type Found = Map<string, Match[]>;

/** Every rule of a field (or those whose value `wanted` keeps) run over a record's text, by value; `keep` as in matchRule. */
export function matchField(rules: RuleSet, field: RuleField, text: RecordText, wanted?: (value: string) => boolean, keep?: string): Found {
  const found: Found = new Map();
  for (const rule of rules.byField[field]) {
    if (wanted && !wanted(rule.value)) continue;
    const ms = matchRule(rule, text, rules, keep);
    if (!ms.length) continue;
    if (rule.spec.minMentions && ms.length < rule.spec.minMentions && ms.every((m) => m.field === 'abstract')) continue;
    // Concatenated, not spread into push: a hostile 10 MB title gives more matches than a call's arguments may hold.
    found.set(rule.value, (found.get(rule.value) ?? []).concat(ms));
  }
  return found;
}

/** The text of the sentence (or list item) that holds a match. */
export function sentenceOf(text: RecordText, m: Match): string {
  const f = text[m.field as FieldName];
  const s = sentenceAt(f, m.start);
  return f.text.slice(s.start, s.end);
}

/** The n characters of a match's field that follow it. */
export const textAfter = (text: RecordText, m: Match, n: number) => following(text[m.field as FieldName].text, m.end, n);

/** The n characters of a match's field that precede it. */
export const textBefore = (text: RecordText, m: Match, n: number) => wholeWords(text[m.field as FieldName].text, m.start - n, m.start);

/** The one abstract sentence that holds all these matches, or null where any lies elsewhere: a thing named in one sentence only. */
export function soleSentence(text: RecordText, ms: Match[]): Span | null {
  const first = ms[0]?.field === 'abstract' ? sentenceAt(text.abstract, ms[0].start) : null;
  return first && ms.every((m) => m.field === 'abstract' && sentenceAt(text.abstract, m.start) === first) ? first : null;
}
