// The searchable text of a record: each field as one string, cut into
// sentences, with the abstract's sections located, so a rule can say where
// to look ("title", "abstract", "section:METHODS", "publicationTypes", ...)
// and evidence can point at exact offsets.

import { affiliationsOf, type ClassifiableRecord } from '../types.ts';
import type { AnchorScan, Finder } from './anchors.ts';
import type { SentenceContext } from './context.ts';
import { maskAsides } from './asides.ts';

/** Where rules look: the text, and for industry ties the record's metadata (each affiliation, grant agency an item). */
export type FieldName = 'title' | 'abstract' | 'keywords' | 'publicationTypes' | 'mesh' | 'affiliations' | 'coi' | 'grants';

export interface Span {
  start: number;
  end: number;
}

export interface FieldText {
  /** What the rules read: the text with its asides blanked (asides.ts). */
  text: string;
  /** The text as written, which evidence quotes. */
  shown: string;
  /** Where the rules' text moved words rather than blanked them (asides.ts): evidence quotes each whole. */
  moved?: Span[];
  /** Lower-cased text with every white space a space, for the rules' cheap anchor checks. */
  lower: string;
  /** Where each rule anchor occurs, by sentence and offset, filled in on first use (see anchors.ts). */
  anchors?: AnchorScan;
  /** Each sentence's text, cut on first use. */
  sentenceTexts?: string[];
  /** Per sentence, the ConText modifiers it holds, found on first use. */
  context?: SentenceContext[];
  /** Where each regex tried at its start anchors may begin, for the scan they were read from. */
  starts?: { scan: AnchorScan; of: Map<Finder, number[]> };
  /** Vesicle mentions a source link follows, [start, end, sentence], filled in on first use by the linked source rules. */
  vesicles?: [number, number, number][];
  sentences: Span[];
  /** Abstract only: each section's span with its label and NLM category, upper-cased. */
  sections: (Span & { label: string; category: string })[];
}

export type RecordText = Record<FieldName, FieldText>;

// A sentence ends at . ! ? followed by space and a capital, digit or bracket, or a word that begins
// lower-case and has a capital soon after (sEVs, iPSCs, miR-21, mRNA open sentences), but not after
// common abbreviations (e.g., et al., Fig., vs., a route: i.v., i.p., s.c.) or a single capital letter (S. aureus, "of S.
// Aureus"), unless a word that names something stands before it ("exposed to ultraviolet B. Keratinocytes", "vitamin C.").
// Some records lose the space: "in mice.We then treated", "(P < 0.05).Exosomes"; a unit ("mg.Kg-1") or a web
// address in title case ("ClinicalTrials.Gov") is no end.
// The dot is matched before what stands behind it is asked: a look-behind first is tried at every character (8x the time).
const SENTENCE_END = /[.!?](?=\s+(?:[A-Z0-9(\[]|[a-z]{1,3}[A-Z]))|\.(?<=(?:[a-z]{2}(?<!\b(?:mg|kg|ml|mm|cm|ng))|[%)\]]|\d)\.)(?=[A-Z][A-Za-z]|A\s)(?!(?:Gov|Com|Org|Net|Edu)\b)/g;
const NOT_AN_END = /(?:\b(?:e\.g|i\.e|et al|Fig|Figs|vs|approx|ca|no|No|Dr|cf|resp|sp|spp|subsp|i\.[vpdm]|s\.c)|(?:(?<![a-z]\s)|(?<=\b(?:of|from|and|or|nor|by|with|against|to|in|on|for|than|vs|including|like|as|the|an?)\s))\b[A-Z])$/;

// The full stops of an abbreviation, which end no clause: of letters one at a time ("b.i.d.", "e.g.", "i.d.") or of
// a short word ("vs.", "approx.", "et al."). As the lexicon's NOSTOP has them.
const ABBREVIATION_DOT = String.raw`\.(?<=\b(?:[A-Za-z]|vs|al|approx|ca|cf|Figs?|[Nn]o)\.)`;
/**
 * A character within a clause, for regex sources: anything but a full stop or a semicolon, a decimal point allowed
 * ("(mean 38.4)"), and an abbreviation's ("twice a day (b.i.d.) for 8 weeks, and 12 patients ...").
 */
export const NOSTOP = `(?:[^.;]|\\.(?=\\d)|${ABBREVIATION_DOT})`;

/**
 * Every match of a global regex in a text, as matchAll() lists them. matchAll() clones its regex on each
 * call; an exec() loop over the regex itself costs a fraction of that per call (about 2% of classify, measured).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

// A full stop inside brackets that close soon after ends no sentence: "(ExoFill, Cellbio Co. Ltd. Seoul, Korea)".
// Bounded both ways, so that a stray bracket never joins a whole abstract into one sentence.
const BRACKET_REACH = 120;
function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - BRACKET_REACH); i--) {
    const c = text[i];
    if (c === ')') depth--;
    else if (c === '(' && ++depth > 0) break;
  }
  if (depth <= 0) return false;
  const close = text.indexOf(')', at);
  const open = text.indexOf('(', at);
  return close >= 0 && close - at <= BRACKET_REACH && (open < 0 || close < open);
}

export function sentenceSpans(text: string, breaks: number[] = []): Span[] {
  const cuts = new Set<number>(breaks);
  for (const m of matchesOf(SENTENCE_END, text)) {
    if (!NOT_AN_END.test(text.slice(Math.max(0, m.index - 16), m.index)) && !inBrackets(text, m.index)) cuts.add(m.index + 1);
  }
  const spans: Span[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > start) spans.push(trim(text, start, cut));
    start = cut;
  }
  if (start < text.length) spans.push(trim(text, start, text.length));
  return spans.filter((s) => s.end > s.start).flatMap((s) => (s.end - s.start > MAX_SENTENCE ? cutLong(text, s) : [s]));
}

// The longest sentence of the dev corpus has 525 characters. Rules read a sentence at a time, and some
// of their patterns look to the sentence's end from every match: a hostile "sentence" of 30,000
// characters without a full stop made one record cost minutes. Longer ones are cut at a space.
export const MAX_SENTENCE = 1_500;

function cutLong(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  while (s.end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const cut = space > start ? space : start + MAX_SENTENCE;
    out.push(trim(text, start, cut));
    start = cut;
  }
  out.push(trim(text, start, s.end));
  return out.filter((x) => x.end > x.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

// Anchors read white space as one kind: a space stands for any (a rule's \s), one character for one.
const OTHER_SPACE = /[^\S ]/g;

const lowered = (text: string) => text.toLowerCase().replace(OTHER_SPACE, ' ');

// Every field's object is made here with all its properties, those filled in on first use too, in one order: objects
// of one shape, so that the matcher's reads of them stay monomorphic, where properties added as each was first used
// gave a record's fields many shapes.
const fieldText = (text: string, shown: string, moved: Span[] | undefined, sentences: Span[]): FieldText => ({
  text,
  shown,
  moved,
  lower: lowered(text),
  anchors: undefined,
  sentenceTexts: undefined,
  context: undefined,
  starts: undefined,
  vesicles: undefined,
  sentences,
  sections: [],
});

function field(shown: string, breaks: number[] = []): FieldText {
  const moved: Span[] = [];
  const text = maskAsides(shown, moved);
  return fieldText(text, shown, moved.length ? moved : undefined, sentenceSpans(text, breaks));
}

/** A list field (keywords, publication types) is one "sentence" per item. */
function listField(items: string[]): FieldText {
  const text = items.join('; ');
  const sentences: Span[] = [];
  let at = 0;
  for (const item of items) {
    sentences.push({ start: at, end: at + item.length });
    at += item.length + 2;
  }
  return fieldText(text, text, undefined, sentences);
}

// Unicode hyphens and dashes (U+2010-2015, minus) become '-', typographic apostrophes (U+2018, U+2019, U+02BC,
// U+2032: "crow’s feet", "Wharton’s jelly") become "'", and full-width forms, which abstracts typed with an East Asian
// input method hold ("patients （n＝24）"), their ASCII letters, digits and signs; one character for one, so offsets
// stay true.
const HYPHENS = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const ascii = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);
const norm = (s: string) => s.replace(HYPHENS, '-').replace(APOSTROPHES, "'").replace(FULL_WIDTH, ascii);

// What the rules read of a field, at most. Real titles run to a few hundred characters and abstracts to a
// few thousand; a hostile record with a 10 MB title must cost the classifier no more than a long real one,
// so that it can never hold up the records after it. Cut at the end, so offsets stay true.
export const MAX_TITLE = 2_000;
export const MAX_ABSTRACT = 30_000;
const MAX_ITEMS = 200;
const cap = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
const capList = (xs: string[]) => xs.slice(0, MAX_ITEMS).map((x) => cap(x, MAX_TITLE));

export function recordText(r: ClassifiableRecord): RecordText {
  // Build the abstract exactly as abstractText() does, remembering where each section starts.
  let abstract = '';
  const sections: FieldText['sections'] = [];
  const breaks: number[] = [];
  for (const s of r.abstract) {
    if (abstract.length >= MAX_ABSTRACT) break;
    if (!s.text && !s.label) continue;
    if (abstract) abstract += ' ';
    const start = abstract.length;
    breaks.push(start);
    if (s.label) {
      abstract += `${s.label.toUpperCase()}: `;
      breaks.push(abstract.length);
    }
    abstract += norm(s.text);
    if (abstract.length > MAX_ABSTRACT) abstract = abstract.slice(0, MAX_ABSTRACT);
    sections.push({ start, end: abstract.length, label: (s.label ?? '').toUpperCase(), category: (s.category ?? '').toUpperCase() });
  }
  const abs = field(abstract, breaks);
  abs.sections = sections;
  return {
    title: field(cap(norm(r.title), MAX_TITLE)),
    abstract: abs,
    keywords: listField(capList(r.keywords.map(norm))),
    publicationTypes: listField(capList(r.publicationTypes)),
    mesh: listField(capList(r.mesh.map((m) => m.descriptor))),
    affiliations: listField(capList(affiliationsOf(r))),
    coi: field(cap(r.coiStatement ?? '', MAX_ABSTRACT)),
    grants: listField(capList(r.grantAgencies ?? [])),
  };
}

// A window cut inside a word must not read its first part as a word: "three groups" cut to "three group".
const WORD = /\w/;
const cutsWord = (text: string, at: number) => at > 0 && at < text.length && WORD.test(text[at - 1]) && WORD.test(text[at]);
/** A window's start moved on past a word it cuts (never beyond `end`). */
function wordStart(text: string, start: number, end: number): number {
  while (start < end && cutsWord(text, start)) start++;
  return start;
}
/** A window's end moved back before a word it cuts (never before `start`). */
function wordEnd(text: string, start: number, end: number): number {
  while (end > start && cutsWord(text, end)) end--;
  return end;
}

/** The text from start to end less a word cut at either edge. */
export function wholeWords(text: string, start: number, end: number): string {
  const from = wordStart(text, Math.max(0, start), Math.min(text.length, end));
  return text.slice(from, wordEnd(text, from, Math.min(text.length, end)));
}

/** The n characters of a text from `at`, reaching past a run of spaces there (where an aside was blanked) as if it were one, less a word cut at the end. */
export function following(text: string, at: number, n: number): string {
  let end = at;
  while (end < text.length && text.charCodeAt(end) === 32) end++;
  return text.slice(at, wordEnd(text, end, Math.min(text.length, end + n)));
}

/** The n characters of a text before `at`, reaching back past a run of spaces there as if it were one, less a word cut at the start. */
export function preceding(text: string, at: number, n: number): string {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) === 32) start--;
  return text.slice(wordStart(text, Math.max(0, start - n), start), at);
}

/** The section of a structured abstract that holds an offset, if any (sections do not overlap). */
export const sectionAt = (f: FieldText, offset: number) => f.sections.find((s) => offset >= s.start && offset < s.end);

/** The index of the sentence that holds an offset, or -1 (a blank past the last sentence). */
export const sentenceIndex = (f: FieldText, offset: number) => f.sentences.findIndex((s) => offset >= s.start && offset < s.end);

export function sentenceAt(f: FieldText, offset: number): Span {
  // Sentences are few (tens); a linear scan is cheaper than building an index.
  return f.sentences[sentenceIndex(f, offset)] ?? { start: 0, end: f.text.length };
}
