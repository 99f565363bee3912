// MEDLINE text (the PubMed website's "PubMed format" / .nbib export) into the same
// PubmedRecord the XML parser gives. Pure: text in, records out.
//
// Each line is a tag padded to four characters, "- ", then the value; a value
// continues on lines indented by six spaces; records are separated by blank lines.

import type { AbstractSection, Author, MeshHeading, PubmedRecord } from '../types.ts';
import { collapseSpace } from './inline-text.ts';
import { yearFromDate } from './dates.ts';

export class MedlineFormatError extends Error {}

type Field = { tag: string; value: string };

/** Splits a MEDLINE export into records, each a list of (tag, value) in order. */
export function* medlineFields(text: string): Generator<{ fields: Field[]; line: number }> {
  let fields: Field[] = [];
  let start = 0;
  // CRLF, LF, and the CR alone of old Mac files all end a line.
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      if (fields.length) yield { fields, line: start };
      fields = [];
      continue;
    }
    const m = /^([A-Z][A-Z0-9]{0,3}) {0,3}- ?(.*)$/.exec(line);
    if (m) {
      if (!fields.length) start = i + 1;
      // A new PMID with no blank line before it still starts a new record.
      if (m[1] === 'PMID' && fields.length) {
        yield { fields, line: start };
        fields = [];
        start = i + 1;
      }
      fields.push({ tag: m[1], value: m[2] });
    } else if (/^\s{2,}\S/.test(line) && fields.length) {
      fields[fields.length - 1].value += ' ' + line.trim();
    } else {
      throw new MedlineFormatError(`line ${i + 1}: not a MEDLINE "TAG - value" line or continuation: "${line.slice(0, 60)}"`);
    }
  }
  if (fields.length) yield { fields, line: start };
}

// Section labels in MEDLINE abstracts are capitalised and open the abstract or follow a sentence end.
const LABEL = /(?:^|(?<=[.?!)\]]\s))([A-Z][A-Z0-9]*(?:[ ,&/-]+[A-Z0-9]+)*): /g;

export function splitAbstract(ab: string): AbstractSection[] {
  const text = collapseSpace(ab);
  if (!text) return [];
  const marks = [...text.matchAll(LABEL)];
  const sections: AbstractSection[] = [];
  const head = marks.length ? text.slice(0, marks[0].index).trim() : text;
  if (head) sections.push({ label: null, category: null, text: head });
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].index : text.length;
    sections.push({ label: m[1], category: null, text: text.slice(m.index + m[0].length, end).trim() });
  });
  return sections;
}

export function medlineToRecord(fields: Field[]): PubmedRecord {
  const all = (tag: string) => fields.filter((f) => f.tag === tag).map((f) => collapseSpace(f.value));
  const one = (tag: string) => all(tag)[0] ?? null;

  const pmid = one('PMID') ?? '';
  if (!/^\d+$/.test(pmid)) throw new MedlineFormatError(`record without a numeric PMID ("${pmid}")`);

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

/** Parses a whole MEDLINE export; errors name the record's first line. */
export function* parseMedline(text: string): Generator<PubmedRecord> {
  for (const { fields, line } of medlineFields(text)) {
    let record: PubmedRecord;
    try {
      record = medlineToRecord(fields);
    } catch (e) {
      throw new MedlineFormatError(`record at line ${line}: ${(e as Error).message}`);
    }
    yield record;
  }
}
