// A small XML tokenizer for one record: start tags, end tags and text, in
// document order, with the well-formedness checks a malformed PubMed record
// needs (tags nest and close, attribute values are quoted, comments, CDATA and
// declarations are closed, no '<' or bare '&' in text). It builds nothing.
// Why hand-written: a general parser builds a node for every element, and a
// PubMed record needs a tenth of them; when fast-xml-parser built that tree it
// was half of import's time on a baseline file. test/xml-tokens.test.ts holds
// this tokenizer to fast-xml-parser's reading of every fixture record. Entities
// are left encoded: the caller decodes the text it keeps, and declared
// entities are never expanded.

export interface XmlEvents {
  /** attrs: the raw attribute text after the name, already checked. A self-closing tag opens and closes. */
  open(name: string, attrs: string): void;
  close(): void;
  /** Text as written (entities encoded), or a CDATA section's content (cdata true). */
  text(raw: string, cdata: boolean): void;
  /** False while the consumer ignores text: most of a record's text is white space between tags it skips. */
  readonly wantsText: boolean;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const ATTRS = /^(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*$/;
const ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][\w.-]*);/y;

function fail(xml: string, at: number, message: string): never {
  let line = 1;
  for (let k = xml.indexOf('\n'); k !== -1 && k < at; k = xml.indexOf('\n', k + 1)) line++;
  throw new XmlSyntaxError(line, message);
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
// XML names, ASCII part: [A-Za-z_:] then also digits, '.' and '-'. PubMed's element names are all ASCII.
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45;

// Characters XML 1.0 forbids, raw or as a character reference: C0 controls other than tab, LF and CR.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const forbiddenRef = (ref: string) => {
  const code = ref[2] === 'x' || ref[2] === 'X' ? parseInt(ref.slice(3, -1), 16) : ref[1] === '#' ? parseInt(ref.slice(2, -1), 10) : 0x20;
  // XML 1.0's Char: no C0 control but tab and line ends, no surrogate (half a character), no U+FFFE/FFFF.
  return code < 0x20 ? code !== 9 && code !== 10 && code !== 13 : (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff || code > 0x10ffff;
};

// The same as UTF-8 bytes read as latin1 (U+FFFE and U+FFFF are EF BF BE and EF BF BF; a byte that is not UTF-8
// decodes to U+FFFD, never to one of them).
const FORBIDDEN_UTF8 = /[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]/;

/**
 * Whether UTF-8 bytes may hold a character XML 1.0 forbids. Import's reading thread asks it of a whole block of
 * records, with time to spare, so that the parsing thread, the slower, skips the check for the block's records
 * (tokenize's `checked`): it was a sixteenth of that thread's time.
 */
export const mayHoldForbidden = (utf8: Uint8Array): boolean => FORBIDDEN_UTF8.test(Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength).toString('latin1'));

/**
 * Where the tag opening at lt ends: the first '>' outside a quoted attribute value, or -1. `quotes`
 * holds where the next '"' and "'" were found, carried from tag to tag: searched afresh for every
 * tag, a record without an apostrophe was scanned to its end once per tag.
 */
function tagEnd(xml: string, lt: number, quotes: [number, number]): number {
  const gt = xml.indexOf('>', lt);
  if (quotes[0] !== -1 && quotes[0] < lt) quotes[0] = xml.indexOf('"', lt);
  if (quotes[1] !== -1 && quotes[1] < lt) quotes[1] = xml.indexOf("'", lt);
  const [dq, sq] = quotes;
  if (gt === -1 || ((dq === -1 || dq > gt) && (sq === -1 || sq > gt))) return gt;
  let quote = 0;
  for (let k = lt + 1; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k;
  }
  return -1;
}

/**
 * Reports xml's tokens to `on`; throws XmlSyntaxError with the line at fault. `checked`: the bytes it was decoded
 * from are known to hold no forbidden character (mayHoldForbidden).
 */
export function tokenize(xml: string, on: XmlEvents, checked = false): void {
  const bad = checked ? null : FORBIDDEN.exec(xml);
  if (bad) fail(xml, bad.index, `control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}, which XML 1.0 forbids`);
  const stack: string[] = [];
  const end = xml.length;
  // The next '&' at or after i; found once, not once per text run (most records have none).
  let amp = xml.indexOf('&');
  // The next '<' at or after i, carried over from the check that a tag holds none.
  let nextLt = xml.indexOf('<');
  const quotes: [number, number] = [xml.indexOf('"'), xml.indexOf("'")];
  let i = 0;
  while (i < end) {
    if (nextLt !== -1 && nextLt < i) nextLt = xml.indexOf('<', i);
    const lt = nextLt === -1 ? end : nextLt;
    if (lt > i) {
      if (amp !== -1 && amp < i) amp = xml.indexOf('&', i);
      for (; amp !== -1 && amp < lt; amp = xml.indexOf('&', amp + 1)) {
        ENTITY.lastIndex = amp;
        if (!ENTITY.test(xml)) fail(xml, amp, 'bare "&" (not an entity reference)');
        if (xml.charCodeAt(amp + 1) === 35 /* # */ && forbiddenRef(xml.slice(amp, ENTITY.lastIndex))) fail(xml, amp, `character reference ${xml.slice(amp, ENTITY.lastIndex)} to a character XML 1.0 forbids`);
      }
      if (on.wantsText) on.text(xml.slice(i, lt), false);
    }
    if (lt === end) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt + 4);
        if (close === -1) fail(xml, lt, 'comment is never closed');
        i = close + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9);
        if (close === -1) fail(xml, lt, 'CDATA section is never closed');
        if (on.wantsText) on.text(xml.slice(lt + 9, close), true);
        i = close + 3;
      } else if (next === 63) {
        // A processing instruction ends at '?>' only: a '>' inside it is its text.
        const close = xml.indexOf('?>', lt + 2);
        if (close === -1) fail(xml, lt, 'processing instruction is never closed');
        i = close + 2;
      } else {
        const close = xml.indexOf('>', lt);
        if (close === -1) fail(xml, lt, 'declaration is never closed');
        i = close + 1;
      }
      continue;
    }
    const gt = tagEnd(xml, lt, quotes);
    if (gt === -1) fail(xml, lt, 'tag is never closed');
    nextLt = xml.indexOf('<', lt + 1);
    if (nextLt !== -1 && nextLt < gt) fail(xml, lt, '"<" inside a tag');
    if (next === 47 /* / */) {
      const open = stack.pop();
      let k = lt + 2 + (open?.length ?? 0);
      while (k < gt && isSpace(xml.charCodeAt(k))) k++;
      if (open === undefined || k !== gt || !xml.startsWith(open, lt + 2)) {
        const name = xml.slice(lt + 2, gt).trim();
        if (open === undefined) fail(xml, lt, `closing tag </${name}> without an opening tag`);
        fail(xml, lt, `expected </${open}>, found </${name}>`);
      }
      on.close();
    } else {
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const bodyEnd = selfClosing ? gt - 1 : gt;
      let k = lt + 1;
      let good = isNameStart(xml.charCodeAt(k));
      for (let c = xml.charCodeAt(++k); k < bodyEnd && !isSpace(c); c = xml.charCodeAt(++k)) good &&= isNameChar(c);
      if (!good) fail(xml, lt, `not a tag name: "<${xml.slice(lt + 1, Math.min(gt, lt + 21))}"`);
      const name = xml.slice(lt + 1, k);
      const attrs = k < bodyEnd ? xml.slice(k, bodyEnd) : '';
      if (attrs && !ATTRS.test(attrs)) fail(xml, lt, `malformed attributes in <${name}>`);
      on.open(name, attrs);
      if (selfClosing) on.close();
      else stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length) fail(xml, end, `<${stack[stack.length - 1]}> is never closed`);
}
