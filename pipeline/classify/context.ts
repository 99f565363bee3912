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
  terminators: number[];
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
  f = { hits: [], terminators: [] };
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

const words = (s: string) => (s.trim() ? s.trim().split(/\s+/).length : 0);

/** Is the span [start, end) of the sentence inside the scope of a modifier of one of these categories? */
export function modifiedBy(ctx: Context, sentence: string, start: number, end: number, categories: Set<string>): boolean {
  const found = find(ctx, sentence);
  for (const { m, start: ms, end: me } of found.hits) {
    if (!categories.has(m.category)) continue;
    if (ms < end && me > start) continue; // the modifier is part of the match itself
    const limit = m.maxWords ?? 8;
    if (me <= start && m.direction !== 'backward') {
      const between = sentence.slice(me, start);
      if (words(between) <= limit && !found.terminators.some((t) => t >= me && t < start)) return true;
    }
    if (ms >= end && m.direction !== 'forward') {
      const between = sentence.slice(end, ms);
      if (words(between) <= limit && !found.terminators.some((t) => t >= end && t < ms)) return true;
    }
  }
  return false;
}
