// One <PubmedArticle> element (efetch or baseline shape) in, one PubmedRecord out.
// Pure: no I/O. fast-xml-parser runs with preserveOrder, which keeps mixed
// content (text around <i>, <sup>, MathML) as an ordered list of text and
// element nodes, so every word of a title or abstract stays, in order. Its
// default mode flattens mixed content and loses the text around inline tags.
// Entities are decoded here, once per field, rather than by the parser.

import { XMLParser } from 'fast-xml-parser';
import { checkWellFormed } from './well-formed.ts';
import type { AbstractSection, Author, MeshHeading, PubmedRecord } from '../types.ts';
import { collapseSpace, decodeEntities } from './inline-text.ts';
import { yearFromDate } from './dates.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: false,
});

export class RecordParseError extends Error {}

/** An element in preserveOrder form: { Tag: children, ':@': attributes }, or a text node { '#text': s }. */
type ONode = Record<string, any>;

const ATTRS = ':@';

function tagOf(n: ONode): string | undefined {
  for (const k in n) if (k !== ATTRS) return k;
  return undefined;
}

/** Child elements named tag, in document order. */
function all(nodes: ONode[] | undefined, tag: string): ONode[] {
  return nodes ? nodes.filter((n) => tag in n) : [];
}
function first(nodes: ONode[] | undefined, tag: string): ONode | undefined {
  return nodes?.find((n) => tag in n);
}
/** Children of the first element named tag. */
function kids(nodes: ONode[] | undefined, tag: string): ONode[] | undefined {
  return first(nodes, tag)?.[tag];
}
/** Children along a path of element names. */
function at(nodes: ONode[] | undefined, ...path: string[]): ONode[] | undefined {
  let cur = nodes;
  for (const t of path) cur = kids(cur, t);
  return cur;
}

function rawText(nodes: ONode[] | undefined): string {
  if (!nodes) return '';
  let out = '';
  for (const n of nodes) {
    if ('#text' in n) out += n['#text'];
    else {
      const t = tagOf(n);
      if (t) out += rawText(n[t]);
    }
  }
  return out;
}

/** All text inside, in order, inline markup dropped, entities decoded, white space folded. */
function textOf(nodes: ONode[] | undefined): string {
  return collapseSpace(decodeEntities(rawText(nodes)));
}
function textOfEl(el: ONode | undefined): string {
  if (!el) return '';
  return textOf(el[tagOf(el)!]);
}
function attr(el: ONode | undefined, name: string): string | undefined {
  const v = el?.[ATTRS]?.[name];
  return v === undefined ? undefined : decodeEntities(String(v));
}
const orNull = (s: string): string | null => (s === '' ? null : s);

// Elements the record type does not use, cut out before parsing: on real records the
// reference list alone is often most of the text. One scan finds them all.
const UNUSED = new RegExp(
  `<(${[
    'ReferenceList', 'History', 'ChemicalList', 'GrantList', 'InvestigatorList', 'DataBankList', 'SupplMeshList',
    'GeneSymbolList', 'PersonalNameSubjectList', 'OtherAbstract', 'OtherID', 'MedlineJournalInfo', 'CitationSubset',
    'DateCompleted', 'DateRevised', 'Pagination', 'PublicationStatus', 'ISSN', 'CoiStatement', 'Identifier',
    'CopyrightInformation', 'NumberOfReferences',
  ].join('|')})(?=[\\s>/])`,
  'g',
);

/** Where the element opened before `from` ends, counting nested elements of the same name. */
function closingEnd(xml: string, tag: string, from: number): number {
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'g');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const gt = xml.indexOf('>', m.index);
    if (gt === -1) return -1;
    if (m[1]) depth--;
    else if (xml[gt - 1] !== '/') depth++;
    if (depth === 0) return gt + 1;
    re.lastIndex = gt + 1;
  }
  return -1;
}

function withoutUnused(xml: string): string {
  let out = '';
  let from = 0;
  UNUSED.lastIndex = 0;
  for (let m = UNUSED.exec(xml); m; m = UNUSED.exec(xml)) {
    const gt = xml.indexOf('>', m.index);
    if (gt === -1) break;
    const end = xml[gt - 1] === '/' ? gt + 1 : closingEnd(xml, m[1], gt);
    if (end === -1) break;
    out += xml.slice(from, m.index);
    from = end;
    UNUSED.lastIndex = end;
  }
  return from === 0 ? xml : out + xml.slice(from);
}

/** Check well-formedness first: fast-xml-parser alone accepts broken nesting silently. */
export function parseArticleXml(xml: string): PubmedRecord {
  const problem = checkWellFormed(xml);
  if (problem) throw new RecordParseError(`malformed XML at line ${problem.line}: ${problem.message}`);
  const doc = parser.parse(withoutUnused(xml)) as ONode[];
  const article = kids(doc, 'PubmedArticle');
  if (!article || !first(article, 'MedlineCitation')) throw new RecordParseError('not a <PubmedArticle> with a <MedlineCitation>');
  return articleToRecord(article);
}

function articleToRecord(pa: ONode[]): PubmedRecord {
  const mc = kids(pa, 'MedlineCitation');
  const art = kids(mc, 'Article');

  // The record's own PMID is MedlineCitation/PMID; PMIDs nested in comments or references are other articles.
  const pmidEl = first(mc, 'PMID');
  const pmid = textOfEl(pmidEl);
  if (!/^\d+$/.test(pmid)) throw new RecordParseError(`missing or non-numeric MedlineCitation/PMID "${pmid}"`);
  const version = Number(attr(pmidEl, 'Version') ?? 1) || 1;

  let title = textOf(kids(art, 'ArticleTitle'));
  const vernacular = textOf(kids(art, 'VernacularTitle'));
  // Non-English articles carry "[Not Available]." and put the real title in VernacularTitle.
  if ((title === '' || /^\[not available\]\.?$/i.test(title)) && vernacular) title = vernacular;

  const abstract: AbstractSection[] = all(kids(art, 'Abstract'), 'AbstractText').map((s) => ({
    label: orNull(collapseSpace(attr(s, 'Label') ?? '')),
    category: orNull(attr(s, 'NlmCategory') ?? ''),
    text: textOf(s.AbstractText),
  }));

  const authors: Author[] = all(kids(art, 'AuthorList'), 'Author').map((a) => {
    const k = a.Author as ONode[];
    return {
      lastName: orNull(textOf(kids(k, 'LastName'))),
      foreName: orNull(textOf(kids(k, 'ForeName'))),
      initials: orNull(textOf(kids(k, 'Initials'))),
      collectiveName: orNull(textOf(kids(k, 'CollectiveName'))),
      affiliations: all(k, 'AffiliationInfo').map((ai) => textOf(kids(ai.AffiliationInfo, 'Affiliation'))).filter(Boolean),
    };
  });

  const mesh: MeshHeading[] = all(kids(mc, 'MeshHeadingList'), 'MeshHeading').map((h) => {
    const d = first(h.MeshHeading, 'DescriptorName');
    return {
      descriptor: textOfEl(d),
      majorTopic: attr(d, 'MajorTopicYN') === 'Y',
      qualifiers: all(h.MeshHeading, 'QualifierName').map((q) => ({ name: textOfEl(q), majorTopic: attr(q, 'MajorTopicYN') === 'Y' })),
    };
  });

  const ids = new Map<string, string>();
  for (const id of all(at(pa, 'PubmedData', 'ArticleIdList'), 'ArticleId')) ids.set(attr(id, 'IdType') ?? '', textOfEl(id));
  const doiFromArticle = all(art, 'ELocationID').find((e) => attr(e, 'EIdType') === 'doi');

  const publicationTypes = all(kids(art, 'PublicationTypeList'), 'PublicationType').map(textOfEl).filter(Boolean);
  const comments = all(kids(mc, 'CommentsCorrectionsList'), 'CommentsCorrections').map((c) => attr(c, 'RefType'));
  const pubDate = at(art, 'Journal', 'JournalIssue', 'PubDate');
  const articleDate = kids(art, 'ArticleDate');
  const journal = kids(art, 'Journal');

  return {
    pmid,
    version,
    title,
    abstract,
    journal: { title: orNull(textOf(kids(journal, 'Title'))), isoAbbreviation: orNull(textOf(kids(journal, 'ISOAbbreviation'))) },
    year: yearFromDate(textOf(kids(pubDate, 'Year'))) ?? yearFromDate(textOf(kids(pubDate, 'MedlineDate'))) ?? yearFromDate(textOf(kids(articleDate, 'Year'))),
    authors,
    firstAuthorAffiliation: authors[0]?.affiliations[0] ?? null,
    languages: all(art, 'Language').map(textOfEl).filter(Boolean),
    publicationTypes,
    mesh,
    keywords: all(mc, 'KeywordList').flatMap((kl) => all(kl.KeywordList, 'Keyword').map(textOfEl)).filter(Boolean),
    doi: orNull(ids.get('doi') ?? textOfEl(doiFromArticle)),
    pmcid: orNull(ids.get('pmc') ?? ''),
    retracted: publicationTypes.includes('Retracted Publication') || comments.includes('RetractionIn'),
    erratum: publicationTypes.includes('Published Erratum') || comments.includes('ErratumIn'),
  };
}
