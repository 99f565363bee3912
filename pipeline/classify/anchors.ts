// Literal anchors of a regex: strings of which at least one must occur (lower-cased)
// in any text the regex matches. Most rules match few records, and a substring
// search is far cheaper than running a case-insensitive regex with word
// boundaries, so a rule whose anchors are all absent is skipped without
// running it. null means "no anchor could be derived": always run the regex.

type Req = Set<string> | null;

const MIN_ANCHOR = 2;

/** Anchors of a JavaScript regex source (no flags needed: anchors are lower-cased). */
export function anchors(source: string): Req {
  const p = new Parser(source);
  const req = p.alternation();
  return req && [...req].every((s) => s.length >= MIN_ANCHOR) ? req : null;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  /** a|b|c: every alternative must have a requirement; the union is the requirement. */
  alternation(): Req {
    const union = new Set<string>();
    let ok = true;
    for (;;) {
      const r = this.sequence();
      if (r === null) ok = false;
      else r.forEach((x) => union.add(x));
      if (this.s[this.i] === '|') {
        this.i++;
        continue;
      }
      return ok ? union : null;
    }
  }

  /**
   * Items in a row: the first requirement whose anchors all have 3 or more characters (a pattern's
   * leading word is usually its key word, "fat" in "fat[\s-]+(?:derived|tissue)"), else the longest.
   */
  private sequence(): Req {
    const found: Set<string>[] = [];
    let run = '';
    const consider = (r: Req) => {
      if (r && r.size) found.push(r);
    };
    const endRun = () => {
      if (run) consider(new Set([run]));
      run = '';
    };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const c = this.s[this.i];
      let item: { lit?: string; req?: Req };
      if (c === '\\') {
        const n = this.s[this.i + 1];
        this.i += 2;
        if (/[bBsSwWdDnrtfv0-9]/.test(n)) item = { req: null };
        else if (n === 'u' || n === 'x' || n === 'p' || n === 'P' || n === 'k' || n === 'c') {
          this.skipEscapeBody(n);
          item = { req: null };
        } else item = { lit: n.toLowerCase() };
      } else if (c === '[') {
        this.skipClass();
        item = { req: null };
      } else if (c === '(') {
        this.i++;
        let look = false;
        if (this.s[this.i] === '?') {
          const kind = this.s.slice(this.i, this.i + 3);
          if (kind.startsWith('?:')) this.i += 2;
          else if (kind.startsWith('?=') || kind.startsWith('?!')) (this.i += 2, (look = true));
          else if (kind === '?<=' || kind === '?<!') (this.i += 3, (look = true));
          else if (kind.startsWith('?<')) this.i = this.s.indexOf('>', this.i) + 1; // named group
        }
        const inner = this.alternation();
        this.i++; // ')'
        item = { req: look ? null : inner };
      } else if (c === '.' || c === '^' || c === '$') {
        this.i++;
        item = { req: null };
      } else {
        this.i++;
        item = { lit: c.toLowerCase() };
      }
      // A quantifier: ?, * and {0,...} make the item optional; + and {n,...} keep it but end a literal run.
      const q = this.s[this.i];
      let optional = false;
      let repeated = false;
      if (q === '?' || q === '*') {
        optional = true;
        this.i++;
      } else if (q === '+') {
        repeated = true;
        this.i++;
      } else if (q === '{' && /^\{\d+(,\d*)?\}/.test(this.s.slice(this.i))) {
        const m = /^\{(\d+)(,\d*)?\}/.exec(this.s.slice(this.i))!;
        optional = Number(m[1]) === 0;
        repeated = true;
        this.i += m[0].length;
      }
      if (this.s[this.i] === '?' && (optional || repeated)) this.i++; // lazy
      if (item.lit !== undefined && !optional) {
        run += item.lit;
        if (repeated) endRun();
      } else {
        endRun();
        if (!optional && item.req !== undefined) consider(item.req);
      }
    }
    endRun();
    return found.find((r) => minLen(r) >= 3) ?? found.sort((a, b) => minLen(b) - minLen(a))[0] ?? null;
  }

  private skipClass(): void {
    this.i++;
    if (this.s[this.i] === '^') this.i++;
    if (this.s[this.i] === ']') this.i++;
    while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
    this.i++;
  }

  private skipEscapeBody(kind: string): void {
    if (this.s[this.i] === '{') this.i = this.s.indexOf('}', this.i) + 1;
    else if (kind === 'u') this.i += 4;
    else if (kind === 'x') this.i += 2;
    else if (kind === 'c') this.i += 1;
    else if (kind === 'k') this.i = this.s.indexOf('>', this.i) + 1;
  }
}

function minLen(r: Set<string>): number {
  let m = Infinity;
  for (const s of r) m = Math.min(m, s.length);
  return m;
}

/** Sentences (as a bit mask: bit k for sentence k, bit 31 for all from the 32nd on) that may hold a match. */
export function sentenceMask(req: AnchorIds, masks: Uint32Array): number {
  if (req === null) return -1;
  let m = 0;
  for (const id of req) m |= masks[id];
  return m;
}

/** A rule's anchors as ids into its AnchorIndex (null: no anchor, always run). */
export type AnchorIds = number[] | null;

/**
 * Which of all the rules' anchors occur in a text, found in one pass over its
 * characters with an Aho-Corasick automaton, instead of one substring search
 * per anchor per rule. ASCII transitions sit in a dense table; anchors are ids.
 */
export class AnchorIndex {
  private readonly ids = new Map<string, number>();
  private ascii: Int32Array = new Int32Array(128).fill(-1);
  private readonly other: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private states = 1;

  constructor(reqs: Req[]) {
    for (const r of reqs) r?.forEach((a) => this.ids.has(a) || this.ids.set(a, this.ids.size));
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
    // Breadth-first: a state's fail link is its longest proper suffix that is also a prefix.
    const queue: number[] = this.children(0);
    while (queue.length) {
      const s = queue.shift()!;
      for (const [c, t] of this.edges(s)) {
        let f = this.fail[s];
        while (f && this.go(f, c) < 0) f = this.fail[f];
        const g = this.go(f, c);
        this.fail[t] = g >= 0 && g !== t ? g : 0;
        this.out[t].push(...this.out[this.fail[t]]);
        queue.push(t);
      }
    }
  }

  /** The ids of a rule's anchors. */
  idsOf(req: Req): AnchorIds {
    return req ? [...req].map((a) => this.ids.get(a)!) : null;
  }

  /**
   * One pass over a text, noting per anchor the sentences it occurs in: bit k of masks[id] is set
   * when the anchor ends inside sentence k (`starts` are the sentences' start offsets, ascending).
   */
  sentenceMasks(lower: string, starts: number[]): Uint32Array {
    const masks = new Uint32Array(this.ids.size);
    let s = 0;
    let k = 0;
    let bit = 1;
    for (let i = 0; i < lower.length; i++) {
      while (k + 1 < starts.length && i >= starts[k + 1]) {
        k++;
        bit = 1 << Math.min(k, 31);
      }
      const c = lower.charCodeAt(i);
      let t = this.go(s, c);
      while (t < 0 && s !== 0) {
        s = this.fail[s];
        t = this.go(s, c);
      }
      s = t < 0 ? 0 : t;
      const out = this.out[s];
      for (let j = 0; j < out.length; j++) masks[out[j]] |= bit;
    }
    return masks;
  }

  private go(s: number, c: number): number {
    return c < 128 ? this.ascii[s * 128 + c] : (this.other[s].get(c) ?? -1);
  }

  private set(s: number, c: number, t: number): void {
    if (c < 128) this.ascii[s * 128 + c] = t;
    else this.other[s].set(c, t);
  }

  private addState(): number {
    const s = this.states++;
    if (this.ascii.length < this.states * 128) {
      const grown = new Int32Array(this.ascii.length * 2).fill(-1);
      grown.set(this.ascii);
      this.ascii = grown;
    }
    this.other.push(new Map());
    this.fail.push(0);
    this.out.push([]);
    return s;
  }

  private edges(s: number): [number, number][] {
    const e: [number, number][] = [];
    for (let c = 0; c < 128; c++) if (this.ascii[s * 128 + c] >= 0) e.push([c, this.ascii[s * 128 + c]]);
    for (const [c, t] of this.other[s]) e.push([c, t]);
    return e;
  }

  private children(s: number): number[] {
    return this.edges(s).map(([, t]) => t);
  }
}
