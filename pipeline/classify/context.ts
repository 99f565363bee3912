// ConText (Harkema et al. 2009), as data: a modifier phrase ("no", "future",
// "previous studies", "are needed") turns a match inside its scope into
// negated, hypothetical or historical. A scope runs forward or backward (or
// both) from the modifier, for at most maxWords words, and stops at a
// terminator (a clause boundary such as "but" or ";") or the sentence's end.
// Rules name the categories that cancel them; the default is all three.

import { UserError } from '../errors.ts';

export interface ModifierSpec {
  id: string;
  category: 'negated' | 'hypothetical' | 'historical';
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

interface Modifier extends ModifierSpec {
  re: RegExp;
}

export interface Context {
  modifiers: Modifier[];
  terminator: RegExp;
  cache: Map<string, Found>;
}

interface Found {
  hits: { m: Modifier; start: number; end: number }[];
  /** Where terminators start, ascending. */
  terminators: number[];
  /** The sentence's words (runs of non-space), their starts and ends, ascending. */
  wordStarts: number[];
  wordEnds: number[];
}

export function compileContext(spec: ContextSpec, file: string): Context {
  const compile = (src: string, where: string) => {
    try {
      return new RegExp(src, 'gi');
    } catch (e) {
      throw new UserError(`${file}: ${where}: invalid regex: ${(e as Error).message}`);
    }
  };
  return {
    modifiers: spec.modifiers.map((m, i) => ({ ...m, re: compile(m.pattern, `modifier ${m.id} (/modifiers/${i}/pattern)`) })),
    terminator: compile(spec.terminators.join('|'), 'terminators'),
    cache: new Map(),
  };
}

function find(ctx: Context, sentence: string): Found {
  let f = ctx.cache.get(sentence);
  if (f) return f;
  f = { hits: [], terminators: [], wordStarts: [], wordEnds: [] };
  for (const w of sentence.matchAll(/\S+/g)) (f.wordStarts.push(w.index), f.wordEnds.push(w.index + w[0].length));
  for (const m of ctx.modifiers) {
    m.re.lastIndex = 0;
    for (let x = m.re.exec(sentence); x; x = m.re.exec(sentence)) {
      f.hits.push({ m, start: x.index, end: x.index + x[0].length });
      if (x[0].length === 0) m.re.lastIndex++;
    }
  }
  ctx.terminator.lastIndex = 0;
  for (let x = ctx.terminator.exec(sentence); x; x = ctx.terminator.exec(sentence)) f.terminators.push(x.index);
  if (ctx.cache.size > 2000) ctx.cache.clear();
  ctx.cache.set(sentence, f);
  return f;
}

/** The first index whose value is at least (or, `after`, more than) x, in an ascending list. */
function firstFrom(list: number[], x: number, after = false): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after ? list[mid] > x : list[mid] >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * How many words sentence.slice(a, b) holds (a word cut by either end counts), from the word list:
 * a binary search, where splitting the text between a match and every modifier of a long sentence
 * made one hostile record cost minutes.
 */
function wordsBetween(f: Found, a: number, b: number): number {
  if (a >= b) return 0;
  const first = firstFrom(f.wordEnds, a, true); // the first word ending after a
  const last = firstFrom(f.wordStarts, b) - 1; // the last word starting before b
  return Math.max(0, last - first + 1);
}

const terminatedBetween = (f: Found, a: number, b: number) => {
  const i = firstFrom(f.terminators, a);
  return i < f.terminators.length && f.terminators[i] < b;
};

/** Is the span [start, end) of the sentence inside the scope of a modifier of one of these categories? */
export function modifiedBy(ctx: Context, sentence: string, start: number, end: number, categories: Set<string>): boolean {
  const found = find(ctx, sentence);
  for (const { m, start: ms, end: me } of found.hits) {
    if (!categories.has(m.category)) continue;
    if (ms < end && me > start) continue; // the modifier is part of the match itself
    const limit = m.maxWords ?? 8;
    if (me <= start && m.direction !== 'backward') {
      if (wordsBetween(found, me, start) <= limit && !terminatedBetween(found, me, start)) return true;
    }
    if (ms >= end && m.direction !== 'forward') {
      if (wordsBetween(found, end, ms) <= limit && !terminatedBetween(found, end, ms)) return true;
    }
  }
  return false;
}
