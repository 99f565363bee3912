// MEDLINE text (the PubMed website's "PubMed format" / .nbib export) into the same
// PubmedRecord the XML parser gives. Pure: text in, records out.
//
// Each line is a tag padded to four characters, "- ", then the value; a value
// continues on lines indented by six spaces; records are separated by blank lines.

import { isUtf8 } from 'node:buffer';
import { invalidUtf8Bytes } from './utf8.ts';
import { isPmid, type Author, type MeshHeading, type PubmedRecord } from '../types.ts';
import { collapseSpace } from './inline-text.ts';
import { yearFromDate } from './dates.ts';
import { splitAbstract } from './sections.ts';

export class MedlineFormatError extends Error {}

type Field = { tag: string; value: string };

/** One record's fields in order, the line it starts on, and how many bytes of invalid UTF-8 it held. */
export interface MedlineFields {
  fields: Field[];
  line: number;
  invalidBytes: number;
}

// As for XML records: the largest real records are a few MB; one past this is a foreign or damaged file,
// and would otherwise be held whole.
export const MAX_MEDLINE_RECORD_BYTES = 32 << 20;

// C0 controls other than tab: refused as the XML reader refuses them (XML 1.0 forbids them), so that an escape
// sequence in a crafted file never reaches a report a user prints in a terminal.
const CONTROL = /[\x00-\x08\x0B-\x1F]/;

/** Reads MEDLINE lines one at a time and hands back each record as it completes. */
class MedlineScanner {
  private fields: Field[] = [];
  private start = 0;
  private bytes = 0;
  private invalid = 0;
  private lineNo = 0;

  /** A line (its end removed), its length in bytes, and how many of them were not valid UTF-8. */
  line(line: string, bytes: number, invalid: number): MedlineFields | null {
    const i = ++this.lineNo;
    const control = CONTROL.exec(line);
    if (control) throw new MedlineFormatError(`line ${i}: control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}, which text exported from PubMed never holds (and a terminal would obey)`);
    if (line.trim() === '') return this.take();
    const m = /^([A-Z][A-Z0-9]{0,3}) {0,3}- ?(.*)$/.exec(line);
    let done: MedlineFields | null = null;
    if (m) {
      // A new PMID with no blank line before it still starts a new record.
      if (m[1] === 'PMID' && this.fields.length) done = this.take();
      if (!this.fields.length) this.start = i;
      this.fields.push({ tag: m[1], value: m[2] });
    } else if (/^\s{2,}\S/.test(line) && this.fields.length) {
      this.fields[this.fields.length - 1].value += ' ' + line.trim();
    } else {
      throw new MedlineFormatError(`line ${i}: not a MEDLINE "TAG - value" line or continuation: "${line.slice(0, 60)}"`);
    }
    this.bytes += bytes;
    this.invalid += invalid;
    if (this.bytes > MAX_MEDLINE_RECORD_BYTES)
      throw new MedlineFormatError(`record at line ${this.start} runs past ${MAX_MEDLINE_RECORD_BYTES >> 20} MB: the file is damaged or not MEDLINE text`);
    return done;
  }

  take(): MedlineFields | null {
    if (!this.fields.length) return null;
    const done = { fields: this.fields, line: this.start, invalidBytes: this.invalid };
    this.fields = [];
    this.bytes = 0;
    this.invalid = 0;
    return done;
  }
}

/** Splits a MEDLINE export held in memory into records, each a list of (tag, value) in order. */
export function* medlineFields(text: string): Generator<MedlineFields> {
  const scanner = new MedlineScanner();
  // CRLF, LF, and the CR alone of old Mac files all end a line.
  for (const line of text.split(/\r\n|\r|\n/)) {
    const done = scanner.line(line, line.length, 0);
    if (done) yield done;
  }
  const last = scanner.take();
  if (last) yield last;
}

/**
 * Streams a MEDLINE file's records from its bytes: only the current record is held, each line is
 * decoded on its own, and invalid UTF-8 is counted for the record it is in. CR and LF are never part
 * of a multi-byte character, so lines can be cut on bytes.
 */
export async function* medlineRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<MedlineFields> {
  const scanner = new MedlineScanner();
  // The start of a line not yet ended, in the chunks it came in: joined once, when the line ends, not
  // once per chunk (a line of 39 MB took a minute to refuse).
  let rest: Buffer[] = [];
  let restBytes = 0;
  let first = true;
  const lineOf = (b: Buffer) => scanner.line(b.toString('utf8'), b.length, isUtf8(b) ? 0 : invalidUtf8Bytes(b));
  const tooLong = () => new MedlineFormatError(`a line runs past ${MAX_MEDLINE_RECORD_BYTES >> 20} MB: the file is damaged or not MEDLINE text`);
  for await (const chunk of chunks) {
    if (restBytes && chunk.indexOf(10) === -1 && chunk.indexOf(13) === -1) {
      rest.push(chunk);
      if ((restBytes += chunk.length) > MAX_MEDLINE_RECORD_BYTES) throw tooLong();
      continue;
    }
    let buf = restBytes ? Buffer.concat([...rest, chunk]) : chunk;
    if (first && buf.length >= 3) {
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3); // UTF-8 BOM
      first = false;
    }
    let start = 0;
    // The next CR, found once and reused until passed: a file of LF lines would otherwise be searched to its end per line.
    let cr = buf.indexOf(13);
    for (;;) {
      const lf = buf.indexOf(10, start);
      if (cr !== -1 && cr < start) cr = buf.indexOf(13, start);
      const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      // A CR last in the chunk may be the first half of CRLF: wait for the next chunk.
      if (end === -1 || (end === cr && end + 1 === buf.length)) break;
      const done = lineOf(buf.subarray(start, end));
      start = end === cr && buf[end + 1] === 10 ? end + 2 : end + 1;
      if (done) yield done;
    }
    rest = [Buffer.from(buf.subarray(start))];
    if ((restBytes = rest[0].length) > MAX_MEDLINE_RECORD_BYTES) throw tooLong();
  }
  if (restBytes) {
    const last = Buffer.concat(rest);
    const done = lineOf(last[last.length - 1] === 13 ? last.subarray(0, -1) : last);
    if (done) yield done;
  }
  const last = scanner.take();
  if (last) yield last;
}

export function medlineToRecord(fields: Field[]): PubmedRecord {
  const all = (tag: string) => fields.filter((f) => f.tag === tag).map((f) => collapseSpace(f.value));
  const one = (tag: string) => all(tag)[0] ?? null;

  const pmid = one('PMID') ?? '';
  if (!isPmid(pmid)) throw new MedlineFormatError(`record without a valid PMID ("${pmid}")`);

  // Affiliations (AD) belong to the author line before them.
  const authors: Author[] = [];
  for (const f of fields) {
    const v = collapseSpace(f.value);
    if (f.tag === 'FAU' || f.tag === 'CN') {
      const [last, fore] = f.tag === 'FAU' ? v.split(/,\s*/, 2) : [null, null];
      authors.push({
        lastName: last || null, foreName: fore || null, initials: null,
        collectiveName: f.tag === 'CN' ? v : null, affiliations: [],
      });
    } else if (f.tag === 'AU' && authors.length) {
      const a = authors[authors.length - 1];
      if (a.lastName && v.startsWith(a.lastName)) a.initials = v.slice(a.lastName.length).trim() || null;
    } else if (f.tag === 'AD' && authors.length) {
      authors[authors.length - 1].affiliations.push(v);
    }
  }

  const mesh: MeshHeading[] = all('MH').map((h) => {
    const [desc, ...quals] = h.split('/');
    return {
      descriptor: desc.replace(/^\*/, ''),
      majorTopic: desc.startsWith('*'),
      qualifiers: quals.map((q) => ({ name: q.replace(/^\*/, ''), majorTopic: q.startsWith('*') })),
    };
  });

  const doiOf = (v: string) => (/\[doi\]$/.test(v) ? v.replace(/\s*\[doi\]$/, '') : null);
  const doi = all('AID').map(doiOf).find(Boolean) ?? all('LID').map(doiOf).find(Boolean) ?? null;
  const publicationTypes = all('PT');

  let title = one('TI') ?? '';
  if ((title === '' || /^\[not available\]\.?$/i.test(title)) && one('TT')) title = one('TT')!;

  return {
    pmid,
    version: 1,
    title,
    abstract: splitAbstract(all('AB').join(' ')),
    journal: { title: one('JT'), isoAbbreviation: one('TA') },
    volume: one('VI'),
    issue: one('IP'),
    pages: one('PG'),
    year: yearFromDate(one('DP')) ?? yearFromDate(one('DEP')),
    authors,
    firstAuthorAffiliation: authors[0]?.affiliations[0] ?? null,
    languages: all('LA'),
    publicationTypes,
    mesh,
    keywords: all('OT'),
    doi,
    pmcid: one('PMC'),
    retracted: publicationTypes.includes('Retracted Publication') || all('RIN').length > 0,
    erratum: publicationTypes.includes('Published Erratum') || all('EIN').length > 0,
    coiStatement: one('COIS'),
    // "GR  - R01 AR012345/AR/NIAMS NIH HHS/United States": grant number, acronym, agency, country.
    grantAgencies: [...new Set(all('GR').map((g) => { const p = g.split('/'); return (p.length >= 4 ? p[2] : p[1])?.trim(); }).filter((a): a is string => Boolean(a)))],
  };
}

/** A record from its fields; errors name the record's first line. */
export function medlineRecord({ fields, line }: MedlineFields): PubmedRecord {
  try {
    return medlineToRecord(fields);
  } catch (e) {
    throw new MedlineFormatError(`record at line ${line}: ${(e as Error).message}`);
  }
}

/** Parses a whole MEDLINE export held in memory. */
export function* parseMedline(text: string): Generator<PubmedRecord> {
  for (const r of medlineFields(text)) yield medlineRecord(r);
}
