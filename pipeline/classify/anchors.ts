// Literal anchors of a regex, found once per text so that rules whose words are
// absent cost nothing. Two kinds, both lower-cased:
// - required anchors: strings of which at least one occurs in any text the regex
//   matches, to skip sentences (and rules) without running the regex at all;
// - start anchors: strings with which every match begins, so that the regex is
//   tried only where one of them starts, as a sticky match, instead of scanning
//   every position of a sentence. On real abstracts most required anchors are
//   present somewhere; their start positions are few.
// null means "none could be derived": the caller scans as before.

type Req = Set<string> | null;

const MIN_ANCHOR = 2;
// Long enough to anchor: two characters, or one that is not ASCII (®, ™: rare in any text).
const anchorable = (s: string) => s.length >= MIN_ANCHOR || (s.length === 1 && s.charCodeAt(0) > 127);
const INSERTION_SORT_MAX = 64;
// The block scans cut their lists of occurrences and group masks from (AnchorIndex.fresh).
const BLOCK_BYTES = 1 << 20;
// A rule with more start anchors than this has alternatives too varied for them to pay.
const MAX_STARTS = 1024;
// Scans whose arrays are kept for reuse between two recycle() calls: a record has a few.
const MAX_ISSUED = 64;

/**
 * A regex source parsed as far as anchors need: literal characters, white space and small sets of
 * characters (\s, [\s-]: a rule's word gaps; the text scanned has a space for any white space),
 * groups, and everything else.
 */
type Node = ({ kind: 'lit'; ch: string } | { kind: 'set'; chars: string[] } | { kind: 'zero' } | { kind: 'other' } | { kind: 'group'; alts: Node[][] }) & {
  min: number;
  max: number;
};
const SETS: Record<string, string[]> = { '\\s': [' '], '\\s-': [' ', '-'], '-\\s': [' ', '-'] };

function parse(s: string): Node[][] {
  let i = 0;
  const alternation = (): Node[][] => {
    const alts: Node[][] = [];
    for (;;) {
      alts.push(sequence());
      if (s[i] !== '|') return alts;
      i++;
    }
  };
  const sequence = (): Node[] => {
    const seq: Node[] = [];
    while (i < s.length && s[i] !== '|' && s[i] !== ')') {
      const node = atom();
      quantify(node);
      seq.push(node);
    }
    return seq;
  };
  const atom = (): Node => {
    const c = s[i];
    const one = { min: 1, max: 1 };
    if (c === '\\') {
      const n = s[i + 1];
      i += 2;
      if (n === 'b' || n === 'B') return { kind: 'zero', ...one };
      if (n === 's') return { kind: 'set', chars: SETS['\\s'], ...one };
      if (/[SwWdDnrtfv0-9]/.test(n)) return { kind: 'other', ...one };
      if ('uxpPkc'.includes(n)) {
        skipEscapeBody(n);
        return { kind: 'other', ...one };
      }
      return { kind: 'lit', ch: n.toLowerCase(), ...one };
    }
    if (c === '[') {
      const body = skipClass();
      return SETS[body] ? { kind: 'set', chars: SETS[body], ...one } : { kind: 'other', ...one };
    }
    if (c === '(') {
      i++;
      let look = false;
      if (s[i] === '?') {
        const kind = s.slice(i, i + 3);
        if (kind.startsWith('?:')) i += 2;
        else if (kind.startsWith('?=') || kind.startsWith('?!')) (i += 2, (look = true));
        else if (kind === '?<=' || kind === '?<!') (i += 3, (look = true));
        else if (kind.startsWith('?<')) i = s.indexOf('>', i) + 1; // named group
      }
      const alts = alternation();
      i++; // ')'
      return look ? { kind: 'zero', ...one } : { kind: 'group', alts, ...one };
    }
    i++;
    if (c === '^' || c === '$') return { kind: 'zero', ...one };
    if (c === '.') return { kind: 'other', ...one };
    return { kind: 'lit', ch: c.toLowerCase(), ...one };
  };
  const quantify = (node: Node) => {
    const q = s[i];
    if (q === '?') (node.min = 0), i++;
    else if (q === '*') (node.min = 0), (node.max = Infinity), i++;
    else if (q === '+') (node.max = Infinity), i++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(i));
      if (!m) return;
      node.min = Number(m[1]);
      node.max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : node.min;
      i += m[0].length;
    } else return;
    if (s[i] === '?') i++; // lazy
  };
  /** Skips a character class; returns its body ("\\s-" for [\s-]). */
  const skipClass = (): string => {
    const from = ++i;
    if (s[i] === '^') i++;
    if (s[i] === ']') i++;
    while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
    return s.slice(from, i++);
  };
  const skipEscapeBody = (kind: string) => {
    if (s[i] === '{') i = s.indexOf('}', i) + 1;
    else if (kind === 'u') i += 4;
    else if (kind === 'x') i += 2;
    else if (kind === 'c') i += 1;
    else if (kind === 'k') i = s.indexOf('>', i) + 1;
  };
  return alternation();
}

/** Required anchors of a JavaScript regex source (no flags needed: anchors are lower-cased). */
export function anchors(source: string): Req {
  const req = required(parse(source));
  return req && [...req].every(anchorable) ? req : null;
}

/** a|b|c: every alternative must have a requirement; the union is the requirement. */
function required(alts: Node[][]): Req {
  const union = new Set<string>();
  for (const seq of alts) {
    const r = requiredIn(seq);
    if (r === null) return null;
    r.forEach((x) => union.add(x));
  }
  return union;
}

/**
 * Items in a row: the first requirement whose anchors all have 3 or more characters (a pattern's
 * leading word is usually its key word, "fat" in "fat[\s-]+(?:derived|tissue)"), else the longest.
 */
function requiredIn(seq: Node[]): Req {
  return chosen(requirementsIn(seq));
}

const chosen = (found: Set<string>[]): Req => found.find((r) => minLen(r) >= 3) ?? [...found].sort((a, b) => minLen(b) - minLen(a))[0] ?? null;

// A sentence must hold every one of these of an alternative; words this long are seldom all there by chance.
// Measured on the dev corpus: from four letters on, 13% fewer sentences are searched than from five.
const CONJUNCT_MIN = 4;
const MAX_CONJUNCTS = 2;

/**
 * Anchors that must all be present, per alternative of a regex: each alternative's required anchors
 * (as `anchors` gives them) and up to two more of its requirements of long words. A sentence holding
 * the one but not the others cannot hold a match of that alternative ("untreated" without "side" or
 * "half"), where the union of requirements alone let most sentences of an abstract through.
 * null: some alternative has no requirement.
 */
export function conjunctAnchors(source: string): Set<string>[][] | null {
  const out: Set<string>[][] = [];
  for (const seq of parse(source)) {
    const found = requirementsIn(seq);
    const first = chosen(found);
    if (first === null || ![...first].every(anchorable)) return null;
    const more = found
      .filter((r) => r !== first && minLen(r) >= CONJUNCT_MIN)
      .sort((a, b) => minLen(b) - minLen(a))
      .slice(0, MAX_CONJUNCTS);
    out.push([first, ...more]);
  }
  return out;
}

/** Every requirement of items in a row: runs of literal characters, and groups whose alternatives all have one. */
function requirementsIn(seq: Node[]): Set<string>[] {
  const found: Set<string>[] = [];
  let run = '';
  const endRun = () => {
    if (run) found.push(new Set([run]));
    run = '';
  };
  for (const node of seq) {
    if (node.kind === 'lit' && node.min > 0) {
      run += node.ch;
      if (node.max > 1 || node.min > 1) endRun();
      continue;
    }
    endRun();
    if (node.kind === 'group' && node.min > 0) {
      const r = required(node.alts);
      if (r && r.size) found.push(r);
    }
  }
  endRun();
  return found;
}

/** Start anchors of a regex source: every match begins with one of them. */
export function startAnchors(source: string): Req {
  const starts = startsOf(parse(source));
  if (!starts || starts.size > MAX_STARTS || ![...starts].every(anchorable)) return null;
  return withoutExtensions(starts);
}

/** Start anchors less those that extend another: the shorter begins wherever the longer does. */
function withoutExtensions(starts: Set<string>): Set<string> {
  const extendsOne = (s: string) => {
    for (let n = MIN_ANCHOR; n < s.length; n++) if (starts.has(s.slice(0, n))) return true;
    return false;
  };
  return new Set([...starts].filter((s) => !extendsOne(s)));
}

function startsOf(alts: Node[][]): Req {
  const union = new Set<string>();
  for (const seq of alts) {
    const r = startsIn(seq);
    if (r === null || union.size + r.size > MAX_STARTS) return null;
    r.forEach((x) => union.add(x));
  }
  return union;
}

/**
 * Literal characters from a sequence's start up to the first item that is not literal. An optional
 * item branches: the starts with it, and those of the rest of the sequence without it.
 */
function startsIn(seq: Node[], from = 0, cur = new Set([''])): Req {
  const cross = (tails: Set<string>) => new Set([...cur].flatMap((p) => [...tails].map((t) => p + t)));
  const without = (i: number, withIt: Set<string>): Req => {
    const rest = startsIn(seq, i + 1, cur);
    return rest === null ? null : new Set([...withIt, ...rest]);
  };
  for (let i = from; i < seq.length; i++) {
    const node = seq[i];
    if (cur.size > MAX_STARTS) return null;
    if (node.kind === 'zero') continue;
    if (node.kind === 'lit' || node.kind === 'set') {
      const withIt = cross(new Set(charsOf(node)));
      if (node.min === 0 && node.max === 1) cur = new Set([...cur, ...withIt]);
      else if (node.min === 0) return without(i, withIt);
      else if (node.max > 1 || node.min > 1) return withIt;
      else cur = withIt;
      continue;
    }
    if (node.kind === 'group') {
      const inner = startsOf(node.alts);
      if (inner === null) return node.min === 0 ? null : cur;
      if (node.min === 0 && node.max === 1) {
        // An optional group of whole strings goes on with what follows it: "(?:hyp|h)?adsc" begins
        // "hypadsc", "hadsc" or "adsc", not "h" (too short to be an anchor) or "hyp".
        const whole = node.alts.map(wholeStrings);
        if (whole.every((w) => w !== null)) {
          const withIt = startsIn(seq, i + 1, cross(new Set(whole.flatMap((w) => [...w!]))));
          const rest = startsIn(seq, i + 1, cur);
          return withIt === null || rest === null ? null : new Set([...withIt, ...rest]);
        }
      }
      if (node.min === 0) return without(i, cross(inner));
      if (node.max !== 1) return cross(inner);
      // Met once, an alternative that is a whole string goes on with what follows the group ("(?:a|an)\s+"
      // begins "a " or "an "); the others begin as they begin.
      const out = new Set<string>();
      for (const alt of node.alts) {
        const whole = wholeStrings(alt);
        const r = whole ? startsIn(seq, i + 1, cross(whole)) : cross(startsOf([alt])!);
        if (r === null || out.size + r.size > MAX_STARTS) return cross(inner);
        r.forEach((x) => out.add(x));
      }
      return out;
    }
    return cur;
  }
  return cur;
}

/** The characters a literal or a set node stands for. */
const charsOf = (node: Extract<Node, { kind: 'lit' | 'set' }>): string[] => (node.kind === 'lit' ? [node.ch] : node.chars);

/** The strings a sequence matches when it is characters met once each ("an", "t[\s-]"), else null. */
function wholeStrings(seq: Node[]): Req {
  let strings = [''];
  for (const node of seq) {
    if (node.kind === 'zero') continue;
    if ((node.kind !== 'lit' && node.kind !== 'set') || node.min !== 1 || node.max !== 1) return null;
    strings = strings.flatMap((p) => charsOf(node).map((c) => p + c));
  }
  return new Set(strings);
}

function minLen(r: Set<string>): number {
  let m = Infinity;
  for (const s of r) m = Math.min(m, s.length);
  return m;
}

/** Sentences (as a bit mask: bit k for sentence k, bit 31 for all from the 32nd on) that may hold a match of a requirement's group. */
export function sentenceMask(group: number | null, masks: Int32Array): number {
  return group === null ? -1 : masks[group];
}

/**
 * The sentences that hold, for some alternative, one anchor of each of its requirements: `req` is per
 * alternative the groups of its requirements (null: every sentence).
 */
export function conjunctMask(req: number[][] | null, masks: Int32Array): number {
  if (req === null) return -1;
  // Indexed loops: run for every rule and field of every record, for-of's iterators cost more than the work.
  let m = 0;
  for (let k = 0; k < req.length; k++) {
    const alt = req[k];
    let a = -1;
    for (let i = 0; i < alt.length && a; i++) a &= masks[alt[i]];
    m |= a;
  }
  return m;
}

/** The first index whose value is at least (or, `after`, more than) x, in an ascending list. */
export function firstFrom(list: number[], x: number, after = false): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after ? list[mid] > x : list[mid] >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A rule's anchors as ids into its AnchorIndex (null: no anchor, always run). */
export type AnchorIds = number[] | null;

/** A regex with its start anchors: global to scan a sentence, sticky to try only where an anchor starts. */
export interface Finder {
  regex: RegExp;
  sticky: RegExp;
  /** Literal strings with which every match begins (null: scan each sentence), and their ids once indexed. */
  starts: Set<string> | null;
  startIds: AnchorIds;
  /**
   * The alternatives without start anchors, where others have them ("\b[A-Z]{2,6}\s+alone|\bplacebo\b"),
   * as a global regex: a match can begin only at a start anchor or where this one matches, so only those
   * places are tried. Without it, one such alternative made the whole regex run at every position.
   */
  rest?: RegExp;
  /** Literal strings one of which a sentence must hold for `rest` to match there, and their group once indexed. */
  restAnchors?: Set<string> | null;
  restGroup?: number | null;
}

/** A Finder of a regex source (flags without g or y): its ids are given once every anchor is indexed. */
export function finder(source: string, flags: string, compile: (source: string, flags: string) => RegExp): Finder {
  const base = { regex: compile(source, `g${flags}`), sticky: compile(source, `y${flags}`), startIds: null };
  const starts = startAnchors(source);
  if (starts) return { ...base, starts };
  const alts = topLevelAlternatives(source).map((alt) => ({ alt, starts: startAnchors(alt) }));
  const anchored = alts.filter((a) => a.starts !== null);
  if (!anchored.length) return { ...base, starts: null };
  const union = new Set(anchored.flatMap((a) => [...a.starts!]));
  if (union.size > MAX_STARTS) return { ...base, starts: null };
  const rest = alts.filter((a) => a.starts === null).map((a) => a.alt).join('|');
  return { ...base, starts: withoutExtensions(union), rest: compile(rest, `g${flags}`), restAnchors: anchors(rest), restGroup: null };
}

/** A regex source cut at each | outside groups and character classes. */
export function topLevelAlternatives(source: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from));
  return alts;
}

/** Where the anchors occur in one text: per requirement group, a bit mask of sentences; per anchor, a list of end offsets. */
export interface AnchorScan {
  /** Per group (see AnchorIndex.groupOf), the sentences that hold one of its anchors. */
  masks: Int32Array;
  /** Per anchor, its last occurrence (an index into `end` and `next`), or -1. */
  head: Int32Array;
  /** Per occurrence, the one before it of the same anchor, or -1. */
  next: Int32Array;
  /** Per occurrence, the offset just past it. */
  end: Int32Array;
  /** Which use of the index's arrays this scan has (see AnchorIndex.recycle). */
  generation: number;
}

/**
 * Which of all the rules' anchors occur in a text, and where, found in one pass over its characters
 * with an Aho-Corasick automaton, instead of one substring search per anchor per rule. ASCII
 * transitions, failure links folded in, sit in a dense table; anchors are ids.
 */
export class AnchorIndex {
  private readonly ids = new Map<string, number>();
  private readonly lengths: number[] = [];
  private ascii: Int32Array = new Int32Array(128).fill(-1);
  /** Moves on characters past ASCII, for the few states that have any. */
  private readonly other: (Map<number, number> | undefined)[] = [undefined];
  /** Each state's moves in the trie, before failure links are folded in: [character, state]. */
  private readonly children: [number, number][][] = [[]];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private states = 1;
  private readonly classOf = new Uint8Array(128);
  private classes = 0;
  private delta: Uint16Array | Int32Array = new Uint16Array(0);
  private outStart = new Int32Array(0);
  private outIds = new Int32Array(0);
  /**
   * Requirement groups: a rule needs one anchor of a group in a sentence. A text holds a few hundred of
   * the thousands of anchors, so a scan ORs each anchor it found into its groups (a list per anchor,
   * groupStart/groupIds), instead of each rule ORing every one of its anchors, present or not.
   */
  private readonly groups = new Map<string, number>();
  private readonly members: number[][] = [];
  private groupStart = new Int32Array(0);
  private groupIds = new Int32Array(0);
  // A typed array of its own is allocated outside V8's heap, and a scan needs several: their allocation
  // and filling cost more than the scan. Per-anchor arrays are kept for reuse and put back as they were
  // (only the entries a scan set are reset); the rest are views cut from a shared block, left to the
  // garbage collector once no scan holds a view of it.
  private block = new ArrayBuffer(0);
  private used = 0;
  private generation = 0;
  private sentences = new Int32Array(0);
  private readonly spareHeads: Int32Array[] = [];
  /** The heads of this generation's scans, with the anchors each found, to reset at recycle(). */
  private issued: { head: Int32Array; found: number[] }[] = [];

  constructor(reqs: Req[]) {
    for (const r of reqs) r?.forEach((a) => this.ids.has(a) || (this.ids.set(a, this.ids.size), this.lengths.push(a.length)));
    for (const [a, id] of this.ids) {
      let s = 0;
      for (let i = 0; i < a.length; i++) {
        const c = a.charCodeAt(i);
        let t = this.go(s, c);
        if (t < 0) {
          t = this.addState();
          this.set(s, c, t);
        }
        s = t;
      }
      this.out[s].push(id);
    }
    // Breadth-first: a state's fail link is its longest proper suffix that is also a prefix. Once a
    // state's fail link is known, its missing ASCII moves are those of the fail state (already complete).
    const queue: number[] = this.children[0].map(([, t]) => t);
    for (let c = 0; c < 128; c++) if (this.ascii[c] < 0) this.ascii[c] = 0;
    while (queue.length) {
      const s = queue.shift()!;
      for (const [c, t] of this.children[s]) {
        let f = this.fail[s];
        while (f && this.go(f, c) < 0) f = this.fail[f];
        const g = this.go(f, c);
        this.fail[t] = g >= 0 && g !== t ? g : 0;
        this.out[t].push(...this.out[this.fail[t]]);
        queue.push(t);
      }
      for (let c = 0; c < 128; c++) if (this.ascii[s * 128 + c] < 0) this.ascii[s * 128 + c] = this.ascii[this.fail[s] * 128 + c];
    }
    // The scan's tables, kept small enough to stay in cache: ASCII characters that occur in no anchor
    // share one class (they always lead back to the start), and each state's outputs are a slice of one array.
    for (const a of this.ids.keys()) for (const ch of a) if (ch.charCodeAt(0) < 128 && !this.classOf[ch.charCodeAt(0)]) this.classOf[ch.charCodeAt(0)] = ++this.classes;
    this.classes++;
    this.delta = this.states < 0xffff ? new Uint16Array(this.states * this.classes) : new Int32Array(this.states * this.classes);
    for (let st = 0; st < this.states; st++) for (let c = 0; c < 128; c++) if (this.classOf[c]) this.delta[st * this.classes + this.classOf[c]] = this.ascii[st * 128 + c];
    this.outStart = new Int32Array(this.states + 1);
    for (let st = 0; st < this.states; st++) this.outStart[st + 1] = this.outStart[st] + this.out[st].length;
    this.outIds = Int32Array.from(this.out.flat());
    this.sentences = new Int32Array(this.ids.size);
  }

  /** The ids of a rule's anchors. */
  idsOf(req: Req): AnchorIds {
    return req ? [...req].map((a) => this.ids.get(a)!) : null;
  }

  /** The group of a requirement (one of its anchors must occur), whose sentences every scan gives in `masks`; null: none. */
  groupOf(req: Req): number | null {
    if (!req) return null;
    const ids = this.idsOf(req)!.sort((a, b) => a - b);
    const key = ids.join(',');
    let g = this.groups.get(key);
    if (g === undefined) {
      this.groups.set(key, (g = this.groups.size));
      for (const id of ids) (this.members[id] ??= []).push(g);
      this.groupStart = new Int32Array(0); // rebuilt by the next scan
    }
    return g;
  }

  /**
   * The groups of a rule's conjunct anchors (see conjunctAnchors): per alternative, one per requirement.
   * Alternatives of one requirement become one, whose requirement is the union of theirs (any of their
   * anchors will do), and repeated alternatives are dropped: fewer to AND and OR for every rule and field.
   */
  conjunctGroupsOf(alternatives: Set<string>[][]): number[][] {
    const single = new Set(alternatives.filter((alt) => alt.length === 1).flatMap((alt) => [...alt[0]]));
    const several = alternatives.filter((alt) => alt.length > 1).map((alt) => alt.map((req) => this.groupOf(req)!));
    const unique = [...new Map(several.map((alt) => [alt.join(), alt])).values()];
    return single.size ? [[this.groupOf(single)!], ...unique] : unique;
  }

  /**
   * One pass over a (lower-cased) text: bit k of masks[group] is set when one of the group's anchors
   * ends inside sentence k (`starts` are the sentences' start offsets, ascending), and every occurrence is listed.
   */
  scan(lower: string, starts: number[]): AnchorScan {
    if (this.groupStart.length !== this.ids.size + 1) this.indexGroups();
    const head = this.spareHeads.pop() ?? new Int32Array(this.ids.size).fill(-1);
    const found: number[] = [];
    const sentences = this.sentences; // per anchor, while scanning: all zero between scans
    let next = this.fresh(256);
    let end = this.fresh(256);
    let n = 0;
    let s = 0;
    const { delta, classOf, classes, outStart, outIds } = this;
    // Sentence by sentence (the first from offset 0), so that a character costs no check of where it lies.
    for (let k = 0, i = 0; i < lower.length; k++) {
      const stop = k + 1 < starts.length ? Math.min(starts[k + 1], lower.length) : lower.length;
      const bit = 1 << Math.min(k, 31);
      for (; i < stop; i++) {
        const c = lower.charCodeAt(i);
        if (c < 128) s = delta[s * classes + classOf[c]];
        else {
          let t = this.other[s]?.get(c) ?? -1;
          while (t < 0 && s !== 0) {
            s = this.fail[s];
            t = this.go(s, c);
          }
          s = t < 0 ? 0 : t;
        }
        for (let j = outStart[s], last = outStart[s + 1]; j < last; j++) {
          const id = outIds[j];
          if (head[id] < 0) found.push(id);
          sentences[id] |= bit;
          if (n === end.length) {
            const grownNext = this.fresh(n * 2);
            grownNext.set(next);
            next = grownNext;
            const grownEnd = this.fresh(n * 2);
            grownEnd.set(end);
            end = grownEnd;
          }
          next[n] = head[id];
          end[n] = i + 1;
          head[id] = n++;
        }
      }
    }
    const masks = this.fresh(this.groups.size).fill(0);
    const { groupStart, groupIds } = this;
    for (const id of found) {
      const bits = sentences[id];
      for (let j = groupStart[id], last = groupStart[id + 1]; j < last; j++) masks[groupIds[j]] |= bits;
      sentences[id] = 0;
    }
    this.issued.push({ head, found });
    // Without recycle() (a caller matching rule by rule), the oldest heads are left to the garbage collector.
    if (this.issued.length > MAX_ISSUED) this.issued.shift();
    return { masks, head, next, end, generation: this.generation };
  }

  /**
   * Where any of these anchors starts in a scanned text: offsets, ascending. Each anchor's occurrences
   * come last first, and are reversed into an ascending run; runs are merged by insertion while they are
   * short (a rule's starts in one field are a few dozen at most, where sort() with a comparator cost as
   * much as the scan), and sorted when long (a hostile text).
   */
  startsOf(ids: number[], scan: AnchorScan): number[] {
    const at: number[] = [];
    let runs = 0;
    for (const id of ids) {
      const from = at.length;
      const length = this.lengths[id];
      for (let o = scan.head[id]; o >= 0; o = scan.next[o]) at.push(scan.end[o] - length);
      if (at.length === from) continue;
      runs++;
      for (let i = from, j = at.length - 1; i < j; i++, j--) {
        const t = at[i];
        at[i] = at[j];
        at[j] = t;
      }
    }
    if (runs < 2) return at;
    if (at.length > INSERTION_SORT_MAX) return at.sort((a, b) => a - b);
    for (let i = 1; i < at.length; i++) {
      const x = at[i];
      let k = i;
      for (; k > 0 && at[k - 1] > x; k--) at[k] = at[k - 1];
      at[k] = x;
    }
    return at;
  }

  /**
   * Reuse the arrays of the scans made so far: the classifier calls it before each record, whose scans
   * are done with by then, so that the same arrays serve record after record instead of new ones every
   * few dozen, which kept the garbage collector busy. A scan made before reads as stale (current() is
   * false) and is made again if it is used.
   */
  recycle(): void {
    for (const { head, found } of this.issued) {
      for (const id of found) head[id] = -1;
      this.spareHeads.push(head);
    }
    this.issued = [];
    this.used = 0;
    this.generation++;
  }

  /** Whether a scan's arrays are still its own (not cut again since). */
  current(scan: AnchorScan): boolean {
    return scan.generation === this.generation;
  }

  /** An Int32Array of `length`, cut from the current block. */
  private fresh(length: number): Int32Array {
    const bytes = length * 4;
    if (this.used + bytes > this.block.byteLength) {
      this.block = new ArrayBuffer(Math.max(BLOCK_BYTES, bytes));
      this.used = 0;
    }
    const view = new Int32Array(this.block, this.used, length);
    this.used += bytes;
    return view;
  }

  /** Each anchor's groups, as slices of one array. */
  private indexGroups(): void {
    this.groupStart = new Int32Array(this.ids.size + 1);
    for (let id = 0; id < this.ids.size; id++) this.groupStart[id + 1] = this.groupStart[id] + (this.members[id]?.length ?? 0);
    this.groupIds = Int32Array.from(Array.from({ length: this.ids.size }, (_, id) => this.members[id] ?? []).flat());
  }

  private go(s: number, c: number): number {
    return c < 128 ? this.ascii[s * 128 + c] : (this.other[s]?.get(c) ?? -1);
  }

  private set(s: number, c: number, t: number): void {
    if (c < 128) this.ascii[s * 128 + c] = t;
    else (this.other[s] ??= new Map()).set(c, t);
    this.children[s].push([c, t]);
  }

  private addState(): number {
    const s = this.states++;
    if (this.ascii.length < this.states * 128) {
      const grown = new Int32Array(this.ascii.length * 2).fill(-1);
      grown.set(this.ascii);
      this.ascii = grown;
    }
    this.other.push(undefined);
    this.children.push([]);
    this.fail.push(0);
    this.out.push([]);
    return s;
  }

}
