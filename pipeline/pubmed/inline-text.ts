// Titles and abstracts carry inline markup (<i>, <sup>, <sub>, <b>, <u>, MathML).
// The parser hands them over as raw inner XML (stopNodes) so that no word is
// dropped or reordered; this turns that into plain text.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

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

export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Raw inner XML of a mixed-content element to plain text: tags removed, CDATA kept, entities decoded. */
export function inlineText(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  const s = typeof raw === 'string' ? raw : String(raw);
  const stripped = s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, body: string) => body.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '');
  return collapseSpace(decodeEntities(stripped));
}
