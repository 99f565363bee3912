// Citation files of every included study, for a reference manager: RIS and
// BibTeX, written by citation-js from CSL-JSON (it owns the escaping and the
// format rules: BibTeX's braces and accents, RIS tags). The PMID, tier and
// design go in the note, where Zotero reads "PMID:" into the item.

import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { includedStudies, type ReportModel } from './model.ts';
import { TIERS, tierOf, type Study } from './study.ts';
import { nextTurn } from '../turn.ts';

const byPmid = (m: ReportModel) => includedStudies(m).sort((a, b) => Number(a.pmid) - Number(b.pmid));

/** One study as CSL-JSON, the form citation-js converts from. */
export function cslItem(s: Study) {
  const tier = tierOf(s.labels.design);
  const tierTitle = tier ? TIERS.find((t) => t.code === tier)!.title : s.labels.design;
  return {
    id: `pmid${s.pmid}`,
    'citation-label': `PMID${s.pmid}`,
    type: 'article-journal',
    title: s.title,
    author: s.cite.authors,
    'container-title': s.cite.journalTitle ?? s.journal ?? undefined,
    'container-title-short': s.journal ?? undefined,
    ...(s.year ? { issued: { 'date-parts': [[s.year]] } } : {}),
    ...(s.cite.volume ? { volume: s.cite.volume } : {}),
    ...(s.cite.issue ? { issue: s.cite.issue } : {}),
    ...(s.cite.pages ? { page: s.cite.pages } : {}),
    ...(s.cite.doi ? { DOI: s.cite.doi } : {}),
    PMID: s.pmid,
    URL: `https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/`,
    // One line: a line break inside a RIS field ends the field.
    note: `PMID: ${s.pmid}; exoevidence tier: ${tierTitle}; design: ${s.designLabel}`,
    // citation-js splits keywords at commas.
    keyword: [`exoevidence tier: ${tierTitle}`, `exoevidence design: ${s.designLabel}`].map((k) => k.replace(/,\s*/g, ' / ')).join(','),
  };
}

// Studies read into citation-js at a time: a pause between lots lets Ctrl-C in (8,000 studies take 4 s).
const LOT = 500;

export type CslItem = ReturnType<typeof cslItem>;
/** One lot's entries in each format. */
export interface CitationFiles {
  ris: string;
  bibtex: string;
}
/** Both files as the lots' entries in order, written one after another (atomic.ts): joined, they were 50 MB of strings for 50,000 studies. */
export interface CitationPieces {
  ris: string[];
  bibtex: string[];
}

/** Both files' entries for one lot of studies, from one citation-js library: reading the items in costs it as much as writing one format. */
export function formatCitations(items: CslItem[]): CitationFiles {
  const cite = new Cite(items);
  return { ris: risText(cite), bibtex: (cite.format('bibtex') as string).trim() };
}

/** Lots formatted one after another in this thread, with a pause after each. */
async function inThisThread(lots: CslItem[][]): Promise<CitationFiles[]> {
  const out: CitationFiles[] = [];
  for (const lot of lots) {
    out.push(formatCitations(lot));
    await nextTurn();
  }
  return out;
}

/**
 * Both files, formatted a lot of studies at a time by `format` (in this thread, or in a worker thread while
 * this one renders the other files). Entries do not depend on one another, so the lots joined are the files whole.
 */
export async function renderCitations(m: ReportModel, format: (lots: CslItem[][]) => Promise<CitationFiles[]> = inThisThread): Promise<CitationPieces> {
  const items = byPmid(m).map(cslItem);
  const lots: CslItem[][] = [];
  for (let i = 0; i < items.length; i += LOT) lots.push(items.slice(i, i + LOT));
  return pieces(await format(lots));
}

// BibTeX entries are a blank line apart, and the file ends with a line end.
const pieces = (done: CitationFiles[]): CitationPieces => ({
  ris: done.map((d) => d.ris),
  bibtex: done.flatMap((d, i) => (i ? ['\n', d.bibtex] : [d.bibtex])).concat(done.length ? ['\n'] : []),
});

/**
 * The citation files begun while the studies are still being read (buildReport's onStudy): each lot goes to
 * `format` (a worker thread) once it is full, so that the files are ready about when the other files are, not
 * as long again after the studies are read. The files list the studies by PMID, as renderCitations does: the
 * rows come in that order, and `files` checks it, formatting them all again in order if they did not.
 */
export class CitationsAsRead {
  private lot: Study[] = [];
  private readonly sent: Study[] = [];
  private readonly lots: Promise<CitationFiles>[] = [];

  constructor(private readonly format: (lot: CslItem[]) => Promise<CitationFiles>) {}

  add(s: Study): void {
    if (this.lot.push(s) === LOT) this.send();
  }

  private send(): void {
    const done = this.format(this.lot.map(cslItem));
    done.catch(() => undefined); // awaited by files(), where a failure is reported
    this.lots.push(done);
    this.sent.push(...this.lot);
    this.lot = [];
  }

  files(m: ReportModel): Promise<CitationPieces> {
    if (this.lot.length) this.send();
    const order = byPmid(m);
    if (order.length !== this.sent.length || order.some((s, i) => s !== this.sent[i])) return renderCitations(m, (lots) => Promise.all(lots.map(this.format)));
    return Promise.all(this.lots).then(pieces);
  }
}

/**
 * RIS from citation-js's tag objects, one field a line: its own text output wraps every field at 70
 * characters, mid-word, which RIS readers take as a new, broken line.
 */
function risText(cite: Cite): string {
  const entries = cite.format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  const line = (tag: string, value: string) => `${tag}  - ${String(value).replace(/\s*[\r\n]+\s*/g, ' ')}`;
  return entries
    .map((e) => [line('TY', e.TY as string), ...Object.entries(e).filter(([t]) => t !== 'TY').flatMap(([t, v]) => [v].flat().map((x) => line(t, x))), 'ER  - '].join('\r\n'))
    .join('\r\n')
    .concat('\r\n');
}

