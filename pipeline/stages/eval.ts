// eval: classifies the records of a file (PubMed XML or MEDLINE) without
// touching any database, compares them with hand labels (a gold CSV), and
// prints per-field scores; --json writes them for machines, --thresholds fails
// the run when a figure drops below the floors kept in the repository.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isFolder, writeFileAtomic, writtenHere } from '../atomic.ts';
import { readRecordFile } from './import.ts';
import { classify } from '../classify/classify.ts';
import { loadRules } from '../classify/rules.ts';
import { confidenceScores, corpusPart, detailScores, evaluate, formatEvaluation, parseGold, parseGoldDetails, toPrediction, type Evaluation } from '../classify/evaluate.ts';
import type { Classification } from '../types.ts';
import { loadJson } from '../validate.ts';
import { UsageError, UserError } from '../errors.ts';
import { readText } from '../read-text.ts';

/** Checks figures against floors (or, for names ending in false_n, ceilings); returns the failures. */
export function belowThresholds(e: Evaluation, thresholds: Record<string, number>): string[] {
  const failures: string[] = [];
  for (const [path, bound] of Object.entries(thresholds)) {
    const value = path.split('.').reduce<any>((o, k) => o?.[k], e);
    if (typeof value !== 'number') throw new UserError(`thresholds: "${path}" is not a figure of the evaluation`);
    const ceiling = path.endsWith('false_n');
    if (ceiling ? value > bound : value < bound) failures.push(`${path} = ${value} ${ceiling ? '>' : '<'} ${bound}`);
  }
  return failures;
}

// How the scores this stage writes begin: a file that begins otherwise is none of them.
const JSON_HEAD = '{\n  "rules_version": ';

/** --json names a file of scores to write: a folder, or a file that is not one (the records, the gold labels), is a usage error. */
export function checkJsonOut(file: string): void {
  if (isFolder(file)) throw new UsageError(`--json ${file}: a folder; name the JSON file to write`);
  if (existsSync(file) && !writtenHere(file, JSON_HEAD)) throw new UsageError(`--json ${file}: a file that is not scores of this tool; name a new file (it is never overwritten)`);
  // Found before the records are classified, where it was the temporary file's bare ENOENT.
  const dir = dirname(resolve(file));
  if (!isFolder(dir)) throw new UserError(`--json ${file}: folder ${dir} does not exist`);
}

export async function runEval(opts: { records: string; gold: string; json?: string; thresholds?: string; part?: 'hot' | 'cold' }): Promise<{ evaluation: Evaluation; report: string; failures: string[] }> {
  // A bad floors file is found before the records are classified, not after.
  const floors = opts.thresholds ? loadJson<{ description: string; floors: Record<string, number> }>(opts.thresholds, 'thresholds.schema.json').floors : undefined;
  const goldText = readText(opts.gold, `--gold ${opts.gold}`);
  const gold = parseGold(goldText, opts.gold);
  const goldDetails = parseGoldDetails(goldText, opts.gold);
  if (opts.part) for (const pmid of [...gold.keys()]) if (corpusPart(pmid) !== opts.part) gold.delete(pmid);
  const rules = loadRules();
  const predicted = new Map<string, Classification>();
  for await (const item of readRecordFile(opts.records)) {
    if (item.kind === 'record' && gold.has(item.value.record.pmid)) predicted.set(item.value.record.pmid, classify(item.value.record, rules));
  }
  // Scores of nothing read as zeros, a floor failed for no reason the output shows.
  if (!gold.size) throw new UserError(`--gold ${opts.gold}: no labelled records${opts.part ? ` in the ${opts.part} part` : ''}`);
  if (!predicted.size) throw new UserError(`--records ${opts.records}: holds none of the ${gold.size} records labelled in ${opts.gold}`);
  const evaluation: Evaluation = {
    rules_version: rules.version,
    ...evaluate(gold, new Map([...predicted].map(([p, c]) => [p, c.labels]))),
    confidence: confidenceScores(gold, predicted),
    ...(goldDetails ? { details: detailScores(gold, goldDetails, predicted) } : {}),
    predictions: [...gold.keys()].filter((p) => predicted.has(p)).map((p) => toPrediction(p, predicted.get(p)!)),
  };
  if (opts.json) writeFileAtomic(opts.json, `${JSON.stringify(evaluation, null, 2)}\n`);
  const failures = floors ? belowThresholds(evaluation, floors) : [];
  return { evaluation, report: `rules version ${rules.version}${opts.part ? ` (${opts.part} part of the gold records)` : ''}\n${formatEvaluation(evaluation)}`, failures };
}
