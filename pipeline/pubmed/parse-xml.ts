// One <PubmedArticle> element (efetch or baseline shape) in, one PubmedRecord out.
// Pure: no I/O. The tokenizer reports elements in document order; this file
// keeps only the text of the elements the record type reads (PATHS) and skips
// the rest unread, references and history included. Text inside a kept
// element is taken whole, inline markup (<i>, <sup>, MathML) dropped and every
// word kept in order; entities are decoded once, here.

import { tokenize, XmlSyntaxError, type XmlEvents } from './xml-tokens.ts';
import { isPmid, type AbstractSection, type Author, type MeshHeading, type PubmedRecord } from '../types.ts';
import { collapseSpace, decodeEntities } from './inline-text.ts';
import { yearFromDate } from './dates.ts';
import { withInlineSections } from './sections.ts';

export class RecordParseError extends Error {}

/** What starting an element does ('@open'), and where its children lead; a string leaf names the field its text fills. */
interface PathSpec {
  [child: string]: PathSpec | string;
}

/** The same as looked up for each element: a Map, where an object's keys included its prototype's ("constructor"). */
interface PathNode {
  open: string | undefined;
  children: Map<string, PathNode | string>;
}

const pathNode = (spec: PathSpec): PathNode => ({
  open: spec['@open'] as string | undefined,
  children: new Map(Object.entries(spec).flatMap(([tag, v]) => (tag === '@open' ? [] : [[tag, typeof v === 'string' ? v : pathNode(v)]]))),
});

// Paths from the document root. Tag names cannot start with '@', so '@open' never clashes with one.
const PATHS: PathNode = pathNode({
  PubmedArticle: {
    MedlineCitation: {
      '@open': 'citation',
      PMID: 'pmid',
      Article: {
        ArticleTitle: 'title',
        VernacularTitle: 'vernacularTitle',
        Abstract: { '@open': 'abstract', AbstractText: 'abstractText' },
        AuthorList: {
          Author: {
            '@open': 'author',
            LastName: 'lastName',
            ForeName: 'foreName',
            Initials: 'initials',
            CollectiveName: 'collectiveName',
            AffiliationInfo: { Affiliation: 'affiliation' },
          },
        },
        Language: 'language',
        ELocationID: 'eLocationId',
        PublicationTypeList: { PublicationType: 'publicationType' },
        Journal: {
          Title: 'journalTitle',
          ISOAbbreviation: 'journalIso',
          JournalIssue: { Volume: 'volume', Issue: 'issue', PubDate: { Year: 'pubYear', MedlineDate: 'medlineDate' } },
        },
        ArticleDate: { Year: 'articleYear' },
        Pagination: { MedlinePgn: 'pages' },
        GrantList: { Grant: { Agency: 'grantAgency' } },
      },
      CoiStatement: 'coiStatement',
      MeshHeadingList: { MeshHeading: { '@open': 'meshHeading', DescriptorName: 'descriptor', QualifierName: 'qualifier' } },
      KeywordList: { Keyword: 'keyword' },
      CommentsCorrectionsList: { CommentsCorrections: { '@open': 'comment' } },
    },
    PubmedData: { ArticleIdList: { ArticleId: 'articleId' } },
  },
});

const attrPatterns = new Map<string, RegExp>();
/** One attribute's value, decoded, from a tag's raw attribute text. */
function attr(attrs: string, name: string): string | undefined {
  if (!attrs) return undefined;
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2]) : undefined;
}

const orNull = (s: string): string | null => (s === '' ? null : s);

class RecordBuilder implements XmlEvents {
  /** One entry per open element: where its children lead, or null inside a skipped or kept-whole element. */
  private readonly openElements: (PathNode | null)[] = [];
  private rootSeen = false;
  private field: string | null = null;
  private fieldAttrs = '';
  private fieldDepth = 0;
  private buf = '';

  private citation = false;
  private abstractSeen = false;
  private pmid: string | null = null;
  private version = '1';
  private title: string | null = null;
  private vernacularTitle: string | null = null;
  private readonly abstract: AbstractSection[] = [];
  private readonly authors: Author[] = [];
  private readonly languages: string[] = [];
  private doiFromArticle: string | null = null;
  private readonly publicationTypes: string[] = [];
  private journalTitle: string | null = null;
  private journalIso: string | null = null;
  private pubYear: string | null = null;
  private medlineDate: string | null = null;
  private articleYear: string | null = null;
  private readonly mesh: MeshHeading[] = [];
  private readonly keywords: string[] = [];
  private readonly grantAgencies: string[] = [];
  private coiStatement: string | null = null;
  private volume: string | null = null;
  private issue: string | null = null;
  private pages: string | null = null;
  private readonly comments: (string | undefined)[] = [];
  private readonly ids = new Map<string, string>();

  open(name: string, attrs: string): void {
    const depth = this.openElements.length;
    let parent: PathNode | null;
    if (depth > 0) parent = this.openElements[depth - 1];
    else {
      parent = this.rootSeen ? null : PATHS;
      this.rootSeen = true;
    }
    const node = this.field === null && parent !== null ? parent.children.get(name) : undefined;
    if (typeof node === 'string') {
      this.field = node;
      this.fieldAttrs = attrs;
      this.fieldDepth = depth;
      this.buf = '';
      this.openElements.push(null);
    } else if (node === undefined || (node.open !== undefined && !this.opened(node.open, attrs))) this.openElements.push(null);
    else this.openElements.push(node);
  }

  close(): void {
    this.openElements.pop();
    if (this.field !== null && this.openElements.length === this.fieldDepth) {
      this.take(this.field, collapseSpace(this.buf), this.fieldAttrs);
      this.field = null;
    }
  }

  get wantsText(): boolean {
    return this.field !== null;
  }

  text(raw: string, cdata: boolean): void {
    this.buf += cdata ? raw : decodeEntities(raw);
  }

  /** An element with children starts; false skips it (a second citation or abstract is not this record's). */
  private opened(what: string, attrs: string): boolean {
    switch (what) {
      case 'citation':
        if (this.citation) return false;
        return (this.citation = true);
      case 'abstract':
        if (this.abstractSeen) return false;
        return (this.abstractSeen = true);
      case 'author':
        this.authors.push({ lastName: null, foreName: null, initials: null, collectiveName: null, affiliations: [] });
        return true;
      case 'meshHeading':
        this.mesh.push({ descriptor: '', majorTopic: false, qualifiers: [] });
        return true;
      case 'comment':
        this.comments.push(attr(attrs, 'RefType'));
        return true;
    }
    return true;
  }

  /** A kept element ends with its text. Single-valued fields keep their first occurrence. */
  private take(field: string, text: string, attrs: string): void {
    const author = this.authors[this.authors.length - 1];
    const heading = this.mesh[this.mesh.length - 1];
    switch (field) {
      case 'pmid':
        if (this.pmid !== null) return;
        this.pmid = text;
        this.version = attr(attrs, 'Version') ?? '1';
        return;
      case 'title':
        this.title ??= text;
        return;
      case 'vernacularTitle':
        this.vernacularTitle ??= text;
        return;
      case 'abstractText':
        this.abstract.push({ label: orNull(collapseSpace(attr(attrs, 'Label') ?? '')), category: orNull(attr(attrs, 'NlmCategory') ?? ''), text });
        return;
      case 'lastName':
        author.lastName ??= orNull(text);
        return;
      case 'foreName':
        author.foreName ??= orNull(text);
        return;
      case 'initials':
        author.initials ??= orNull(text);
        return;
      case 'collectiveName':
        author.collectiveName ??= orNull(text);
        return;
      case 'affiliation':
        if (text) author.affiliations.push(text);
        return;
      case 'language':
        if (text) this.languages.push(text);
        return;
      case 'eLocationId':
        if (this.doiFromArticle === null && attr(attrs, 'EIdType') === 'doi') this.doiFromArticle = text;
        return;
      case 'publicationType':
        if (text) this.publicationTypes.push(text);
        return;
      case 'journalTitle':
        this.journalTitle ??= text;
        return;
      case 'journalIso':
        this.journalIso ??= text;
        return;
      case 'pubYear':
        this.pubYear ??= text;
        return;
      case 'medlineDate':
        this.medlineDate ??= text;
        return;
      case 'articleYear':
        this.articleYear ??= text;
        return;
      case 'descriptor':
        if (heading.descriptor === '') {
          heading.descriptor = text;
          heading.majorTopic = attr(attrs, 'MajorTopicYN') === 'Y';
        }
        return;
      case 'qualifier':
        heading.qualifiers.push({ name: text, majorTopic: attr(attrs, 'MajorTopicYN') === 'Y' });
        return;
      case 'keyword':
        if (text) this.keywords.push(text);
        return;
      case 'grantAgency':
        if (text && !this.grantAgencies.includes(text)) this.grantAgencies.push(text);
        return;
      case 'coiStatement':
        this.coiStatement ??= orNull(text);
        return;
      case 'volume':
        this.volume ??= orNull(text);
        return;
      case 'issue':
        this.issue ??= orNull(text);
        return;
      case 'pages':
        this.pages ??= orNull(text);
        return;
      case 'articleId':
        this.ids.set(attr(attrs, 'IdType') ?? '', text);
        return;
    }
  }

  record(): PubmedRecord {
    if (!this.citation) throw new RecordParseError('not a <PubmedArticle> with a <MedlineCitation>');
    // The record's own PMID is MedlineCitation/PMID; PMIDs nested in comments or references are other articles.
    const pmid = this.pmid ?? '';
    if (!isPmid(pmid)) throw new RecordParseError(`missing or malformed MedlineCitation/PMID "${pmid}"`);
    // Versions are few (1, 2, ...); a later one replaces the stored record, so one that is no number cannot be ordered.
    if (!/^[1-9]\d{0,3}$/.test(this.version)) throw new RecordParseError(`MedlineCitation/PMID Version "${this.version}" is not a version number`);
    let title = this.title ?? '';
    // Non-English articles carry "[Not Available]." and put the real title in VernacularTitle.
    if ((title === '' || /^\[not available\]\.?$/i.test(title)) && this.vernacularTitle) title = this.vernacularTitle;
    const { publicationTypes, comments, ids } = this;
    return {
      pmid,
      version: Number(this.version),
      title,
      // Labels written into the text of an unlabelled abstract are its sections, as in MEDLINE text (sections.ts).
      abstract: withInlineSections(this.abstract),
      journal: { title: orNull(this.journalTitle ?? ''), isoAbbreviation: orNull(this.journalIso ?? '') },
      volume: this.volume,
      issue: this.issue,
      pages: this.pages,
      year: yearFromDate(this.pubYear) ?? yearFromDate(this.medlineDate) ?? yearFromDate(this.articleYear),
      authors: this.authors,
      firstAuthorAffiliation: this.authors[0]?.affiliations[0] ?? null,
      languages: this.languages,
      publicationTypes,
      mesh: this.mesh,
      keywords: this.keywords,
      doi: orNull(ids.get('doi') ?? this.doiFromArticle ?? ''),
      pmcid: orNull(ids.get('pmc') ?? ''),
      retracted: publicationTypes.includes('Retracted Publication') || comments.includes('RetractionIn'),
      erratum: publicationTypes.includes('Published Erratum') || comments.includes('ErratumIn'),
      coiStatement: this.coiStatement,
      grantAgencies: this.grantAgencies,
    };
  }
}

export function parseArticleXml(xml: string, checked = false): PubmedRecord {
  const builder = new RecordBuilder();
  try {
    tokenize(xml, builder, checked);
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new RecordParseError(`malformed XML at line ${e.line}: ${e.message}`);
    throw e;
  }
  return builder.record();
}
