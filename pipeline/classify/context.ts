// ConText (Harkema et al. 2009), as data: a modifier phrase ("no", "future",
// "previous studies", "are needed") turns a match inside its scope into
// negated, hypothetical or historical. A scope runs forward or backward (or
// both) from the modifier, for at most maxWords words, and stops at a
// terminator (a clause boundary such as "but" or ";") or the sentence's end.
// Rules name the categories that cancel them; the default is those three. A fourth,
// mechanism ("may be mediated by growth factors and exosomes"), cancels only the
// rules that name it: what a study supposes works is not what it studied.

import { UserError } from '../errors.ts';
import { finder, firstFrom, type Finder } from './anchors.ts';

export interface ModifierSpec {
  id: string;
  category: 'negated' | 'hypothetical' | 'historical' | 'mechanism';
  direction: 'forward' | 'backward' | 'bidirectional';
  pattern: string;
  maxWords?: number;
  note?: string;
}

export interface ContextSpec {
  description: string;
  terminators: string[];
  modifiers: ModifierSpec[];
}

/** A modifier compiled: global to scan a sentence, sticky to try only where one of its start anchors begins. */
export interface Modifier extends ModifierSpec, Finder {}

export interface Context {
  modifiers: Modifier[];
  terminator: RegExp;
}

/** The modifiers found in one sentence; where its words and terminators are is worked out when first needed. */
export interface SentenceContext {
  sentence: string;
  hits: { m: Modifier; start: number; end: number }[];
  /** Where terminators start, ascending. */
  terminators?: number[];
  /** The sentence's words (runs of non-space), their starts and ends, ascending. */
  wordStarts?: number[];
  wordEnds?: number[];
}

/** Compiles context.json; `expand` writes out the lexicon's {MACROS} in a pattern (or throws, naming `where`). */
export function compileContext(spec: ContextSpec, file: string, expand: (src: string, where: string) => string = (src) => src): Context {
  const compile = (src: string, flags: string, where: string) => {
    try {
      return new RegExp(src, flags);
    } catch (e) {
      throw new UserError(`${file}: ${where}: invalid regex: ${(e as Error).message}`);
    }
  };
  return {
    modifiers: spec.modifiers.map((m, i) => {
      const where = `modifier ${m.id} (/modifiers/${i}/pattern)`;
      return { ...m, ...finder(expand(m.pattern, `${file}: ${where}`), 'i', (src, flags) => compile(src, flags, where)) };
    }),
    terminator: compile(spec.terminators.map((t, i) => expand(t, `${file}: /terminators/${i}`)).join('|'), 'gi', 'terminators'),
  };
}

const WORD = /\S+/g;

// Most sentences hold no modifier that could reach a match: their words and terminators are never needed.
function laidOut(ctx: Context, f: SentenceContext): Required<SentenceContext> {
  if (!f.wordStarts) {
    const starts: number[] = [];
    const ends: number[] = [];
    WORD.lastIndex = 0;
    for (let w = WORD.exec(f.sentence); w; w = WORD.exec(f.sentence)) (starts.push(w.index), ends.push(w.index + w[0].length));
    const terminators: number[] = [];
    ctx.terminator.lastIndex = 0;
    for (let x = ctx.terminator.exec(f.sentence); x; x = ctx.terminator.exec(f.sentence)) {
      terminators.push(x.index);
      if (x[0].length === 0) ctx.terminator.lastIndex++;
    }
    Object.assign(f, { wordStarts: starts, wordEnds: ends, terminators });
  }
  return f as Required<SentenceContext>;
}

/**
 * How many words sentence.slice(a, b) holds (a word cut by either end counts), from the word list:
 * a binary search, where splitting the text between a match and every modifier of a long sentence
 * made one hostile record cost minutes.
 */
function wordsBetween(f: Required<SentenceContext>, a: number, b: number): number {
  if (a >= b) return 0;
  const first = firstFrom(f.wordEnds, a, true); // the first word ending after a
  const last = firstFrom(f.wordStarts, b) - 1; // the last word starting before b
  return Math.max(0, last - first + 1);
}

const terminatedBetween = (f: Required<SentenceContext>, a: number, b: number) => {
  const i = firstFrom(f.terminators, a);
  return i < f.terminators.length && f.terminators[i] < b;
};

/** Is the span [start, end) of the sentence inside the scope of a modifier of one of these categories? */
export function modifiedBy(ctx: Context, found: SentenceContext, start: number, end: number, categories: Set<string>): boolean {
  for (const { m, start: ms, end: me } of found.hits) {
    if (!categories.has(m.category)) continue;
    if (ms < end && me > start) continue; // the modifier is part of the match itself
    const limit = m.maxWords ?? 8;
    if (me <= start && m.direction !== 'backward') {
      const f = laidOut(ctx, found);
      if (wordsBetween(f, me, start) <= limit && !terminatedBetween(f, me, start)) return true;
    }
    if (ms >= end && m.direction !== 'forward') {
      const f = laidOut(ctx, found);
      if (wordsBetween(f, end, ms) <= limit && !terminatedBetween(f, end, ms)) return true;
    }
  }
  return false;
}
