// The record every stage passes around, defined once. Both importers (PubMed XML
// and MEDLINE text) produce exactly this shape, so downstream code never cares
// where a record came from.

export interface AbstractSection {
  /** The section's Label as printed ("Methods"), or null for an unlabelled paragraph. */
  label: string | null;
  /** NLM's normalised category (BACKGROUND, METHODS, ...), when the source says it. */
  category: string | null;
  text: string;
}

export interface Author {
  lastName: string | null;
  foreName: string | null;
  initials: string | null;
  /** Group authorship ("COVID-19 Study Group") stands in place of a person. */
  collectiveName: string | null;
  affiliations: string[];
}

export interface MeshHeading {
  descriptor: string;
  majorTopic: boolean;
  qualifiers: { name: string; majorTopic: boolean }[];
}

export interface PubmedRecord {
  pmid: string;
  /** PMID Version; a record at a higher version replaces a stored lower one. */
  version: number;
  title: string;
  abstract: AbstractSection[];
  journal: { title: string | null; isoAbbreviation: string | null };
  /** Where in the journal, for citations: volume, issue and pages as printed ("100-10"). */
  volume: string | null;
  issue: string | null;
  pages: string | null;
  year: number | null;
  authors: Author[];
  firstAuthorAffiliation: string | null;
  languages: string[];
  publicationTypes: string[];
  mesh: MeshHeading[];
  keywords: string[];
  doi: string | null;
  pmcid: string | null;
  retracted: boolean;
  erratum: boolean;
  /** The authors' conflict-of-interest statement, where PubMed carries one (recent records). */
  coiStatement: string | null;
  /** The agencies of the grants listed (GrantList/Grant/Agency; MEDLINE "GR"). */
  grantAgencies: string[];
}

/**
 * What the classifier reads of a record: its text, publication types and MeSH, and for industry ties
 * the authors' affiliations (each once), the conflict-of-interest statement and the grants.
 */
export type ClassifiableRecord = Pick<PubmedRecord, 'pmid' | 'title' | 'abstract' | 'keywords' | 'mesh' | 'publicationTypes'> &
  Partial<Pick<PubmedRecord, 'authors' | 'coiStatement' | 'grantAgencies'>> & { affiliations?: string[] };

/** Every affiliation of a record's authors, each once, in order. */
export function affiliationsOf(r: ClassifiableRecord): string[] {
  return r.affiliations ?? [...new Set((r.authors ?? []).flatMap((a) => a.affiliations))];
}

/** Where a stored record came from. */
export type Origin = 'eutils' | 'file';

/** A PubMed id: digits with no leading zero, at most 10 (PubMed's are 8 today). "0042" beside "42" would store one article twice. */
export const isPmid = (s: string): boolean => /^[1-9]\d{0,9}$/.test(s);

/** A record whose bytes were not all valid UTF-8 (read with U+FFFD in their place): which one, and how many bytes. */
export interface InvalidText {
  record: string;
  bytes: number;
}

/** One parsed record and where it came from, as stored. */
export interface SourcedRecord {
  record: PubmedRecord;
  origin: Origin;
}

/**
 * The abstract as one plain string: every section in order, each led by its
 * label in capitals, which is also how PubMed's MEDLINE export prints it, so
 * both importers give the same text.
 */
export function abstractText(sections: AbstractSection[]): string {
  return sections
    .map((s) => (s.label ? `${s.label.toUpperCase()}: ${s.text}` : s.text))
    .filter((t) => t.length > 0)
    .join(' ');
}

/** The version of ../shared/taxonomy.md whose codes and details these types follow. */
export const TAXONOMY_VERSION = 'v2';

// ---- Labels: the codes of shared/taxonomy.md, the only values stored, written in gold files and printed.

export const DESIGNS = ['in_vitro', 'animal', 'human_uncontrolled', 'human_controlled', 'rct', 'review', 'other'] as const;
export const SOURCES = [
  'adipose_msc', 'umbilical_cord_msc', 'bone_marrow_msc', 'placental', 'msc_other', 'stem_cell_other',
  'skin_cell', 'platelet', 'blood_immune', 'tumor_cell', 'plant', 'milk', 'microbial', 'other',
] as const;
export const ROUTES = [
  'in_vitro', 'topical', 'microneedling', 'laser_assisted', 'injection', 'wound_application', 'systemic', 'oral',
] as const;
export const INDICATIONS = [
  'photoaging', 'wound_healing', 'scar', 'hair_loss', 'pigmentation', 'acne', 'atopic_dermatitis', 'psoriasis',
  'inflammation_other', 'barrier_hydration', 'skin_cancer', 'other',
] as const;

export type Design = (typeof DESIGNS)[number];
export type Source = (typeof SOURCES)[number];
export type Route = (typeof ROUTES)[number];
export type Indication = (typeof INDICATIONS)[number];

/** Where in a record a rule matched, so a reader can check the label against the text. */
export interface Evidence {
  rule: string;
  field: string;
  start: number;
  end: number;
  snippet: string;
}

export interface Labels {
  relevant: boolean;
  design: Design;
  sources: Source[];
  routes: Route[];
  sampleSize: number | null;
  indications: Indication[];
}

// ---- Study details (taxonomy v2, "Study details"): what a reader needs to judge one study.

export const CONTROLS = ['placebo', 'active', 'untreated', 'none'] as const;
export const BLINDINGS = ['double', 'single', 'open'] as const;
export const ADVERSE_EVENTS = ['reported', 'none'] as const;
export const EV_CHARACTERIZATION = ['isolation', 'size', 'morphology', 'markers'] as const;
export type Control = (typeof CONTROLS)[number];
export type Blinding = (typeof BLINDINGS)[number];
export type AdverseEvents = (typeof ADVERSE_EVENTS)[number];
export type EvCharacterization = (typeof EV_CHARACTERIZATION)[number];

/** The values detail rules give ("control:placebo", "ev_characterization:size", ...). */
export const DETAIL_CUES = [
  ...CONTROLS.filter((c) => c !== 'none').map((c) => `control:${c}`),
  ...BLINDINGS.map((b) => `blinding:${b}`),
  ...ADVERSE_EVENTS.map((a) => `adverse_events:${a}`),
  'commercial_product:true',
  'industry_ties:true',
  ...EV_CHARACTERIZATION.map((e) => `ev_characterization:${e}`),
];

/** The study details by the names of the gold CSV; null where not stated, or where a detail does not apply. */
export interface StudyDetails {
  control: Control | null;
  blinding: Blinding | null;
  follow_up_weeks: number | null;
  adverse_events: AdverseEvents | null;
  commercial_product: boolean | null;
  ev_characterization: EvCharacterization[];
  /** An author's affiliation, the conflict-of-interest statement or a grant names a company (read from metadata). */
  industry_ties: boolean;
  /** Animal designs: the species treated. */
  animal_species: string[];
}
export const EMPTY_DETAILS: StudyDetails = {
  control: null, blinding: null, follow_up_weeks: null, adverse_events: null, commercial_product: null, ev_characterization: [], industry_ties: false, animal_species: [],
};
/** The details the taxonomy defines and gold files score; industry ties and species are read beside them. */
export const DETAIL_FIELDS = ['control', 'blinding', 'follow_up_weeks', 'adverse_events', 'commercial_product', 'ev_characterization'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The label fields, by the names of the gold CSV and of eval's output. */
export const LABEL_FIELDS = ['relevant', 'design', 'sources', 'routes', 'sample_size', 'indications'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

/** One field of a record's labels as written in CSV files: codes, sets ;-separated in code order, '' for none. */
export function labelValue(field: LabelField, l: Labels): string {
  switch (field) {
    case 'relevant': return String(l.relevant);
    case 'design': return l.design;
    case 'sample_size': return l.sampleSize === null ? '' : String(l.sampleSize);
    default: return [...l[field]].sort().join(';');
  }
}

/** One label that a classification changed from the stored one (CSV codes, sets ;-separated). */
export interface LabelChange {
  pmid: string;
  field: LabelField;
  before: string;
  after: string;
}

/** How far a label can be trusted: `low` comes with a reason a person can check. */
export interface Confidence {
  level: 'high' | 'low';
  reason: string | null;
}

export const HIGH_CONFIDENCE: Confidence = { level: 'high', reason: null };

/** One design's strongest cue, kept so a maintainer can see what the winner beat. */
export interface DesignCue {
  design: string;
  weight: number;
  rule: string;
  snippet: string;
}

/** What the decisions weighed, beyond the winning evidence. */
export interface Decision {
  /** Every design (and design-related cue) found, strongest first. */
  design: DesignCue[];
  /** Sample-size candidates, best first. */
  sampleSize: { value: number; score: number; snippet: string }[];
}

/** Labels with, per label value, the evidence that produced it (key: "design", "sources:plant", ...). */
export interface Classification {
  labels: Labels;
  evidence: Record<string, Evidence[]>;
  confidence: Record<LabelField, Confidence>;
  decision: Decision;
  /** Study details with, per detail, its evidence (key "details:control", ...) in `evidence` and a confidence here. */
  details: StudyDetails;
  detailConfidence: Record<DetailField, Confidence>;
}
