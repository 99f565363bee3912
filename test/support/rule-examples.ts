// Runs a rule on its own example sentences, so that a rule added with examples is
// tested without writing a test (test/rules.test.ts runs every rule's examples).

import type { PubmedRecord } from '../../pipeline/types.ts';
import type { Rule, RuleSet } from '../../pipeline/classify/rules.ts';
import { matchRule } from '../../pipeline/classify/match.ts';
import { recordText } from '../../pipeline/classify/text.ts';
import { testRecord } from './records.ts';

/** A record holding one sentence in the place the rule looks first (a section rule gets that section). */
export function sentenceRecord(rule: Rule, sentence: string): PubmedRecord {
  const w = rule.where.find((x) => x.field === 'abstract') ?? rule.where[0];
  const record = testRecord({ year: null, languages: [], publicationTypes: [] });
  if (w.field === 'abstract') record.abstract = [{ label: w.section ?? null, category: w.section ?? null, text: sentence }];
  else if (w.field === 'title') record.title = sentence;
  else if (w.field === 'keywords') record.keywords = [sentence];
  else if (w.field === 'publicationTypes') record.publicationTypes = [sentence];
  else if (w.field === 'affiliations') record.authors = [{ lastName: 'A', foreName: null, initials: null, collectiveName: null, affiliations: [sentence] }];
  else if (w.field === 'coi') record.coiStatement = sentence;
  else if (w.field === 'grants') record.grantAgencies = [sentence];
  else record.mesh = [{ descriptor: sentence, majorTopic: false, qualifiers: [] }];
  return record;
}

/** Examples whose outcome is not the one the rule file promises. */
export function failingExamples(rule: Rule, rules: RuleSet): string[] {
  const fails: string[] = [];
  const hits = (s: string) => matchRule(rule, recordText(sentenceRecord(rule, s)), rules).length > 0;
  for (const s of rule.spec.examples.match) if (!hits(s)) fails.push(`should match: "${s}"`);
  for (const s of rule.spec.examples.noMatch) if (hits(s)) fails.push(`should not match: "${s}"`);
  return fails;
}
