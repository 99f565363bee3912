// Scores predicted labels against hand labels: per field accuracy, per-label
// precision/recall/F1 with micro and macro averages, the design confusion
// matrix, and for sample size the exact-match rate (over records whose gold N
// is set) and the false-N rate (over records whose gold N is empty). Pure.

import { createHash } from 'node:crypto';
import { isPmid, EMPTY_DETAILS, ADVERSE_EVENTS, BLINDINGS, CONTROLS, DESIGNS, DETAIL_FIELDS, EV_CHARACTERIZATION, INDICATIONS, LABEL_FIELDS, ROUTES, SOURCES, labelValue, type Classification, type DetailField, type LabelField, type Labels, type StudyDetails } from '../types.ts';
import { UserError } from '../errors.ts';
import { readCsv } from '../csv.ts';

export const GOLD_COLUMNS = ['pmid', 'relevant', 'design', 'sources', 'routes', 'sample_size', 'indications'] as const;

/** Reads a gold CSV; an unknown code or a missing column names the file, line and value. */
export function parseGold(csv: string, file: string): Map<string, Labels> {
  const { header, rows } = readCsv(csv, file);
  for (const c of GOLD_COLUMNS) if (!header.includes(c)) throw new UserError(`${file}: missing column "${c}" (need ${GOLD_COLUMNS.join(',')})`);
  const gold = new Map<string, Labels>();
  for (const { fields: row, line } of rows) {
    const set = <T extends string>(col: string, codes: readonly T[]): T[] => {
      const values = row[col] ? row[col].split(';').map((v) => v.trim()).filter(Boolean) : [];
      for (const v of values)
        if (!codes.includes(v as T)) throw new UserError(`${file}: line ${line}: unknown ${col} code "${v}" (valid: ${codes.join(', ')})`);
      return values as T[];
    };
    if (!isPmid(row.pmid)) throw new UserError(`${file}: line ${line}: pmid "${row.pmid}" is not a PMID`);
    // Two rows for one record would score it by whichever came last, and two labellers' disagreement would pass unseen.
    if (gold.has(row.pmid)) throw new UserError(`${file}: line ${line}: PMID ${row.pmid} is labelled on an earlier line too`);
    if (row.relevant !== 'true' && row.relevant !== 'false') throw new UserError(`${file}: line ${line}: relevant must be true or false, not "${row.relevant}"`);
    if (!DESIGNS.includes(row.design as Labels['design'])) throw new UserError(`${file}: line ${line}: unknown design code "${row.design}" (valid: ${DESIGNS.join(', ')})`);
    if (row.sample_size && !/^\d+$/.test(row.sample_size)) throw new UserError(`${file}: line ${line}: sample_size "${row.sample_size}" is not a whole number`);
    gold.set(row.pmid, {
      relevant: row.relevant === 'true',
      design: row.design as Labels['design'],
      sources: set('sources', SOURCES),
      routes: set('routes', ROUTES),
      sampleSize: row.sample_size ? Number(row.sample_size) : null,
      indications: set('indications', INDICATIONS),
    });
  }
  return gold;
}

/**
 * Which part of a hand-labelled corpus a record falls in: about a third is "cold", kept
 * out of rule writing so that it measures how far rules carry over to records not read.
 * A hash of the PMID, so the split is stable as the corpus grows.
 */
export function corpusPart(pmid: string): 'hot' | 'cold' {
  return createHash('sha256').update(pmid).digest()[0] % 3 === 0 ? 'cold' : 'hot';
}

/** The study-detail columns of a gold CSV, when it has them (null when it has none). */
export function parseGoldDetails(csv: string, file: string): Map<string, StudyDetails> | null {
  const { header, rows } = readCsv(csv, file);
  if (!DETAIL_FIELDS.some((d) => header.includes(d))) return null;
  const out = new Map<string, StudyDetails>();
  for (const { fields: row, line } of rows) {
    const where = `${file}: line ${line}`;
    const code = <T extends string>(col: DetailField, codes: readonly T[]): T | null => {
      const v = row[col] ?? '';
      if (!v) return null;
      if (!codes.includes(v as T)) throw new UserError(`${where}: unknown ${col} "${v}" (valid: ${codes.join(', ')})`);
      return v as T;
    };
    const weeks = row.follow_up_weeks ?? '';
    if (weeks && !/^\d+$/.test(weeks)) throw new UserError(`${where}: follow_up_weeks "${weeks}" is not a whole number`);
    const commercial = row.commercial_product ?? '';
    if (commercial && commercial !== 'true' && commercial !== 'false') throw new UserError(`${where}: commercial_product must be true or false, not "${commercial}"`);
    const ev = (row.ev_characterization ?? '').split(';').map((x) => x.trim()).filter(Boolean);
    for (const e of ev) if (!EV_CHARACTERIZATION.includes(e as never)) throw new UserError(`${where}: unknown ev_characterization "${e}" (valid: ${EV_CHARACTERIZATION.join(', ')})`);
    out.set(row.pmid, {
      ...EMPTY_DETAILS,
      control: code('control', CONTROLS),
      blinding: code('blinding', BLINDINGS),
      follow_up_weeks: weeks ? Number(weeks) : null,
      adverse_events: code('adverse_events', ADVERSE_EVENTS),
      commercial_product: commercial ? commercial === 'true' : null,
      ev_characterization: ev as StudyDetails['ev_characterization'],
    });
  }
  return out;
}

export interface DetailScore {
  /** Records the detail applies to (by their gold labels). */
  n: number;
  accuracy: number;
  /** ev_characterization only. */
  micro_f1?: number;
  wrong: Mistake[];
}

const HUMAN_TREATED = ['rct', 'human_controlled', 'human_uncontrolled'];
const PRIMARY = [...HUMAN_TREATED, 'animal', 'in_vitro'];
const detailText = (v: unknown) => (v === null || v === undefined ? '' : Array.isArray(v) ? [...v].sort().join(';') : String(v));

/**
 * Each detail scored where it applies: control, blinding, follow-up and adverse events on human treatment
 * designs; a commercial product and EV characterization on relevant primary studies. Accuracy counts null
 * as a value (a record whose gold commercial_product is empty counts as false).
 */
export function detailScores(gold: Map<string, Labels>, goldDetails: Map<string, StudyDetails>, predicted: Map<string, Classification>): Record<DetailField, DetailScore> {
  const out = {} as Record<DetailField, DetailScore>;
  for (const d of DETAIL_FIELDS) {
    const human = d === 'control' || d === 'blinding' || d === 'follow_up_weeks' || d === 'adverse_events';
    const pmids = [...goldDetails.keys()].filter((p) => {
      const g = gold.get(p);
      return g && predicted.has(p) && (human ? HUMAN_TREATED.includes(g.design) : g.relevant && PRIMARY.includes(g.design));
    });
    let ok = 0, tp = 0, fp = 0, fn = 0;
    const wrong: Mistake[] = [];
    for (const p of pmids) {
      let g: unknown = goldDetails.get(p)![d];
      const q: unknown = predicted.get(p)!.details[d];
      if (d === 'commercial_product' && g === null) g = false;
      if (detailText(g) === detailText(q)) ok++;
      else wrong.push({ pmid: p, gold: detailText(g), predicted: detailText(q) });
      if (d === 'ev_characterization') {
        const gs = new Set(g as string[]), qs = new Set(q as string[]);
        for (const x of qs) gs.has(x) ? tp++ : fp++;
        for (const x of gs) if (!qs.has(x)) fn++;
      }
    }
    out[d] = { n: pmids.length, accuracy: round(ratio(ok, pmids.length)), wrong };
    if (d === 'ev_characterization') out[d].micro_f1 = prf(tp, fp, fn).f1;
  }
  return out;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number) => Math.round(x * 10000) / 10000;

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision: round(precision), recall: round(recall), f1: round(f1(precision, recall)), support: tp + fn };
}

export interface Mistake {
  pmid: string;
  gold: string;
  predicted: string;
}

export interface SetScores {
  micro_f1: number;
  macro_f1: number;
  exact_set: number;
  per_label: Record<string, PRF>;
  wrong: Mistake[];
}

function setScores(pairs: [string, string[], string[]][], codes: readonly string[]): SetScores {
  let tp = 0, fp = 0, fn = 0, exact = 0;
  const per: Record<string, { tp: number; fp: number; fn: number }> = {};
  const wrong: Mistake[] = [];
  for (const [pmid, gold, pred] of pairs) {
    const g = new Set(gold);
    const p = new Set(pred);
    for (const c of codes) {
      const e = (per[c] ??= { tp: 0, fp: 0, fn: 0 });
      if (g.has(c) && p.has(c)) (tp++, e.tp++);
      else if (p.has(c)) (fp++, e.fp++);
      else if (g.has(c)) (fn++, e.fn++);
    }
    if (g.size === p.size && [...g].every((x) => p.has(x))) exact++;
    else wrong.push({ pmid, gold: [...gold].sort().join(';'), predicted: [...pred].sort().join(';') });
  }
  const perLabel = Object.fromEntries(Object.entries(per).filter(([, e]) => e.tp + e.fp + e.fn > 0).map(([c, e]) => [c, prf(e.tp, e.fp, e.fn)]));
  const micro = prf(tp, fp, fn);
  const labels = Object.values(perLabel);
  return {
    micro_f1: micro.f1,
    macro_f1: round(labels.reduce((s, x) => s + x.f1, 0) / Math.max(1, labels.length)),
    exact_set: round(ratio(exact, pairs.length)),
    per_label: perLabel,
    wrong,
  };
}

/** How often labels are right within each confidence level, and how many are low. */
export interface ConfidenceScore {
  high: { n: number; accuracy: number };
  low: { n: number; accuracy: number };
  low_share: number;
}

/** One record's predicted labels as in the gold CSV's codes, with their confidence. */
export interface Prediction {
  pmid: string;
  relevant: boolean;
  design: string;
  sources: string[];
  routes: string[];
  sample_size: number | null;
  indications: string[];
  confidence: Record<LabelField, 'high' | 'low'>;
  reasons: Partial<Record<LabelField, string>>;
  details: StudyDetails | Record<string, never>;
}

export function toPrediction(pmid: string, c: Classification): Prediction {
  const l = c.labels;
  return {
    pmid,
    relevant: l.relevant,
    design: l.design,
    sources: [...l.sources],
    routes: [...l.routes],
    sample_size: l.sampleSize,
    indications: [...l.indications],
    confidence: Object.fromEntries(LABEL_FIELDS.map((f) => [f, c.confidence[f].level])) as Prediction['confidence'],
    reasons: Object.fromEntries(LABEL_FIELDS.filter((f) => c.confidence[f].reason).map((f) => [f, c.confidence[f].reason])),
    details: { ...c.details },
  };
}

/** Per field: accuracy within high- and within low-confidence labels, and the share of low ones. */
export function confidenceScores(gold: Map<string, Labels>, predicted: Map<string, Classification>): Record<LabelField, ConfidenceScore> {
  const pmids = [...gold.keys()].filter((p) => predicted.has(p));
  const out = {} as Record<LabelField, ConfidenceScore>;
  for (const f of LABEL_FIELDS) {
    const n = { high: 0, low: 0 }, ok = { high: 0, low: 0 };
    for (const p of pmids) {
      const c = predicted.get(p)!;
      const level = c.confidence[f].level;
      n[level]++;
      if (labelValue(f, gold.get(p)!) === labelValue(f, c.labels)) ok[level]++;
    }
    out[f] = {
      high: { n: n.high, accuracy: round(ratio(ok.high, n.high)) },
      low: { n: n.low, accuracy: round(ratio(ok.low, n.low)) },
      low_share: round(ratio(n.low, pmids.length)),
    };
  }
  return out;
}

export interface Evaluation {
  /** The rules measured (set by the eval stage). */
  rules_version?: string;
  records: number;
  missing_predictions: string[];
  relevant: { accuracy: number; f1: number; precision: number; recall: number; wrong: Mistake[] };
  design: { accuracy: number; macro_f1: number; per_label: Record<string, PRF>; confusion: Record<string, Record<string, number>>; wrong: Mistake[] };
  sources: SetScores;
  routes: SetScores;
  indications: SetScores;
  sample_size: { exact: number; gold_with_n: number; false_n: number; gold_without_n: number; wrong: Mistake[] };
  /** With full classifications: accuracy within each confidence level, and every record's prediction. */
  confidence?: Record<LabelField, ConfidenceScore>;
  /** With gold detail columns: each study detail scored where it applies. */
  details?: Record<DetailField, DetailScore>;
  predictions?: Prediction[];
}

export function evaluate(gold: Map<string, Labels>, predicted: Map<string, Labels>): Evaluation {
  const pmids = [...gold.keys()].filter((p) => predicted.has(p));
  const missing = [...gold.keys()].filter((p) => !predicted.has(p));
  const G = (p: string) => gold.get(p)!;
  const P = (p: string) => predicted.get(p)!;

  let rtp = 0, rfp = 0, rfn = 0, rok = 0;
  const relWrong: Mistake[] = [];
  for (const p of pmids) {
    const g = G(p).relevant, q = P(p).relevant;
    if (g === q) rok++;
    else relWrong.push({ pmid: p, gold: String(g), predicted: String(q) });
    if (g && q) rtp++;
    else if (q) rfp++;
    else if (g) rfn++;
  }
  const rel = prf(rtp, rfp, rfn);

  const confusion: Record<string, Record<string, number>> = {};
  const dWrong: Mistake[] = [];
  const per: Record<string, { tp: number; fp: number; fn: number }> = {};
  let dok = 0;
  for (const p of pmids) {
    const g = G(p).design, q = P(p).design;
    (confusion[g] ??= {})[q] = (confusion[g][q] ?? 0) + 1;
    for (const d of DESIGNS) per[d] ??= { tp: 0, fp: 0, fn: 0 };
    if (g === q) (dok++, per[g].tp++);
    else {
      per[q].fp++;
      per[g].fn++;
      dWrong.push({ pmid: p, gold: g, predicted: q });
    }
  }
  const dPer = Object.fromEntries(Object.entries(per).filter(([, e]) => e.tp + e.fp + e.fn > 0).map(([c, e]) => [c, prf(e.tp, e.fp, e.fn)]));

  const withN = pmids.filter((p) => G(p).sampleSize !== null);
  const withoutN = pmids.filter((p) => G(p).sampleSize === null);
  const nWrong = pmids
    .filter((p) => G(p).sampleSize !== P(p).sampleSize)
    .map((p) => ({ pmid: p, gold: String(G(p).sampleSize ?? ''), predicted: String(P(p).sampleSize ?? '') }));

  return {
    records: pmids.length,
    missing_predictions: missing,
    relevant: { accuracy: round(ratio(rok, pmids.length)), f1: rel.f1, precision: rel.precision, recall: rel.recall, wrong: relWrong },
    design: {
      accuracy: round(ratio(dok, pmids.length)),
      macro_f1: round(Object.values(dPer).reduce((s, x) => s + x.f1, 0) / Math.max(1, Object.keys(dPer).length)),
      per_label: dPer,
      confusion,
      wrong: dWrong,
    },
    sources: setScores(pmids.map((p) => [p, G(p).sources, P(p).sources]), SOURCES),
    routes: setScores(pmids.map((p) => [p, G(p).routes, P(p).routes]), ROUTES),
    indications: setScores(pmids.map((p) => [p, G(p).indications, P(p).indications]), INDICATIONS),
    sample_size: {
      exact: round(ratio(withN.filter((p) => P(p).sampleSize === G(p).sampleSize).length, withN.length)),
      gold_with_n: withN.length,
      false_n: round(ratio(withoutN.filter((p) => P(p).sampleSize !== null).length, withoutN.length)),
      gold_without_n: withoutN.length,
      wrong: nWrong,
    },
  };
}

/** The evaluation as text for a terminal. */
export function formatEvaluation(e: Evaluation): string {
  const pct = (x: number) => x.toFixed(3);
  const lines: string[] = [`records: ${e.records}${e.missing_predictions.length ? ` (${e.missing_predictions.length} gold records not in the input)` : ''}`];
  const wrong = (ms: Mistake[]) => ms.map((m) => `    ${m.pmid}: gold ${m.gold || '-'} / predicted ${m.predicted || '-'}`);
  const labelTable = (per: Record<string, PRF>) =>
    Object.entries(per).map(([c, x]) => `    ${c.padEnd(20)} P ${pct(x.precision)}  R ${pct(x.recall)}  F1 ${pct(x.f1)}  n ${x.support}`);

  lines.push(`relevant: accuracy ${pct(e.relevant.accuracy)}  F1 ${pct(e.relevant.f1)}  (P ${pct(e.relevant.precision)}, R ${pct(e.relevant.recall)})`, ...wrong(e.relevant.wrong));
  lines.push(`design: accuracy ${pct(e.design.accuracy)}  macro-F1 ${pct(e.design.macro_f1)}`, ...labelTable(e.design.per_label));
  const cols = Object.keys(e.design.per_label);
  lines.push(`  confusion (rows gold, columns predicted): ${cols.join(' | ')}`);
  for (const g of cols) lines.push(`    ${g.padEnd(20)} ${cols.map((q) => String(e.design.confusion[g]?.[q] ?? 0).padStart(3)).join(' ')}`);
  lines.push(...wrong(e.design.wrong));
  for (const f of ['sources', 'routes', 'indications'] as const) {
    const s = e[f];
    lines.push(`${f}: micro-F1 ${pct(s.micro_f1)}  macro-F1 ${pct(s.macro_f1)}  exact set ${pct(s.exact_set)}`, ...labelTable(s.per_label), ...wrong(s.wrong));
  }
  lines.push(
    `sample_size: exact ${pct(e.sample_size.exact)} of ${e.sample_size.gold_with_n} with gold N; false N ${pct(e.sample_size.false_n)} of ${e.sample_size.gold_without_n} without`,
    ...wrong(e.sample_size.wrong),
  );
  if (e.details) {
    lines.push('details (where each applies):');
    for (const [d, x] of Object.entries(e.details))
      lines.push(`    ${d.padEnd(20)} accuracy ${pct(x.accuracy)} of ${String(x.n).padStart(3)}${x.micro_f1 !== undefined ? `  micro-F1 ${pct(x.micro_f1)}` : ''}`, ...wrong(x.wrong));
  }
  if (e.confidence) {
    lines.push('confidence (accuracy within each level; share of records marked low):');
    for (const [f, c] of Object.entries(e.confidence))
      lines.push(`    ${f.padEnd(12)} high ${pct(c.high.accuracy)} of ${String(c.high.n).padStart(3)}   low ${pct(c.low.accuracy)} of ${String(c.low.n).padStart(3)}   low share ${pct(c.low_share)}`);
  }
  return `${lines.join('\n')}\n`;
}
