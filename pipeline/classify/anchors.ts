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

/** Can a regex with these anchors match a text whose present anchors are known? */
export function mayMatch(req: Req, present: Set<string>): boolean {
  if (req === null) return true;
  for (const a of req) if (present.has(a)) return true;
  return false;
}

/**
 * Which of all the rules' anchors occur in a text, found in one pass over its
 * words: each distinct word is looked up once (memoised) against the anchors
 * that start with each of its letters, so a record costs a few map lookups per
 * word instead of one substring search per anchor per rule.
 */
export class AnchorIndex {
  private readonly byFirst = new Map<string, string[]>();
  private readonly spaced: string[] = [];
  private readonly memo = new Map<string, string[]>();

  constructor(reqs: Req[]) {
    const all = new Set<string>();
    for (const r of reqs) r?.forEach((a) => all.add(a));
    for (const a of all) {
      if (/\s/.test(a)) this.spaced.push(a);
      else {
        const list = this.byFirst.get(a[0]) ?? [];
        list.push(a);
        this.byFirst.set(a[0], list);
      }
    }
  }

  present(lower: string): Set<string> {
    const out = new Set<string>();
    for (const word of lower.split(/\s+/)) {
      let hits = this.memo.get(word);
      if (!hits) {
        hits = [];
        for (let i = 0; i < word.length; i++) {
          const list = this.byFirst.get(word[i]);
          if (list) for (const a of list) if (word.startsWith(a, i)) hits.push(a);
        }
        if (this.memo.size > 500_000) this.memo.clear();
        this.memo.set(word, hits);
      }
      for (const h of hits) out.add(h);
    }
    for (const a of this.spaced) if (lower.includes(a)) out.add(a);
    return out;
  }
}
