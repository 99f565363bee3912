// What a report says, computed from the stored records and labels: the study
// flow, the evidence map, one table per evidence tier with summary statistics,
// and the reviews. Pure and deterministic: the same rows give the same model.

import { interquartileRange, max, median, min, quantile, sum } from 'simple-statistics';
import type { AbstractSection, Confidence, Indication, LabelChange, LabelField, Labels, Source, StudyDetails } from '../types.ts';
import { INDICATIONS, LABEL_FIELDS, SOURCES, abstractText } from '../types.ts';
import type { FlowCounts, ReportRow } from '../store/db.ts';
import { applyOverrides, type Override } from '../classify/overrides.ts';
import { sentenceSpans } from '../classify/text.ts';
import { buildClaims, type Claim } from './claims.ts';
import { TIERS, tierOf, type Study, type Tier } from './study.ts';

export { TIERS, tierOf, type Study, type Tier } from './study.ts';

export interface TierStats {
  studies: number;
  withN: number;
  totalN: number;
  medianN: number | null;
  q1: number | null;
  q3: number | null;
  iqr: number | null;
  minN: number | null;
  maxN: number | null;
  shareWithN: number;
}

export interface Filters {
  tiers?: Tier[];
  sources?: Source[];
  indications?: Indication[];
  since?: number;
}

export interface NewSince {
  run: { id: number; command: string; startedAt: string };
  /** Records first stored in that run (all of them, included or not). */
  stored: number;
  /** The included ones among them. */
  studies: Study[];
  changes: LabelChange[];
}

/** How the rules measured on the shared hand-labelled corpus (`eval --json data/rules-eval.json`). */
export interface RulesEval {
  rulesVersion: string;
  records: number;
  figures: { label: string; value: number }[];
}

export interface ReportModel {
  flow: FlowCounts & { duplicates: number; notRetrieved: number; unclassified: number; excluded: number; included: number; perTier: Record<Tier, number>; reviews: number; other: number };
  overridesApplied: number;
  /** Included records the filters kept (all included ones when there is no filter). */
  matched: number;
  /** Records --since left out because they have no year. */
  undatedDropped: number;
  /** Low-confidence labels of included records that no correction has settled: what `review` lists. */
  awaitingReview: number;
  /** The rules' measured accuracy, when it was measured (null: no measurement found). */
  rulesEval: RulesEval | null;
  filters: Filters;
  tiers: { tier: (typeof TIERS)[number]; studies: Study[]; stats: TierStats }[];
  reviews: Study[];
  other: Study[];
  /** What the latest run that stored records added, and the labels changed since it began. */
  newSince: NewSince | null;
  /** One section per indication (claim), strongest tier first, with its certainty. */
  claims: Claim[];
  sourceMap: { label: string; counts: Record<Tier, number>; total: number }[];
  indicationMap: { label: string; counts: Record<Tier, number>; total: number }[];
}

/** Every included study of a report: the tiers strongest first, then the reviews and the other records. */
export function includedStudies(m: Pick<ReportModel, 'tiers' | 'reviews' | 'other'>): Study[] {
  return [...m.tiers.flatMap((t) => t.studies), ...m.reviews, ...m.other];
}

/** Labels the rules are unsure of that no manual correction has settled: what awaits review. */
export function unsettledDoubts(confidence: Record<LabelField, Confidence>, corrections: Override[] = []): { field: LabelField; reason: string }[] {
  return LABEL_FIELDS.filter((f) => confidence[f].level === 'low' && !corrections.some((o) => o.field === f)).map((field) => ({ field, reason: confidence[field].reason ?? '' }));
}

const FINDING_MAX = 300;

// Not a finding: a copyright or licence line, which PubMed appends to some abstracts.
const COPYRIGHT = /©|\bcopyright\b|\ball rights reserved\b|\bpublished by\b|\blicen[cs]ee\b|\bcreative commons\b/i;
// What starts a licence line or makes a sentence one (the split in keyFinding, and COPYRIGHT).
const LICENCE = new RegExp(`\\(c\\)\\s+\\d{4}|${COPYRIGHT.source}`, 'i');
// A sentence that reports a result.
const RESULT = /\b(?:improv|reduc|increas|decreas|enhanc|promot|accelerat|inhibit|suppress|attenuat|alleviat|restor|showed|demonstrat|reveal|indicat|suggest|significant|effective|safe|well tolerated|healed|closed|faster|no difference|did not)\w*/i;
const NOT_RESULT_SECTION = /^(?:BACKGROUND|INTRODUCTION|OBJECTIVE|AIMS?|PURPOSE|METHODS?|MATERIALS|DESIGN|SETTING|PARTICIPANTS|INTERVENTIONS?|PATIENTS)/i;
// A run without a space long enough that the sentence splitter cuts inside it (text.ts MAX_SENTENCE).
const LONG_WORD = /\S{1500}/;
const complete = (x: string) => /[.!?]["')\]]?$/.test(x);

/**
 * The key finding: the abstract's conclusion section, else the last complete sentence that reports a
 * result outside the background and methods. Never a copyright line, never a sentence cut short; a
 * long one is cut at a word near 300 characters.
 */
export function keyFinding(sections: AbstractSection[]): string {
  const sentencesOf = (raw: string) => {
    const sentences = (t: string) => sentenceSpans(t).map((sp) => t.slice(sp.start, sp.end));
    // Most sections name no licence at all: their sentences need no look for one.
    if (!LICENCE.test(raw)) return sentences(raw);
    // Everything from a © or "Copyright" on is the licence line, however it is punctuated.
    return sentences(raw.split(/\s*(?:©|\(c\)\s+\d{4}|\bcopyright\b)/i)[0]).filter((x) => !COPYRIGHT.test(x));
  };
  const conclusion = [...sections].reverse().find((s) => /^CONCLU|^INTERPRETATION|^SIGNIFICANCE|^IMPLICATION/i.test(s.category ?? s.label ?? '') || /^conclu/i.test(s.label ?? ''));
  // A conclusion that names no licence is its sentences joined as they stand: it need not be split into them.
  let text = !conclusion ? '' : LICENCE.test(conclusion.text) || LONG_WORD.test(conclusion.text) ? sentencesOf(conclusion.text).join(' ') : conclusion.text;
  if (!text) {
    const candidates = sections.filter((s) => !NOT_RESULT_SECTION.test(s.category ?? s.label ?? '')).flatMap((s) => sentencesOf(s.text)).filter(complete);
    text = [...candidates].reverse().find((x) => RESULT.test(x)) ?? candidates[candidates.length - 1] ?? '';
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length <= FINDING_MAX) return text;
  const cut = text.slice(0, FINDING_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > FINDING_MAX * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const SPLIT = /\bsplit[\s-]+(face|scalp|body)\b|\b(half)[\s-]+(?:face|side)\b/i;

/** The design as a reader names it, from the label, the details and the record's text. */
export function designLabel(labels: Labels, details: StudyDetails, text: string): string {
  const split = SPLIT.exec(text);
  const splitWord = split ? `split-${(split[1] ?? 'face').toLowerCase()} ` : '';
  switch (labels.design) {
    case 'rct': return `${splitWord}RCT`;
    case 'human_controlled': return `${splitWord}controlled study (not randomized)`;
    case 'human_uncontrolled':
      if (labels.sampleSize === 1 || /\bcase\s+report\b/i.test(text)) return 'case report';
      if (/\bcase\s+series\b/i.test(text)) return 'case series';
      if (/\bretrospective/i.test(text)) return 'retrospective study';
      return 'single-arm study';
    case 'animal': return details.animal_species.length ? `animal study (${details.animal_species.join(', ')})` : 'animal study';
    case 'in_vitro': return /\bex[\s-]+vivo\b|\bexplants?\b/i.test(text) ? 'in vitro / ex vivo' : 'in vitro';
    default: return labels.design;
  }
}

function citation(row: ReportRow): string {
  const who = row.firstAuthor ?? 'Anonymous';
  return `${who}${row.authorCount > 1 ? ' et al.' : ''}, ${row.year ?? 'n.d.'}`;
}

function stats(studies: Study[]): TierStats {
  const ns = studies.map((s) => s.labels.sampleSize).filter((n): n is number => n !== null).sort((a, b) => a - b);
  const has = ns.length > 0;
  return {
    studies: studies.length,
    withN: ns.length,
    totalN: has ? sum(ns) : 0,
    // People are whole: the median of an even count and the quartiles are rounded.
    medianN: has ? Math.round(median(ns)) : null,
    q1: has ? Math.round(quantile(ns, 0.25)) : null,
    q3: has ? Math.round(quantile(ns, 0.75)) : null,
    iqr: has ? interquartileRange(ns) : null,
    minN: has ? min(ns) : null,
    maxN: has ? max(ns) : null,
    shareWithN: studies.length ? ns.length / studies.length : 0,
  };
}

/** Year descending (unknown last), then PMID ascending. */
const byYearThenPmid = (a: Study, b: Study) => (b.year ?? -1) - (a.year ?? -1) || Number(a.pmid) - Number(b.pmid);

function emptyCounts(): Record<Tier, number> {
  return { rct: 0, pilot: 0, animal: 0, in_vitro: 0 };
}

/** The report's model from the classified rows, with overrides and filters applied; `onStudy` sees each included study as it is made. */
export function buildReport(rows: Iterable<ReportRow>, flow: FlowCounts, overrides: Map<string, Override[]>, filters: Filters = {}, onStudy?: (s: Study) => void): ReportModel {
  const perTier = emptyCounts();
  let excluded = 0;
  let reviews = 0;
  let other = 0;
  let overridesApplied = 0;
  let awaitingReview = 0;
  let undatedDropped = 0;
  const byTier = new Map<Tier, Study[]>(TIERS.map((t) => [t.code, []]));
  const reviewList: Study[] = [];
  const otherList: Study[] = [];

  for (const row of rows) {
    const corrections = overrides.get(row.pmid);
    const labels = applyOverrides(row.labels, corrections);
    if (corrections?.length) overridesApplied += corrections.length;
    if (!labels.relevant) {
      excluded++;
      continue;
    }
    const tier = tierOf(labels.design);
    if (tier) perTier[tier]++;
    else if (labels.design === 'review') reviews++;
    else other++;

    if (filters.since !== undefined && (row.year ?? 0) < filters.since) {
      if (row.year === null) undatedDropped++;
      continue;
    }
    if (filters.sources?.length && !labels.sources.some((s) => filters.sources!.includes(s))) continue;
    if (filters.indications?.length && !labels.indications.some((i) => filters.indications!.includes(i))) continue;
    if (filters.tiers?.length && (!tier || !filters.tiers.includes(tier))) continue;

    const lowConfidence = unsettledDoubts(row.confidence, corrections);
    awaitingReview += lowConfidence.length;

    const flags = [
      row.retracted && 'retracted',
      row.erratum && 'erratum',
      corrections?.length && 'manually corrected',
      row.details.commercial_product && 'commercial product',
      row.details.industry_ties && 'industry ties',
    ].filter(Boolean) as string[];
    for (const l of lowConfidence) flags.push(`low confidence: ${l.field.replace('_', ' ')} (${l.reason})`);
    const study: Study = {
      pmid: row.pmid, citation: citation(row), year: row.year, title: row.title, journal: row.journal, labels,
      finding: keyFinding(row.abstract), designLabel: designLabel(labels, row.details, `${row.title} ${row.abstract.map((s) => s.text).join(' ')}`),
      details: row.details, flags, lowConfidence,
      abstract: abstractText(row.abstract), evidence: row.evidence, confidence: row.confidence,
      cite: { authors: row.authors, journalTitle: row.journalTitle, volume: row.volume, issue: row.issue, pages: row.pages, doi: row.doi },
    };
    onStudy?.(study);
    if (tier) byTier.get(tier)!.push(study);
    else if (labels.design === 'review') reviewList.push(study);
    else otherList.push(study);
  }

  const tiers = TIERS.filter((t) => !filters.tiers?.length || filters.tiers.includes(t.code)).map((t) => {
    const studies = byTier.get(t.code)!.sort(byYearThenPmid);
    return { tier: t, studies, stats: stats(studies) };
  });

  const map = <T extends string>(codes: readonly T[], pick: (s: Study) => T[]) => {
    const rowsOut: ReportModel['sourceMap'] = [];
    const notStated = emptyCounts();
    const counts = new Map<T, Record<Tier, number>>(codes.map((c) => [c, emptyCounts()]));
    for (const { tier, studies } of tiers)
      for (const s of studies) {
        const values = pick(s);
        if (!values.length) notStated[tier.code]++;
        for (const v of values) counts.get(v)![tier.code]++;
      }
    for (const c of codes) {
      const total = Object.values(counts.get(c)!).reduce((a, b) => a + b, 0);
      if (total) rowsOut.push({ label: c, counts: counts.get(c)!, total });
    }
    const nsTotal = Object.values(notStated).reduce((a, b) => a + b, 0);
    if (nsTotal) rowsOut.push({ label: 'not stated', counts: notStated, total: nsTotal });
    return rowsOut;
  };

  const included = Object.values(perTier).reduce((a, b) => a + b, 0) + reviews + other;
  return {
    flow: {
      ...flow,
      duplicates: Math.max(0, flow.searchHitsStored + flow.importedRecords - flow.records),
      notRetrieved: Math.max(0, flow.searchHits - flow.searchHitsStored),
      unclassified: flow.records - flow.classified,
      excluded,
      included,
      perTier,
      reviews,
      other,
    },
    overridesApplied,
    matched: tiers.reduce((n, t) => n + t.studies.length, 0) + (filters.tiers?.length ? 0 : reviewList.length + otherList.length),
    undatedDropped,
    awaitingReview,
    rulesEval: null,
    newSince: null,
    filters,
    tiers,
    reviews: reviewList.sort(byYearThenPmid),
    other: otherList.sort(byYearThenPmid),
    // A writer's subset shows the claims, sources and indications asked for, not the others its studies also name.
    claims: buildClaims(tiers.flatMap((t) => t.studies)).filter((c) => !filters.indications?.length || filters.indications.includes(c.indication)),
    sourceMap: map(filters.sources?.length ? filters.sources : SOURCES, (s) => s.labels.sources),
    indicationMap: map(filters.indications?.length ? filters.indications : INDICATIONS, (s) => s.labels.indications),
  };
}
