// Asides in brackets (an abbreviation right after its long form, a group's age) are
// blanked for the rules, one character for one, and quoted as written in evidence.

import { describe, expect, it } from 'vitest';
import { abbreviations, maskAsides } from '../pipeline/classify/asides.ts';
import { classify } from '../pipeline/classify/classify.ts';
import { loadRules } from '../pipeline/classify/rules.ts';
import { testRecord } from './support/records.ts';

const blanked = (text: string, aside: string) => text.replace(aside, ' '.repeat(aside.length));
/** Each text masked is itself with its aside blanked, one character for one. */
function expectBlanked(cases: [string, string][]) {
  for (const [text, aside] of cases) {
    const out = maskAsides(text);
    expect(out).toBe(blanked(text, aside));
    expect(out.length).toBe(text.length);
  }
}

describe('maskAsides', () => {
  it('blanks an abbreviation defined by the words before it, keeping every offset', () => {
    expectBlanked([
      ['microneedling (MN) alone', '(MN)'],
      ['adipose-derived stem cell exosomes (ADSC-Exos) were injected', '(ADSC-Exos)'],
      ['by intravenous (IV) bolus injection', '(IV)'],
      ['fractional CO2 laser (FCL-CO2) alone', '(FCL-CO2)'],
      ['small extracellular vesicles (sEVs) were applied', '(sEVs)'],
    ]);
  });

  it('blanks "then" or "subsequently" inside a verb, but not an adverb rules read, nor one before a noun', () => {
    expectBlanked([
      ['Exosomes were then isolated from the medium', 'then'],
      ['the control group was subsequently treated with laser', 'subsequently'],
      ['wounds were thereafter given exosome gel', 'thereafter'],
    ]);
    for (const text of ['the exosome group was also treated with laser', 'exosomes were first isolated', 'it was then the largest trial', 'were then 12 patients'])
      expect(maskAsides(text)).toBe(text);
  });

  it('blanks a dose in brackets after what was given, but not a count of people', () => {
    expectBlanked([
      ['exosomes (100 μg/mL) were added', ' (100 μg/mL)'],
      ['EVs (1 × 10^9 particles) were injected', ' (1 × 10^9 particles)'],
      ['the patients then received exosomes', 'then'],
      ['ulcers persisting for a period of 6 weeks to 5 years', 'a period of'],
      ['30 men diagnosed with androgenetic alopecia received', 'diagnosed'],
      ['an exosome-containing serum was applied', '-containing'],
    ]);
    expectBlanked([
      ['28 patients aged 25-60 years received laser alone', 'aged 25-60 years'],
      ['women aged between 40 and 65 years with melasma', 'aged between 40 and 65 years'],
      ['adults aged 18 years or older were enrolled', 'aged 18 years or older'],
      ['Sixty patients, with a mean age of 34.5 ± 6.2 years, were enrolled', ', with a mean age of 34.5 ± 6.2 years,'],
      ['28 women, aged 30-55 years, applied the cream', ', aged 30-55 years,'],
    ]);
    // Not an age that is no person's ("mice aged 8 weeks"), nor "aged" as what happened to skin.
    for (const text of ['mice aged 8 weeks were used', 'patients aged skin was treated']) expect(maskAsides(text)).toBe(text);
    // "Suffering from" after people reads as "with", padded.
    expect(maskAsides('exosomes from patients suffering from melanoma')).toBe('exosomes from patients with           melanoma');
    expect(maskAsides('patients (n = 20) received exosomes')).toBe('20       patients received exosomes');
    for (const text of ['wounds (10 mm) were made', 'the group was then the largest', 'for a period of rest', 'a woman diagnosed with melasma 2 years after pregnancy']) expect(maskAsides(text)).toBe(text);
  });

  it('reads the source and the untreated comparison through "then" inside their verbs', () => {
    const rules = loadRules();
    const c = classify(
      testRecord({
        title: 'Exosomes after fractional laser for acne scars',
        abstract: [{ label: null, category: null, text: 'Exosomes were then isolated from human umbilical cord mesenchymal stem cells. Forty patients were randomly divided into two groups; the control group was then treated with fractional CO2 laser, and the observation group was then treated with fractional CO2 laser followed by exosomes.' }],
      }),
      rules,
    );
    expect([c.labels.sources, c.details.control]).toEqual([['umbilical_cord_msc'], 'untreated']);
    // Evidence quotes the text as written.
    expect(c.evidence['details:control'][0].snippet).toMatch(/was then treated/);
  });

  it('blanks a short form before a hyphen with the hyphen, so the long form reads as the compound written open', () => {
    for (const [text, read] of [
      ['ultraviolet B (UVB)-irradiated skin', 'ultraviolet B       irradiated skin'],
      ['mesenchymal stem cell (MSC)-derived exosomes', 'mesenchymal stem cell       derived exosomes'],
      ['imiquimod (IMQ)-induced psoriasis', 'imiquimod       induced psoriasis'],
    ])
      expect(maskAsides(text)).toBe(read);
    // A short form its words do not spell keeps its brackets.
    expect(maskAsides('exosomes (TEM)-imaged')).toBe('exosomes (TEM)-imaged');
  });

  it('moves a comma or full stop after a short form back against its long form', () => {
    // Lists and sentence ends read the mark right after a word.
    for (const [text, read] of [
      ['from human bone marrow (BM), adipose and umbilical cord', 'from human bone marrow,      adipose and umbilical cord'],
      ['with microneedling (MN). Then', 'with microneedling.      Then'],
    ])
      expect(maskAsides(text)).toBe(read);
    expect(maskAsides('exosomes (TEM), and')).toBe('exosomes (TEM), and');
  });

  it('reads "as well as" in a list as "and", and "-based" after the vesicles as nothing, keeping every offset', () => {
    expect(maskAsides('adipose, bone marrow as well as cord MSCs')).toBe('adipose, bone marrow and        cord MSCs');
    expect(maskAsides('an exosome-based serum')).toBe('an exosome       serum');
    expect(maskAsides('a web-based survey')).toBe('a web-based survey');
  });

  it('lists the abbreviations a text defines, each with its long form', () => {
    const text = 'Microneedling (MN) was followed by ultra-pulse fractional CO2 laser (UFCL), and exosomes (TEM) were imaged.';
    expect(Object.fromEntries(abbreviations(text))).toEqual({ MN: 'Microneedling', UFCL: 'ultra-pulse fractional CO2 laser' });
  });

  it("blanks a group's age, named as an age", () => {
    expectBlanked([
      ['40 patients (mean age 45.2 ± 6.1 years) received', '(mean age 45.2 ± 6.1 years)'],
      ['30 women (aged 25-60 years) were divided', '(aged 25-60 years)'],
      ['12 men (median age, 52) were treated', '(median age, 52)'],
    ]);
  });

  it("blanks who the people named are (their sexes, skin types), a figure cited, and a copyright line at the end", () => {
    expectBlanked([
      ['28 patients (both sexes) received laser alone', '(both sexes)'],
      ['20 women (Fitzpatrick skin types III–IV) applied', '(Fitzpatrick skin types III–IV)'],
      ['volunteers (skin phototypes II-IV) were', '(skin phototypes II-IV)'],
      ['16 adults (male and female) received', '(male and female)'],
      ['exosome skin boosters (Figure 1) were', ' (Figure 1)'],
      ['Scores improved. © 2024 The Authors. Journal of Cosmetic Dermatology published by Wiley Periodicals LLC.', '© 2024 The Authors. Journal of Cosmetic Dermatology published by Wiley Periodicals LLC.'],
      ['Scores improved. Copyright (c) 2023 Elsevier B.V. All rights reserved.', 'Copyright (c) 2023 Elsevier B.V. All rights reserved.'],
    ]);
    // A cited figure's full stop moves back against the word, as a short form's does.
    expect(maskAsides('the exosome skin boosters (Fig. 2A). Scores')).toBe(`the exosome skin boosters.${' '.repeat(10)} Scores`);
    for (const text of ['28 patients (12 women, 16 men) received', 'patients (exosome group) received', 'In 1995 a copyright law passed. Results (c) were good', 'the cells (type II) were']) expect(maskAsides(text)).toBe(text);
  });

  it('reads people counted in brackets after they are named as counted before, keeping the length', () => {
    expect(maskAsides('patients (n = 20) received')).toBe('20       patients received');
    expect(maskAsides('Of 64 screened, Women (N=48) with melasma')).toBe('Of 64 screened, 48     Women with melasma');
    // A count already said, a count per group, and a count of a group (sample size reads those) stay.
    for (const text of ['30 patients (n = 30) received', 'twenty-two adult women (n = 22) applied', 'patients (n = 20 per group) received', 'the exosome group (n = 20) received'])
      expect(maskAsides(text)).toBe(text);
  });

  it('keeps brackets that say something: names, counts, durations, and a short form its words do not spell', () => {
    for (const text of [
      'an exosome serum (Exoxe) was applied',
      'a lyophilized exosome solution (ASCE+) was applied',
      'patients (12 women, 8 men) received',
      'followed for a long period (12 years) after',
      'exosomes (TEM) were imaged', // no word before begins with t
      'exosomes were applied; the other side (EA) was left', // a long form does not cross a clause
    ]) expect(maskAsides(text)).toBe(text);
  });
});

describe('classify with asides', () => {
  const rules = loadRules();
  const run = (text: string) => classify(testRecord({ pmid: '90001001', title: 'Exosomes after laser for acne scars', abstract: [{ label: null, category: null, text }] }), rules);

  it('reads through an age as if it were not there', () => {
    // Before asides were blanked, the age hid the second arm: one arm of 30, uncontrolled, no control.
    const plain = run('Thirty patients received laser plus exosomes and 28 patients received laser alone.');
    const aged = run('Thirty patients received laser plus exosomes and 28 patients (mean age 31.2 ± 4.0 years) received laser alone.');
    expect(plain.labels).toMatchObject({ design: 'human_controlled', sampleSize: 58 });
    expect(aged.labels).toEqual(plain.labels);
    expect(aged.details.control).toBe('untreated');
  });

  it('quotes evidence as written, brackets and all, at the same offsets', () => {
    const text = 'Twenty patients received microneedling (MN) with exosomes on one side and microneedling (MN) alone on the other.';
    const c = run(text);
    const control = c.evidence['details:control'] ?? [];
    expect(control.length).toBeGreaterThan(0);
    for (const e of Object.values(c.evidence).flat()) if (e.field === 'abstract') expect(e.snippet).toBe(text.slice(e.start, e.end));
    expect(control.some((e) => e.snippet.includes('(MN)'))).toBe(true);
  });

  it('reads people counted after they are named, and quotes the count with its noun', () => {
    const text = 'Of 30 volunteers screened, adults (n = 22) with photoaging applied an exosome serum twice daily for 8 weeks; 19 completed the study.';
    const c = run(text);
    // Before the count was moved, the 30 screened or the 19 who completed stood in for the 22 enrolled.
    expect(c.labels).toMatchObject({ design: 'human_uncontrolled', sampleSize: 22 });
    const region = [text.indexOf('adults'), text.indexOf(') with') + 1];
    for (const e of Object.values(c.evidence).flat().filter((e) => e.field === 'abstract')) {
      expect(e.snippet).toBe(text.slice(e.start, e.end));
      // A span never begins or ends inside "adults (n = 22)": it takes the words whole.
      expect(e.start > region[0] && e.start < region[1], e.snippet).toBe(false);
      expect(e.end > region[0] && e.end < region[1], e.snippet).toBe(false);
    }
    expect(c.evidence.sample_size?.[0].snippet).toBe('adults (n = 22)');
  });

  it('reads a compound after a short form, and quotes it as written', () => {
    const c = classify(testRecord({ pmid: '90001002', title: 'Exosomes from keratinocytes', abstract: [{ label: null, category: null, text: 'Exosomes were added to ultraviolet B (UVB)-irradiated HaCaT cells, which released less IL-6.' }] }), rules);
    // Before the short form was moved against its hyphen, no photoaging was read.
    expect(c.labels.indications).toEqual(['photoaging']);
    const quoted = (c.evidence['indications:photoaging'] ?? []).map((e) => e.snippet);
    expect(quoted.some((q) => q.includes('ultraviolet B (UVB)-irradiated'))).toBe(true);
  });
});
