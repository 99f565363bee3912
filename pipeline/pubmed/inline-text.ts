// Text as the parser hands it over: character references still encoded (the
// parser is told not to decode them, so each field is decoded once, here) and
// white space as in the file.

// XML's five, and HTML names that turn up in exports written by other tools.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', deg: '°', plusmn: '±', times: '×', micro: 'µ', middot: '·',
  le: '≤', ge: '≥', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', kappa: 'κ', lambda: 'λ', mu: 'μ',
  eacute: 'é', egrave: 'è', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', auml: 'ä', ouml: 'ö', uuml: 'ü',
  ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', reg: '®', trade: '™', copy: '©',
};

/** Decode XML character references. Unknown named entities stay as written: we never expand declared entities. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

// Most fields have nothing to fold: white space other than a space, two spaces, or one at either end. Each is
// looked for apart: one character class, and a plain search for two spaces, take a third less time than the
// alternation /[^\S ]| {2}/ did (8% of the parsing thread's time on real records); anchors for the ends in the
// alternation made it a fifth slower still.
const OTHER_SPACE = /[^\S ]/;

// Runs of white space other than one space: a single space is left as it is, not replaced by a copy of
// itself, which made a 20 MB field cost a builder of millions of parts.
const RUN = /\s*[^\S ]\s*| {2,}/g;

export function collapseSpace(s: string): string {
  if (s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !OTHER_SPACE.test(s) && !s.includes('  ')) return s;
  return s.replace(RUN, ' ').trim();
}
