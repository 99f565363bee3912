// Every rule's own examples, and the errors a maintainer gets for a broken rule file.

import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLASSIFIER_CODE, loadRules, phraseToRegex, RULES_DIR } from '../pipeline/classify/rules.ts';
import { topLevelAlternatives, type Finder } from '../pipeline/classify/anchors.ts';
import { failingExamples } from './support/rule-examples.ts';
import { classify } from '../pipeline/classify/classify.ts';
import type { PubmedRecord } from '../pipeline/types.ts';
import { tempDir } from './support/temp.ts';
import { NOSTOP as TEXT_NOSTOP } from '../pipeline/classify/text.ts';

const rules = loadRules();

describe('rule examples', () => {
  it.each(rules.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    expect(failingExamples(rule, rules)).toEqual([]);
  });
});

describe('the rule files agree with each other', () => {
  // A skin condition the indications know but relevance does not would make its records not relevant:
  // each example of a skin indication, beside a vesicle, must read as a skin context. Barrier and
  // hydration words are measured in other organs too; 'other' holds non-skin conditions.
  const base = { pmid: '1', version: 1, journal: { title: null, isoAbbreviation: null }, year: 2024, authors: [], languages: ['eng'], publicationTypes: ['Journal Article'], mesh: [], keywords: [], grantAgencies: [] };
  const skinRules = rules.byField.indications.filter((r) => r.value !== 'other' && r.value !== 'barrier_hydration');
  it.each(skinRules.flatMap((r) => r.spec.examples.match.map((ex) => [r.id, ex] as const)))('%s: "%s" is a skin context', (_id, example) => {
    const record = { ...base, title: 'Vesicles in a study', abstract: [{ label: null, category: null, text: `Exosomes were studied. ${example}` }] } as unknown as PubmedRecord;
    expect(classify(record, rules).labels.relevant).toBe(true);
  });
});

describe('rule patterns', () => {
  // "exosom\\w*(?!\\s+complex)" matched "exosom" in "exosome complex": \\w* gives back a letter, and the
  // lookahead then holds at it. A word must end (\\b) before a lookahead that tests what follows it; so must
  // an optional s ("cells?") and {VES}, whose "vesicles?" can give back its s.
  it('end a word before a lookahead that follows it', () => {
    const lexicon = JSON.parse(readFileSync(join(RULES_DIR, 'lexicon.json'), 'utf8')).macros as Record<string, string>;
    const sources = [...rules.rules.flatMap((r) => [...(r.spec.patterns ?? []), r.spec.sentenceRequires ?? '', r.spec.sentenceExcludes ?? '']), ...Object.values(lexicon)];
    expect(sources.filter((p) => /(?:\\w[*+]|s\?|\{VES\})\(\?!/.test(p))).toEqual([]);
  });

  // [^.;] stops at the point of "(mean 38.4)" or "0.5 mL": "women aged 25 to 55 years (mean 38.4) ... were included
  // (n = 40)" once counted nobody enrolled. A pattern that stays within a clause writes {NOSTOP} (or {NODOT}).
  it('stay within a clause past a decimal point', () => {
    const lexicon = JSON.parse(readFileSync(join(RULES_DIR, 'lexicon.json'), 'utf8')).macros as Record<string, string>;
    const { NOSTOP, NODOT, ...others } = lexicon;
    const sources = [...rules.rules.flatMap((r) => [...(r.spec.patterns ?? []), r.spec.sentenceRequires ?? '', r.spec.sentenceExcludes ?? '']), ...Object.values(others)];
    expect(sources.filter((p) => /\[\^\.;?\]/.test(p))).toEqual([]);
    for (const stop of [NOSTOP, NODOT]) expect(new RegExp(`^(?:${stop}){0,40}\\(n = 40\\)`).test('aged 25 to 55 years (mean 38.4) (n = 40)')).toBe(true);
    // The code's own copy, for the patterns written in TypeScript, is the lexicon's: the two are edited by hand, together.
    expect(TEXT_NOSTOP).toBe(`(?:${NOSTOP})`);
  });

  // V8 compiles a regex of more than 20 KB of source without its optimizations (kRegExpTooLargeToOptimize):
  // details.control.active passed it by one pattern and cost twenty times as much (196 against 9 us a record).
  // A rule that grows near it is split in two, each with its own patterns and examples.
  it('keep each rule\'s regex, and its sentence conditions, under the 20 KB that V8 optimizes', () => {
    const finders = rules.rules.flatMap((r) => [[r.id, r.regex], [`${r.id} sentenceRequires`, r.requires?.regex], [`${r.id} sentenceExcludes`, r.excludes?.regex]] as const);
    expect(finders.filter(([, re]) => re && re.source.length > 20_000).map(([id, re]) => `${id}: ${re!.source.length}`)).toEqual([]);
  });

  // A regex tried at every position (an alternative with no start anchor) that opens with a look-behind runs the
  // look-behind at every character: the commercial maker pattern, opened with "(?<=... product)\(", cost 2.2 of
  // the 52 s of classifying 50,000 abstracts. Opened at its bracket and looking back from there, it is tried only at brackets.
  it('do not open a scanned alternative with a look-behind', () => {
    const scanned = (f: Finder | undefined) => (!f ? [] : f.rest ? topLevelAlternatives(f.rest.source) : f.starts === null ? topLevelAlternatives(f.regex.source) : []);
    const finders = rules.rules.flatMap((r) => [[r.id, r], [`${r.id} prefilter`, r.prefilter], [`${r.id} sentenceRequires`, r.requires], [`${r.id} sentenceExcludes`, r.excludes]] as const);
    expect(finders.flatMap(([id, f]) => scanned(f).filter((alt) => alt.startsWith('(?<')).map((alt) => `${id}: ${alt.slice(0, 60)}`))).toEqual([]);
  });
});

describe('rule files', () => {
  const dir = tempDir();
  let n = 0;
  /** A copy of data/rules with one file changed by `edit`. */
  function brokenCopy(file: string, edit: (json: any) => void): string {
    const copy = join(dir, `rules${++n}`);
    cpSync(RULES_DIR, copy, { recursive: true });
    const json = JSON.parse(readFileSync(join(copy, file), 'utf8'));
    edit(json);
    writeFileSync(join(copy, file), JSON.stringify(json));
    return copy;
  }

  it('gives every rule a unique id and a version that changes with the rules', () => {
    expect(new Set(rules.rules.map((r) => r.id)).size).toBe(rules.rules.length);
    const changed = loadRules(brokenCopy('routes.json', (j) => (j.rules[0].weight = 3)));
    expect(changed.version).not.toBe(rules.version);
  });

  it('gives a version that changes with the code that makes labels, not with where it lies or with code that reads them', () => {
    const code = (k: string) => {
      const copy = join(dir, `code${k}`);
      cpSync(CLASSIFIER_CODE[0], join(copy, 'classify'), { recursive: true });
      cpSync(CLASSIFIER_CODE[1], join(copy, 'types.ts'));
      return [join(copy, 'classify'), join(copy, 'types.ts')];
    };
    expect(loadRules(RULES_DIR, code('a')).version).toBe(rules.version);
    const edited = code('b');
    writeFileSync(join(edited[0], 'sample-size.ts'), `${readFileSync(join(edited[0], 'sample-size.ts'), 'utf8')}\n// a change\n`);
    expect(loadRules(RULES_DIR, edited).version).not.toBe(rules.version);
    // An explanation's wording makes no label.
    const explained = code('c');
    writeFileSync(join(explained[0], 'explain.ts'), `${readFileSync(join(explained[0], 'explain.ts'), 'utf8')}\n// a change\n`);
    expect(loadRules(RULES_DIR, explained).version).toBe(rules.version);
  });

  it('names the file, rule id and pointer of an invalid regex', () => {
    const copy = brokenCopy('sources.json', (j) => (j.rules[1].patterns[0] = 'umbilical(cord'));
    expect(() => loadRules(copy)).toThrow(/sources\.json: rule sources\.umbilical_cord_msc\.terms \(\/rules\/1\/patterns\/0\): invalid regex/);
  });

  it('names the file and JSON pointer of a schema violation', () => {
    const copy = brokenCopy('design.json', (j) => delete j.rules[2].examples);
    expect(() => loadRules(copy)).toThrow(/design\.json: \/rules\/2 must have required property 'examples'/);
  });

  it('rejects a value that is not a code of the field', () => {
    const copy = brokenCopy('routes.json', (j) => (j.rules[0].value = 'smeared'));
    expect(() => loadRules(copy)).toThrow(/routes\.json: rule routes\.topical\.terms \(\/rules\/0\/value\): "smeared" is not a routes code/);
  });

  it('rejects an unknown macro', () => {
    const copy = brokenCopy('indications.json', (j) => (j.rules[0].patterns = ['{NOPE}']));
    expect(() => loadRules(copy)).toThrow(/unknown macro \{NOPE\}/);
  });

  it('reads phrases as whole words with * wildcards and hyphen-or-space', () => {
    const re = new RegExp(phraseToRegex('split face*'), 'i');
    expect(re.test('a split-face study')).toBe(true);
    expect(re.test('split faces')).toBe(true);
    expect(re.test('nonsplit face')).toBe(false);
  });
});
