// Cuts a PubMed XML stream (efetch reply, export, or gunzipped baseline file) into
// one string per <PubmedArticle> and one entry per <DeleteCitation>, holding
// only the current record in memory. Scanning for record boundaries is much
// cheaper than parsing, so the whole file is never handed to the XML parser;
// that also means a DOCTYPE and its entity declarations are never expanded.

export type XmlItem =
  | { kind: 'article'; xml: string; index: number }
  | { kind: 'delete'; pmids: string[] };

export class XmlStreamError extends Error {}

/** Incremental scanner: feed text with push(), which returns the items completed so far. */
export class RecordScanner {
  private readonly open = /<(PubmedArticle|PubmedBookArticle|DeleteCitation)[\s>]/g;
  private buf = '';
  private index = 0;
  private sawRoot = false;
  /** A file may be one bare <PubmedArticle> (or several) with no <PubmedArticleSet> around them. */
  private bareRecords = false;
  private sawAnything = false;

  push(chunk: string): XmlItem[] {
    this.buf += chunk;
    if (!this.sawAnything && this.buf.trim()) this.sawAnything = true;
    if (!this.sawRoot && !this.findRoot()) return [];
    const items: XmlItem[] = [];
    const buf = this.buf;
    let pos = 0;
    for (;;) {
      this.open.lastIndex = pos;
      const m = this.open.exec(buf);
      if (!m) break;
      const closeTag = `</${m[1]}>`;
      const end = buf.indexOf(closeTag, m.index);
      if (end < 0) {
        pos = m.index;
        break;
      }
      const stop = end + closeTag.length;
      const xml = buf.slice(m.index, stop);
      pos = stop;
      if (m[1] === 'PubmedArticle') items.push({ kind: 'article', xml, index: ++this.index });
      else if (m[1] === 'DeleteCitation') {
        items.push({ kind: 'delete', pmids: [...xml.matchAll(/<PMID[^>]*>\s*(\d+)\s*<\/PMID>/g)].map((p) => p[1]) });
      } else this.index++; // Book records are not articles this tool classifies; counted so record numbers stay true.
    }
    // Keep an unfinished record, or a short tail that may hold the start of one.
    this.open.lastIndex = pos;
    const pending = this.open.exec(buf);
    this.buf = pending ? buf.slice(pending.index) : buf.slice(Math.max(pos, buf.length - 64));
    return items;
  }

  /** Call after the last chunk: a file that stops inside a record or before its root closes is truncated. */
  end(): void {
    if (!this.sawAnything) throw new XmlStreamError('empty file');
    if (!this.sawRoot) throw new XmlStreamError('not a PubMed XML export (no <PubmedArticleSet> root element)');
    this.open.lastIndex = 0;
    const open = this.open.exec(this.buf);
    if (open) throw new XmlStreamError(`truncated: record ${this.index + 1} (<${open[1]}>) is never closed`);
    if (!this.bareRecords && !/<\/(PubmedArticleSet|eFetchResult)>/.test(this.buf))
      throw new XmlStreamError(`truncated: the file ends before </PubmedArticleSet> (after record ${this.index})`);
  }

  private findRoot(): boolean {
    // Drop a DOCTYPE's internal subset: an entity value there could look like a record.
    const doctype = this.buf.indexOf('<!DOCTYPE');
    if (doctype >= 0) {
      const bracket = this.buf.indexOf('[', doctype);
      const close = this.buf.indexOf('>', doctype);
      if (close < 0) return false;
      if (bracket >= 0 && bracket < close) {
        const end = this.buf.indexOf(']>', bracket);
        if (end < 0) return false;
        this.buf = this.buf.slice(0, doctype) + this.buf.slice(end + 2);
      }
    }
    const root = /<(PubmedArticleSet|eFetchResult|PubmedArticle)[\s>]/.exec(this.buf);
    if (root) {
      this.bareRecords = root[1] === 'PubmedArticle';
      return (this.sawRoot = true);
    }
    const prolog = this.buf.replace(/<\?[^>]*\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, '');
    if (this.buf.length > 1 << 20 || /<[A-Za-z][^>]*>/.test(prolog))
      throw new XmlStreamError('not a PubMed XML export (no <PubmedArticleSet> root element)');
    return false;
  }
}

export async function* xmlRecords(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<XmlItem> {
  const scanner = new RecordScanner();
  for await (const chunk of chunks) yield* scanner.push(chunk);
  scanner.end();
}

/** A whole reply at once (efetch bodies). */
export function scanXml(text: string): XmlItem[] {
  const scanner = new RecordScanner();
  const items = scanner.push(text);
  scanner.end();
  return items;
}
