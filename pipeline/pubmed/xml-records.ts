// Cuts a PubMed XML stream (efetch reply, export, or gunzipped baseline file) into
// one string per <PubmedArticle>, one entry per <DeleteCitation> and one per
// <PubmedBookArticle> (named, not parsed), holding
// only the current record in memory. Scanning for record boundaries is much
// cheaper than parsing, so the whole file is never handed to the XML parser;
// that also means a DOCTYPE and its entity declarations are never expanded.
// It scans bytes and decodes each record on its own: a record of Latin-1
// text then becomes a one-byte string, where decoding the file in chunks makes
// every string two-byte once a chunk holds one Greek letter, and two-byte
// strings double what SQLite's binding costs.

import { isUtf8 } from 'node:buffer';
import { invalidUtf8Bytes } from './utf8.ts';

export type XmlItem =
  /** invalidBytes: bytes that were not valid UTF-8, each read as U+FFFD. */
  | { kind: 'article'; xml: string; index: number; invalidBytes: number }
  | { kind: 'delete'; pmids: string[] }
  /** A book or chapter (<PubmedBookArticle>): in PubMed, and in a search's hits, but not an article this tool classifies. */
  | { kind: 'book'; pmid: string | null; index: number };

/**
 * A record as its bytes, not yet decoded: decoding is left to the thread that parses it, and bytes
 * cross to a worker thread in one block where strings are copied one by one. `encoding`: the one the
 * file's XML declaration names, null for UTF-8.
 */
export type RawArticle = { kind: 'article'; bytes: Uint8Array; encoding: string | null; index: number };
export type RawItem = RawArticle | Extract<XmlItem, { kind: 'delete' | 'book' }>;

export class XmlStreamError extends Error {}

const RECORDS = ['PubmedArticle', 'PubmedBookArticle', 'DeleteCitation'] as const;
type RecordTag = (typeof RECORDS)[number];
const OPENS = RECORDS.map((t) => Buffer.from(`<${t}`));
const CLOSES = RECORDS.map((t) => Buffer.from(`</${t}>`));
// After '<Tag' comes '>' or white space; '<PubmedArticleSet' is not a record.
// The largest PubMed records (thousands of authors) are a few MB; a record that never closes is a cut
// or foreign file, and would otherwise be held, and searched, whole.
const MAX_RECORD_BYTES = 32 << 20;
const endsName = (b: number | undefined) => b === 0x3e || b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
// A prolog (XML declaration, DOCTYPE, comments) longer than this is not PubMed's: a DOCTYPE whose internal
// subset never closes would otherwise be buffered without end.
const MAX_PROLOG_BYTES = 1 << 20;
// Markup whose content is not markup: a tag inside a comment, CDATA section or processing instruction is text.
const QUOTED: [Buffer, Buffer][] = [[Buffer.from('<!--'), Buffer.from('-->')], [Buffer.from('<![CDATA['), Buffer.from(']]>')], [Buffer.from('<?'), Buffer.from('?>')]];

const SECOND_BYTES = [...new Set(QUOTED.map(([open]) => open[1]))];

/**
 * Where quoted markup next opens from a position on: where it starts and its kind (an index into QUOTED),
 * or [-1, -1]. Openers are sought by the byte after their '<' ('!' or '?'), which PubMed's text seldom holds
 * (a search for '<!--' stopped at every '<' of the markup), and each byte's next place is kept until passed:
 * searching afresh for each comment would scan to the buffer's end for a '?' that is not there.
 * Positions asked for never go back.
 */
function quoteFinder(buf: Buffer): (from: number) => [number, number] {
  const next: [number, number][] = SECOND_BYTES.map(() => [-2, -1]);
  return (from) => {
    let best: [number, number] = [-1, -1];
    for (let i = 0; i < SECOND_BYTES.length; i++) {
      if (next[i][0] !== -1 && next[i][0] < from) next[i] = nextOpener(buf, from, SECOND_BYTES[i]);
      if (next[i][0] !== -1 && (best[0] === -1 || next[i][0] < best[0])) best = next[i];
    }
    return best;
  };
}
function nextOpener(buf: Buffer, from: number, second: number): [number, number] {
  for (let p = buf.indexOf(second, from + 1); p !== -1; p = buf.indexOf(second, p + 1)) {
    if (buf[p - 1] !== 0x3c) continue;
    for (let q = 0; q < QUOTED.length; q++) {
      const open = QUOTED[q][0];
      if (open[1] === second && p - 1 + open.length <= buf.length && buf.compare(open, 0, open.length, p - 1, p - 1 + open.length) === 0) return [p - 1, q];
    }
  }
  return [-1, -1];
}

/**
 * The quoted markup from `from` on: the one still open at the buffer's end (where it starts,
 * and what closes it), or null; and where the last one closed (or `from`), after which none is open.
 */
function quotesFrom(buf: Buffer, from: number): { open: { start: number; close: Buffer } | null; settled: number } {
  const nextQuote = quoteFinder(buf);
  for (let pos = from; ; ) {
    const [start, kind] = nextQuote(pos);
    if (start === -1) return { open: null, settled: pos };
    const close = buf.indexOf(QUOTED[kind][1], start + QUOTED[kind][0].length);
    if (close === -1) return { open: { start, close: QUOTED[kind][1] }, settled: pos };
    pos = close + QUOTED[kind][1].length;
  }
}
// An opener cut by a chunk's end begins in the bytes kept, at most this far from their end.
const OPENER_TAIL = Math.max(...QUOTED.map(([open]) => open.length)) - 1;

/** Incremental scanner: feed bytes (or text) with push(), which returns the items completed so far. */
export class RecordScanner {
  private buf: Buffer = Buffer.alloc(0);
  /**
   * Where bytes kept are gathered with those that follow, with room to grow: a record open across many chunks
   * is appended to in place, where joining it anew at each chunk copied it again each time. Only bytes past
   * `used` are ever written, so records given out as views of it stay as they were.
   */
  private store: Buffer = Buffer.alloc(0);
  private used = 0;
  private index = 0;
  private sawRoot = false;
  /** A file may be one bare <PubmedArticle> (or several) with no <PubmedArticleSet> around them. */
  private bareRecords = false;
  private sawAnything = false;
  /** The record left open at the end of the buffer (an index into RECORDS), or -1. */
  private open = -1;
  /** How far into that record its closing tag has been sought already. */
  private closeFrom = 0;
  /** Where in that record its comments are to be walked from: every comment before is closed. */
  private quoteFrom = 0;
  /**
   * What the bytes kept must see before anything in them can change: the open record's closing tag, or
   * the end of a comment, CDATA section or processing instruction left open (inside a record or between two); null when nothing is open.
   */
  private awaiting: Buffer | null = null;
  /** Chunks after `buf` that do not hold what is awaited, and their length. */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  /** The encoding the XML declaration names, when it is not UTF-8 (files written by other tools). */
  private encoding: string | null = null;

  push(chunk: Buffer | string): XmlItem[] {
    return this.pushRaw(chunk).map((item) => (item.kind === 'article' ? decodeRecord(item) : item));
  }

  /** As push(), with each record's bytes left undecoded. */
  pushRaw(chunk: Buffer | string): RawItem[] {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    // A record or comment that spans many chunks is joined once, when what closes it comes, not once per
    // chunk: a record of 4 MB took a second, and a comment left open 17 s, most of it copying and searching again.
    if (this.awaiting) {
      if (!this.closesIn(bytes, this.awaiting)) {
        this.waiting.push(bytes);
        this.waitingBytes += bytes.length;
        if (this.buf.length + this.waitingBytes > MAX_RECORD_BYTES) throw this.open !== -1 ? this.tooLong(this.open) : this.quoteTooLong();
        return [];
      }
      // Only the chunk's head, to where what was awaited ends, is joined to the bytes kept; the rest is then
      // scanned where it lies when nothing is left open. Joining whole chunks copied every byte of a file once,
      // a tenth of import's main thread. (Once per chunk: a rest that still needs joining is joined whole.)
      const at = bytes.indexOf(this.awaiting);
      const cut = at >= 0 ? at + this.awaiting.length : this.awaiting.length - 1;
      if (cut < bytes.length) return this.scan(bytes.subarray(0, cut)).concat(this.scan(bytes.subarray(cut)));
    }
    return this.scan(bytes);
  }

  /** The items completed once these bytes are added to those kept. */
  private scan(bytes: Buffer): RawItem[] {
    this.buf = this.gather([...this.waiting, bytes]);
    this.waiting = [];
    this.waitingBytes = 0;
    if (!this.sawAnything) {
      if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.buf = this.buf.subarray(3); // UTF-8 BOM
      this.sawAnything = this.buf.toString('latin1').trim() !== '';
    }
    if (!this.sawRoot && !this.findRoot()) return [];
    const items: RawItem[] = [];
    const buf = this.buf;
    // Where each record tag next opens; searched again only once passed, not once per record.
    const next = RECORDS.map(() => -2);
    const find = (k: number, from: number): number => {
      if (next[k] !== -1 && next[k] < from) {
        let at = buf.indexOf(OPENS[k], from);
        while (at !== -1 && at + OPENS[k].length < buf.length && !endsName(buf[at + OPENS[k].length])) at = buf.indexOf(OPENS[k], at + 1);
        next[k] = at;
      }
      return next[k];
    };
    const findQuote = quoteFinder(buf);
    /**
     * Whether position `at` lies inside quoted markup (QUOTED) that starts at or after `from`:
     * -1 when not, the position just after that section when it does, or null when a section opened
     * before `at` has not closed yet in this buffer (more bytes are needed to tell).
     */
    const quotedAt = (from: number, at: number): number | null => {
      for (let p = from; ; ) {
        const [start, kind] = findQuote(p);
        if (start === -1 || start >= at) return -1;
        const close = buf.indexOf(QUOTED[kind][1], start + QUOTED[kind][0].length);
        if (close === -1) return null;
        const after = close + QUOTED[kind][1].length;
        if (after > at) return after;
        p = after;
      }
    };
    let pos = 0;
    let keepFrom = -1;
    let walkFrom = 0;
    scan: for (;;) {
      // A record left open by the last chunk starts the buffer; its end is sought where the last search stopped.
      let k = this.open;
      let at = 0;
      if (k === -1) {
        at = -1;
        for (let j = 0; j < RECORDS.length; j++) {
          const p = find(j, pos);
          if (p !== -1 && (at === -1 || p < at)) (at = p), (k = j);
        }
        if (k === -1) break;
        // A record tag inside a comment, CDATA section or processing instruction is text: search on after it.
        const quoted = quotedAt(pos, at);
        if (quoted === null) {
          keepFrom = pos;
          break;
        }
        if (quoted !== -1) {
          pos = quoted;
          continue;
        }
        if (at + OPENS[k].length >= buf.length) {
          keepFrom = at;
          break;
        }
      }
      // A record resumed is searched, and its comments walked, from where the last chunk left them, not from its
      // start: a record of many comments holding closing tags was searched again whole at each chunk.
      const resumed = k === this.open;
      const walk = resumed ? this.quoteFrom : at;
      let end = buf.indexOf(CLOSES[k], resumed ? this.closeFrom : at);
      // So is a closing tag inside a comment within the record.
      for (let quoted = end < 0 ? -1 : quotedAt(walk, end); end >= 0 && quoted !== -1; quoted = end < 0 ? -1 : quotedAt(walk, end)) {
        if (quoted === null) {
          end = -1;
          break;
        }
        end = buf.indexOf(CLOSES[k], quoted);
      }
      if (end < 0) {
        if (buf.length - at > MAX_RECORD_BYTES) throw this.tooLong(k);
        this.open = k;
        keepFrom = at;
        walkFrom = walk - at;
        break scan;
      }
      this.open = -1;
      const stop = end + CLOSES[k].length;
      pos = stop;
      const tag: RecordTag = RECORDS[k];
      // The buffer is never written to (a new one is made for what is kept), so a record may stay a view of it.
      if (tag === 'PubmedArticle') items.push({ kind: 'article', bytes: buf.subarray(at, stop), encoding: this.encoding, index: ++this.index });
      else if (tag === 'DeleteCitation') {
        const xml = buf.toString('utf8', at, stop);
        items.push({ kind: 'delete', pmids: [...xml.matchAll(/<PMID[^>]*>\s*(\d+)\s*<\/PMID>/g)].map((p) => p[1]) });
      } else {
        // Named by its own PMID (BookDocument/PMID, its first), so that a fetch that asked for it knows it came.
        const pmid = /<PMID[^>]*>\s*(\d+)\s*<\/PMID>/.exec(buf.toString('utf8', at, stop))?.[1] ?? null;
        items.push({ kind: 'book', pmid, index: ++this.index });
      }
    }
    // Keep an unfinished record, or a short tail that may hold the start of one or the root's end, and
    // from quoted markup still open: a record tag inside it is text.
    if (keepFrom < 0) {
      const { open } = quotesFrom(buf, pos);
      keepFrom = open ? open.start : Math.max(pos, buf.length - 64);
      if (open && buf.length - open.start > MAX_RECORD_BYTES) throw this.quoteTooLong();
    }
    this.buf = buf.subarray(keepFrom);
    // Nothing in the bytes kept changes until the open record's closing tag comes, or, with a comment open
    // in them, that comment's end; the record's end is then sought from that comment on.
    const { open: quote, settled } = quotesFrom(this.buf, this.open !== -1 ? walkFrom : 0);
    if (this.open !== -1) {
      this.closeFrom = quote ? quote.start : Math.max(0, this.buf.length - CLOSES[this.open].length);
      this.quoteFrom = quote ? quote.start : Math.max(settled, this.buf.length - OPENER_TAIL);
    }
    this.awaiting = quote ? quote.close : this.open !== -1 ? CLOSES[this.open] : null;
    return items;
  }

  /** The bytes kept followed by `parts`, as one buffer: the parts alone when nothing is kept. */
  private gather(parts: Buffer[]): Buffer {
    const kept = this.buf;
    if (!kept.length) return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const more = parts.reduce((n, p) => n + p.length, 0);
    const inStore = kept.buffer === this.store.buffer && kept.byteOffset + kept.length === this.store.byteOffset + this.used;
    let from = kept.byteOffset - this.store.byteOffset;
    if (!inStore || this.used + more > this.store.length) {
      // Twice what is needed: a record that keeps growing is copied a few times in all, not once per chunk.
      this.store = Buffer.allocUnsafeSlow(Math.max(2 * (kept.length + more), 1 << 16));
      kept.copy(this.store, 0);
      this.used = kept.length;
      from = 0;
    }
    for (const p of parts) this.used += p.copy(this.store, this.used);
    return this.store.subarray(from, this.used);
  }

  private quoteTooLong(): XmlStreamError {
    return new XmlStreamError(`a comment, CDATA section or processing instruction after record ${this.index} runs past ${MAX_RECORD_BYTES >> 20} MB without closing`);
  }

  /** Whether `close` may end in this chunk (it may begin in the bytes before). */
  private closesIn(bytes: Buffer, close: Buffer): boolean {
    if (bytes.indexOf(close) !== -1) return true;
    // The bytes before, back to a tag's length less one, however small the chunks were.
    const tail: Buffer[] = [];
    for (let i = this.waiting.length, n = 0; n < close.length - 1 && i >= 0; i--) {
      const b = i === 0 ? this.buf : this.waiting[i - 1];
      tail.unshift(b.subarray(Math.max(0, b.length - (close.length - 1 - n))));
      n += tail[0].length;
    }
    return Buffer.concat([...tail, bytes.subarray(0, close.length - 1)]).indexOf(close) !== -1;
  }

  private tooLong(k: number): XmlStreamError {
    return new XmlStreamError(`record ${this.index + 1} (<${RECORDS[k]}>) runs past ${MAX_RECORD_BYTES >> 20} MB without closing: the file is cut or not PubMed XML`);
  }

  /** Call after the last chunk: a file that stops inside a record or before its root closes is truncated. */
  end(): void {
    if (!this.sawAnything) throw new XmlStreamError('empty file');
    if (!this.sawRoot) throw new XmlStreamError('not a PubMed XML export (no <PubmedArticleSet> root element)');
    if (this.awaiting && this.open === -1) throw new XmlStreamError(`truncated: a comment, CDATA section or processing instruction after record ${this.index} never closes`);
    const open = /<(PubmedArticle|PubmedBookArticle|DeleteCitation)[\s>]/.exec(this.buf.toString('latin1'));
    if (open) throw new XmlStreamError(`truncated: record ${this.index + 1} (<${open[1]}>) is never closed`);
    if (!this.bareRecords && !/<\/(PubmedArticleSet|eFetchResult)>/.test(this.buf.toString('latin1')))
      throw new XmlStreamError(`truncated: the file ends before </PubmedArticleSet> (after record ${this.index})`);
  }

  private findRoot(): boolean {
    // Byte offsets equal character offsets in a latin1 view, and the markup sought is ASCII.
    let head = this.buf.toString('latin1');
    // Drop a DOCTYPE's internal subset: an entity value there could look like a record.
    if (this.buf.length > MAX_PROLOG_BYTES && !/<(PubmedArticleSet|eFetchResult|PubmedArticle)[\s>]/.test(head))
      throw new XmlStreamError(`not a PubMed XML export: no root element in the first ${MAX_PROLOG_BYTES >> 20} MB (a DOCTYPE that never closes?)`);
    const doctype = head.indexOf('<!DOCTYPE');
    if (doctype >= 0) {
      const bracket = head.indexOf('[', doctype);
      const close = head.indexOf('>', doctype);
      if (close < 0) return false;
      if (bracket >= 0 && bracket < close) {
        const end = head.indexOf(']>', bracket);
        if (end < 0) return false;
        this.buf = Buffer.concat([this.buf.subarray(0, doctype), this.buf.subarray(end + 2)]);
        head = this.buf.toString('latin1');
      }
    }
    const root = /<(PubmedArticleSet|eFetchResult|PubmedArticle)[\s>]/.exec(head);
    if (root) {
      this.encoding = declaredEncoding(head.slice(0, root.index));
      this.bareRecords = root[1] === 'PubmedArticle';
      return (this.sawRoot = true);
    }
    const prolog = head.replace(/<\?[^>]*\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, '');
    if (this.buf.length > 1 << 20 || /<[A-Za-z][^>]*>/.test(prolog))
      throw new XmlStreamError('not a PubMed XML export (no <PubmedArticleSet> root element)');
    return false;
  }
}

/** The encoding an XML declaration names, or null for UTF-8 (PubMed's own, and the default). */
function declaredEncoding(prolog: string): string | null {
  const name = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(prolog)?.[1];
  if (!name || /^(?:utf-?8|us-ascii|ascii)$/i.test(name)) return null;
  // The declaration itself was read as 8-bit text, so a file that names UTF-16 or UTF-32 there is not in
  // it (tools write that name by mistake): its bytes are read as UTF-8, as the XML standard's default.
  if (/^(?:utf-?(?:16|32)|ucs-?[24]|unicode)/i.test(name)) return null;
  try {
    return decoderFor(name).encoding;
  } catch {
    throw new XmlStreamError(`the XML declaration names encoding "${name.slice(0, 40)}", which this tool cannot read; convert the file to UTF-8`);
  }
}

const decoders = new Map<string, TextDecoder>();
const decoderFor = (encoding: string) => decoders.get(encoding) ?? decoders.set(encoding, new TextDecoder(encoding)).get(encoding)!;

/** How messages name an XML record: its place in the file, and its PMID when it has one. */
export function recordName(index: number, xml: string): string {
  const pmid = /<PMID[^>]*>(\d+)</.exec(xml)?.[1];
  return `record ${index}${pmid ? ` (PMID ${pmid})` : ''}`;
}

/** A record's text from its bytes, in the file's encoding, with the count of bytes that were not valid UTF-8. */
export function decodeRecord(item: RawArticle): Extract<XmlItem, { kind: 'article' }> {
  const { bytes, encoding, index } = item;
  if (encoding) return { kind: 'article', xml: decoderFor(encoding).decode(bytes), index, invalidBytes: 0 };
  const xml = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { kind: 'article', xml, index, invalidBytes: isUtf8(bytes) ? 0 : invalidUtf8Bytes(bytes) };
}

export async function* xmlRecords(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<XmlItem> {
  for await (const item of rawXmlRecords(chunks)) yield item.kind === 'article' ? decodeRecord(item) : item;
}

export async function* rawXmlRecords(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<RawItem> {
  const scanner = new RecordScanner();
  for await (const chunk of chunks) yield* scanner.pushRaw(chunk);
  scanner.end();
}

/** A whole reply at once (efetch bodies). */
export function scanXml(body: Buffer | string): XmlItem[] {
  const scanner = new RecordScanner();
  const items = scanner.push(body);
  scanner.end();
  return items;
}
