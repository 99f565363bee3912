// One <PubmedArticle> element (efetch or baseline shape) in, one PubmedRecord out.
// Pure: no I/O. Mixed-content fields are kept raw by the parser (stopNodes)
// and flattened by inlineText, because fast-xml-parser's default drops the
// text around inline tags.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { AbstractSection, Author, MeshHeading, PubmedRecord } from '../types.ts';
import { collapseSpace, inlineText } from './inline-text.ts';
import { yearFromDate } from './dates.ts';

const LISTS = new Set([
  'AbstractText', 'Author', 'AffiliationInfo', 'PublicationType', 'MeshHeading', 'QualifierName', 'Keyword',
  'KeywordList', 'ArticleId', 'Language', 'CommentsCorrections', 'ELocationID', 'OtherAbstract',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => LISTS.has(name),
  // Mixed content stays raw; subtrees the record type does not need are not parsed at all.
  stopNodes: [
    '*.ArticleTitle', '*.VernacularTitle', '*.AbstractText', '*.Affiliation', '*.Keyword',
    '*.ReferenceList', '*.History', '*.ChemicalList', '*.GrantList', '*.OtherAbstract', '*.DataBankList',
  ],
});

export class RecordParseError extends Error {}

type Node = Record<string, any>;

const text = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return text((v as Node)['#text']);
  return collapseSpace(String(v));
};
const orNull = (s: string): string | null => (s === '' ? null : s);
const arr = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const rawText = (v: unknown): string => inlineText(typeof v === 'object' && v !== null ? (v as Node)['#text'] : v);

/** Check well-formedness first: fast-xml-parser alone accepts broken nesting silently. */
export function parseArticleXml(xml: string): PubmedRecord {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new RecordParseError(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  const doc = parser.parse(xml) as Node;
  const article = doc.PubmedArticle as Node | undefined;
  if (!article?.MedlineCitation) throw new RecordParseError('not a <PubmedArticle> with a <MedlineCitation>');
  return articleToRecord(article);
}

function articleToRecord(pa: Node): PubmedRecord {
  const mc = pa.MedlineCitation as Node;
  const art = (mc.Article ?? {}) as Node;
  const data = (pa.PubmedData ?? {}) as Node;

  // The record's own PMID is MedlineCitation/PMID; PMIDs nested in comments or references are other articles.
  const pmid = text(mc.PMID);
  if (!/^\d+$/.test(pmid)) throw new RecordParseError(`missing or non-numeric MedlineCitation/PMID "${pmid}"`);
  const version = Number(mc.PMID?.['@Version'] ?? 1) || 1;

  let title = rawText(art.ArticleTitle);
  const vernacular = rawText(art.VernacularTitle);
  // Non-English articles carry "[Not Available]." and put the real title in VernacularTitle.
  if ((title === '' || /^\[not available\]\.?$/i.test(title)) && vernacular) title = vernacular;

  const abstract: AbstractSection[] = arr<Node | string>(art.Abstract?.AbstractText).map((s) => ({
    label: typeof s === 'object' ? orNull(collapseSpace(s['@Label'] ?? '')) : null,
    category: typeof s === 'object' ? orNull(s['@NlmCategory'] ?? '') : null,
    text: rawText(s),
  }));

  const authors: Author[] = arr<Node>(art.AuthorList?.Author).map((a) => ({
    lastName: orNull(text(a.LastName)),
    foreName: orNull(text(a.ForeName)),
    initials: orNull(text(a.Initials)),
    collectiveName: orNull(rawText(a.CollectiveName)),
    affiliations: arr<Node>(a.AffiliationInfo).map((ai) => rawText(ai.Affiliation)).filter(Boolean),
  }));

  const mesh: MeshHeading[] = arr<Node>(mc.MeshHeadingList?.MeshHeading).map((h) => ({
    descriptor: text(h.DescriptorName),
    majorTopic: h.DescriptorName?.['@MajorTopicYN'] === 'Y',
    qualifiers: arr<Node>(h.QualifierName).map((q) => ({ name: text(q), majorTopic: q?.['@MajorTopicYN'] === 'Y' })),
  }));

  const ids = new Map<string, string>();
  for (const id of arr<Node>(data.ArticleIdList?.ArticleId)) ids.set(id['@IdType'] ?? '', text(id));
  const doiFromArticle = arr<Node>(art.ELocationID).find((e) => e['@EIdType'] === 'doi');

  const publicationTypes = arr(art.PublicationTypeList?.PublicationType).map(text).filter(Boolean);
  const comments = arr<Node>(mc.CommentsCorrectionsList?.CommentsCorrections).map((c) => c['@RefType'] as string);
  const pubDate = (art.Journal?.JournalIssue?.PubDate ?? {}) as Node;
  const articleDate = arr<Node>(art.ArticleDate)[0];

  return {
    pmid,
    version,
    title,
    abstract,
    journal: { title: orNull(text(art.Journal?.Title)), isoAbbreviation: orNull(text(art.Journal?.ISOAbbreviation)) },
    year: yearFromDate(text(pubDate.Year)) ?? yearFromDate(text(pubDate.MedlineDate)) ?? yearFromDate(text(articleDate?.Year)),
    authors,
    firstAuthorAffiliation: authors[0]?.affiliations[0] ?? null,
    languages: arr(art.Language).map(text).filter(Boolean),
    publicationTypes,
    mesh,
    keywords: arr<Node>(mc.KeywordList).flatMap((kl) => arr(kl.Keyword).map(rawText)).filter(Boolean),
    doi: orNull(ids.get('doi') ?? text(doiFromArticle)),
    pmcid: orNull(ids.get('pmc') ?? ''),
    retracted: publicationTypes.includes('Retracted Publication') || comments.includes('RetractionIn'),
    erratum: publicationTypes.includes('Published Erratum') || comments.includes('ErratumIn'),
  };
}
