// Sample size: the candidates the extractor must take, and the numbers it must never take.

import { describe, expect, it } from 'vitest';
import { parseNumber, sampleSize } from '../pipeline/classify/sample-size.ts';
import { recordText } from '../pipeline/classify/text.ts';
import type { Design, PubmedRecord } from '../pipeline/types.ts';
import { testRecord } from './support/records.ts';

const record = (abstract: string, title = 'A study', publicationTypes: string[] = ['Journal Article']): PubmedRecord =>
  testRecord({ title, abstract: [{ label: null, category: null, text: abstract }], publicationTypes });
const n = (abstract: string, design: Design = 'human_uncontrolled', title?: string, pt?: string[]) =>
  sampleSize(recordText(record(abstract, title, pt)), design, pt ?? []).value;

describe('number words', () => {
  it.each([
    ['twenty-one', 21], ['Fifty-six', 56], ['one hundred and twelve', 112], ['two thousand', 2000], ['1,234', 1234], ['seven', 7],
  ])('%s is %d', (text, value) => expect(parseNumber(text)).toBe(value));
});

describe('sample size', () => {
  it('takes digits and number words before people', () => {
    // "And" joins number words only after hundred or thousand: "one and three" are two numbers.
    expect(parseNumber('one hundred and twelve')).toBe(112);
    expect(parseNumber('twenty-one')).toBe(21);
    expect(parseNumber('one and three')).toBe(null);
    expect(parseNumber('one three')).toBe(null);
    expect(parseNumber('twenty thirty')).toBe(null);
    expect(n('Twenty-one women with melasma were enrolled.')).toBe(21);
    expect(n('We recruited 20 subjects with Fitzpatrick types I-III.')).toBe(20);
    expect(n('This prospective study included 30 male patients aged 22 to 65.')).toBe(30);
    expect(n('Twenty (20) patients with melasma were enrolled.')).toBe(20);
    expect(n('Sixteen Fitzpatrick skin type IV-V patients (32 hemifaces) were randomized.', 'rct')).toBe(16);
    // People named by what they do: workers, students, athletes, nurses, soldiers, employees, veterans, survivors.
    expect(n('Seventy healthcare workers with chronic hand eczema were randomized. One participant withdrew.', 'rct')).toBe(70);
    expect(n('Twenty-four burn survivors with hypertrophic scars were enrolled.')).toBe(24);
    // Completers counted "out of" those enrolled, with no noun: the enrolled; pairs of twins counted: twice their count.
    expect(n('Adults aged 40 to 65 years received three exosome injections; 28 completed the study out of 31 enrolled.')).toBe(31);
    expect(n('Three pairs of identical twins with alopecia areata; one twin of each pair received exosome injections.')).toBe(6);
    // An age or an age range before the people: "healthy 30- to 50-year-old participants".
    expect(n('Forty healthy 30- to 50-year-old participants received two exosome booster injections.')).toBe(40);
    expect(n('Twelve 45-year-old women received exosome injections.')).toBe(12);
  });

  it('prefers the enrolled total to arms, completers and n = forms', () => {
    expect(n('Forty patients were enrolled. There were 20 patients in the treatment group and 20 in the saline group.', 'rct')).toBe(40);
    expect(n('Thirty volunteers were recruited for the split-face study. Twenty-eight volunteers completed the trial.', 'rct')).toBe(30);
    expect(n('Fifty-nine patients were randomized to exosomes (n = 30) or film (n = 29).', 'rct')).toBe(59);
    expect(n('A total of 84 patients took part; outcomes were analysed in 80 patients.')).toBe(84);
  });

  it('counts those enrolled, not those screened, nor a part "of" the enrolled', () => {
    expect(n('Of the 64 patients screened, 52 met the inclusion criteria and were treated with exosome injections.')).toBe(52);
    expect(n('Nineteen of twenty enrolled patients completed the 8-week course of exosome application.')).toBe(20);
    expect(n('Eighty patients were screened and 40 patients were enrolled.')).toBe(40);
    expect(n('A total of 120 participants were screened and 98 were randomized to exosomes or saline.')).toBe(98);
    expect(n('Twenty-two participants completed the split-face protocol; 24 were initially enrolled.', 'human_controlled')).toBe(24);
    expect(n('Sixteen participants completed the study out of 20 enrolled.', 'human_uncontrolled')).toBe(20);
    expect(n('Sixty-eight participants were screened; 50 were eligible and enrolled.')).toBe(50);
    expect(n('Of 80 screened participants, 64 were randomized to exosome serum or vehicle.', 'rct')).toBe(64);
    expect(n('A cohort of 120 consecutive patients was screened; 20 received exosomes.')).toBe(20);
    // Only those who completed are counted: analysed, taken where nothing else is stated.
    expect(n('Patients with Fitzpatrick skin types III-IV received exosome injections; 18 completed the study.')).toBe(18);
  });

  it('adds up totals written as parts', () => {
    expect(n('Three groups of 10 patients each received a different exosome dose.')).toBe(30);
    expect(n('Patients were randomized to exosome injections (n = 22) or hyaluronic acid filler (n = 21).', 'rct')).toBe(43);
    expect(n('Patients (n = 40) were randomized to exosomes (n = 20) or saline (n = 20).', 'rct')).toBe(40);
    expect(n('Patients (N=20; 14 women, 6 men) received exosomes.')).toBe(20);
    // Arms counted in words, not with n =.
    expect(n('The study included 22 patients in the exosome group and 23 in the PRP group.', 'human_controlled')).toBe(45);
    expect(n('Patients were randomized to exosomes (22 patients) or PRP (23 patients).', 'rct')).toBe(45);
    expect(n('The exosome group comprised 22 patients and the PRP group 23 patients.', 'human_controlled')).toBe(45);
    // Those who improved in each arm are no arms.
    expect(n('Forty patients were enrolled. Improvement was seen in 18 patients in the exosome group and 9 in the PRP group.', 'human_controlled')).toBe(40);
    // Two arms set against each other in a sentence that treats them, with no allocating word; not two time points.
    expect(n('Exosome serum (n = 32) or vehicle (n = 32) was applied for 12 weeks by women with photoaging.', 'rct')).toBe(64);
    expect(n('Women applied exosome serum. Outcomes were assessed at 4 weeks (n = 30) or 12 weeks (n = 28) after treatment.')).toBe(30);
    // Two equal arms are two arms, not a total beside one of its parts.
    expect(n('Fifty patients were divided into two groups: group A (n = 25) received exosomes and group B (n = 25) received PRP.', 'human_controlled')).toBe(50);
    expect(n('Patients were randomized to exosomes or saline (n = 12 per group; n = 12 analysed).', 'rct')).toBe(12);
    expect(n('The study included 50 women and 10 men with acne scars.')).toBe(60);
    // A cohort compared with one matched to it, however many words describe the second.
    expect(n('Thirty-two men treated with exosome injections were compared with 32 age- and Norwood-matched men treated with PRP.', 'human_controlled')).toBe(64);
    // "Of 120 patients screened, 96 were randomly assigned": those allocated, as "randomized"; ages in "8-wk-old" are no counts.
    expect(n('Of 120 patients screened, 96 were randomly assigned to exosome or placebo injections.', 'rct')).toBe(96);
    expect(n('A total of forty-eight 8-wk-old C57BL/6 mice were injected intradermally with exosomes or PBS.', 'animal')).toBe(48);
    // A cohort "matched 1:1 by age, sex and skin type with" another is added to it too.
    expect(n('Thirty-four patients who received intralesional exosome injections were matched 1:1 by age, sex and skin type with 34 patients who received silicone gel only.', 'human_controlled')).toBe(68);
  });

  it('counts people, not sides, in a split-face study', () => {
    expect(n('Twelve patients had one side of the face treated; 24 sides were assessed.', 'human_controlled')).toBe(12);
  });

  it('uses n = when nothing else states the number', () => {
    expect(n('In a two-week trial (n = 20; mean age 50.7 years) wrinkles decreased.')).toBe(20);
  });

  it('gives 1 for a single case and the count for several', () => {
    expect(n('A 39-year-old male with alopecia areata received exosomes.')).toBe(1);
    expect(n('A 45-year-old woman developed granulomas after exosome injections.')).toBe(1);
    expect(n('A 35-year-old woman and a 42-year-old woman with rosacea were treated with exosomes.')).toBe(2);
    expect(n('A 35-year-old woman was treated. A 35-year-old woman is described in detail.')).toBe(1);
    expect(n('Vesicles were applied.', 'human_uncontrolled', 'Exosomes for a recalcitrant scar: a case report')).toBe(1);
    expect(n('Three case reports are described. Case 1: a 55-year-old woman.', 'human_uncontrolled')).toBe(3);
    expect(n('We report our experience treating four patients with venous ulcers.', 'human_uncontrolled')).toBe(4);
    expect(n('A man in his 40s received exosome injections for hair loss.')).toBe(1);
    expect(n('A female patient aged 52 years presented with nodules after exosome injection.')).toBe(1);
    expect(n('We describe a patient who developed granulomas after exosome microneedling.')).toBe(1);
    expect(n('Three cases of delayed hypersensitivity after exosome treatment are reported.')).toBe(3);
    expect(n('This report describes four women who developed infections after exosome microneedling.')).toBe(4);
  });

  it('never takes a percentage, age, dose, duration, p-value, year, cell count, concentration or particle size', () => {
    // "for 12 weeks by women": a duration, with a preposition between it and the people.
    expect(n('Exosome serum was applied for 12 weeks by women with photoaging.')).toBeNull();
    const none = [
      'Redness fell by 30% (p < 0.05) after 12 weeks.',
      'Patients aged 30 to 60 years received 100 μg of exosomes at 1 × 10^9 particles/mL.',
      'Vesicles of 139.7 ± 2.3 nm were counted in 5000 cells per well.',
      'From July 2021 to July 2022, treatment was given every 2 weeks for 6 sessions.',
      '87.3% of subjects reported improvement.',
    ];
    for (const text of none) expect(n(text), text).toBeNull();
  });

  it('counts animals only for animal designs and only when stated', () => {
    expect(n('A total of 48 mice were randomly divided into four groups.', 'animal')).toBe(48);
    expect(n('Mice (n = 6 per group) received exosomes.', 'animal')).toBeNull();
    expect(n('Eight-week-old male C57BL/6 mice (n = 24) were used.', 'animal')).toBe(24);
    expect(n('C57BL/6 mice (n = 6) per group were used.', 'animal')).toBeNull();
    expect(n('Twenty-seven patients gave serum; mice were then treated.', 'animal')).toBeNull();
    // A count per unit is no total; a total whose groups the brackets count is one.
    expect(n('Exosomes were injected into wounds; three mice per time point were sacrificed on days 3, 7 and 14.', 'animal')).toBeNull();
    expect(n('Wounds were made on 18 mice (6 per group) and treated with exosomes.', 'animal')).toBe(18);
    expect(n('Mice were assigned to PBS, exosome and exosome-hydrogel groups (six mice per group).', 'animal')).toBe(18);
    expect(n('We used 5 mice per group in four groups.', 'animal')).toBe(20);
    expect(n('Vesicles were applied in a hydrogel to partial-thickness burns of 30 mice.', 'animal')).toBe(30);
    expect(n('Mice (n = 36) were divided into three groups.', 'animal')).toBe(36);
    expect(n('Experiments were conducted in 12 Bama miniature pigs.', 'animal')).toBe(12);
    expect(n('Mice were divided into control (n = 8), model (n = 8) and exosome (n = 8) groups.', 'animal')).toBe(24);
    expect(n('Each of the 4 groups contained 5 rats.', 'animal')).toBe(20);
    expect(n('A total of 48 mice were used.', 'human_uncontrolled')).toBeNull();
  });

  it('is empty for in-vitro, review and other designs', () => {
    for (const d of ['in_vitro', 'review', 'other'] as const) expect(n('Exosomes from 20 patients were added to keratinocytes.', d)).toBeNull();
  });
});

describe('animals', () => {
  it('counts animals per group times the groups, and animals used or treated', () => {
    expect(n('Rats were divided into three groups of 12 and treated with exosome gel, vehicle or nothing.', 'animal')).toBe(36);
    expect(n('Mice were divided into three groups of 10 weeks of age.', 'animal')).toBeNull();
    expect(n('Eighteen mice were used (six per group), and wounds were treated with exosomes.', 'animal')).toBe(18);
    expect(n('Wounds were created in mice (n = 6/group, 3 groups) and treated with exosomes.', 'animal')).toBe(18);
    expect(n('Twenty-four mice were randomly divided into control, model and exosome groups.', 'animal')).toBe(24);
    expect(n('Mice (n = 6/group) with wounds were treated with exosomes or PBS.', 'animal')).toBeNull();
    expect(n('Six rats in each of four groups received exosomes.', 'animal')).toBe(24);
    expect(n('Mice were divided into four groups (n = 6 per group) and treated with vesicles.', 'animal')).toBe(24);
    expect(n('Mice were randomly divided into sham, model, and exosome groups (n = 6 per group).', 'animal')).toBe(18);
    expect(n('Rats were divided into control, exosome and hydrogel groups, with 8 rats in each group.', 'animal')).toBe(24);
    expect(n('Patients were divided into exosome, PRP and control groups (n = 20 each).')).toBe(60);
    expect(n('Patients were randomized into two groups (n = 25 per group).')).toBe(50);
    expect(n('Four groups of six C57BL/6 mice were used.', 'animal')).toBe(24);
    expect(n('Rats were randomly divided into 3 groups, 8 rats per group.', 'animal')).toBe(24);
    expect(n('Dermatitis was induced in male BALB/c mice (6-8 weeks old, 20-22 g), randomly divided into four groups of eight.', 'animal')).toBe(32);
    expect(n('Forty adult male albino rats were used in this study.', 'animal')).toBe(40);
    expect(n('Mice were divided into sham, burn + PBS and burn + exosome groups (n = 6/group).', 'animal')).toBe(18);
    expect(n('Mice were divided into sham, burn + PBS and burn + extracellular vesicles groups (n = 6/group).', 'animal')).toBe(18);
    expect(n('Five rats per group were used in four groups.', 'animal')).toBe(20);
    expect(n('Twelve aged (18-month-old) and six young (2-month-old) C57BL/6 mice were used.', 'animal')).toBe(18);
    expect(n('Exosomes were applied to wounds of db/db mice in a fibrin gel (n = 6 per group; four groups including vehicle).', 'animal')).toBe(24);
    expect(n('Exosomes were applied to wounds of db/db mice (four groups, n = 6 per group).', 'animal')).toBe(24);
    expect(n('Psoriasis-like dermatitis was established in BALB/c mice (n = 8 mice/group; 5 groups).', 'animal')).toBe(40);
    expect(n('Each group comprised 6 mice, and there were four groups: control, diabetic, diabetic + PBS and diabetic + exosomes.', 'animal')).toBe(24);
    expect(n('Dermatitis was established in BALB/c mice (n = 8 C57BL/6 mice/group; 5 groups).', 'animal')).toBe(40);
    expect(n('Mice were randomly divided into control, UVB, UVB + low-dose extracellular vesicles and UVB + high-dose extracellular vesicles groups (n = 8).', 'animal')).toBe(32);
    // A bare n right after the groups counts each group of animals; of people it may be the total.
    expect(n('Mice were randomly divided into control, UVB, UVB + low-dose exosome and UVB + high-dose exosome groups (n = 8).', 'animal')).toBe(32);
    expect(n('Rabbits were randomly divided into four groups (n = 6).', 'animal')).toBe(24);
    expect(n('Rats were assigned to PBS and exosome groups (n = 12).', 'animal')).toBe(24);
    expect(n('The mice were divided into model group, hAMSC-exos low dose group and high dose group (n=8).', 'animal')).toBe(24);
    expect(n('Patients were randomized to exosome and saline groups (n = 30).', 'rct')).not.toBe(60);
    // The end of a range is no count: "an EASI of 7-21 were randomized", "women aged 40-60 were randomized".
    expect(n('Adults with an EASI of 7-21 were randomized 2:1 to the exosome ointment or vehicle. Of 126 randomized patients, 119 completed the study.', 'rct')).toBe(126);
    // An n right after "groups" counts each group, not an arm beside the total.
    expect(n('BALB/c mice (n = 30) received topical imiquimod for 7 days and were randomly divided into control, IMQ, IMQ + EV (low), IMQ + EV (high) and IMQ + dexamethasone groups (n = 6).', 'animal')).toBe(30);
    expect(n('Mice were randomly divided into control, IMQ + EV (low) and IMQ + EV (high) groups (n = 6).', 'animal')).toBe(18);
    // Arms listed without the word "groups", counted per group.
    expect(n('Mice were randomly assigned to topical vehicle, ADSC-conditioned medium, or ADSC exosomes (n = 7 per group) for 21 days.', 'animal')).toBe(21);
    expect(n('Patients were randomized to exosome or saline injections (n = 30 per group).', 'rct')).toBe(60);
    expect(n('Wounds were assessed at 12 weeks and 6 months in mice treated with exosomes.', 'animal')).toBeNull();
    expect(n('We describe 17-year-old monozygotic twin sisters with alopecia areata treated with intralesional exosome injections.')).toBe(2);
    // Cases others published are no one this study treated.
    expect(n('We describe four patients who developed delayed erythema and swelling after microneedling with exosome serums. We also review 12 previously published cases.')).toBe(4);
    // A surgical model made on the animals enrols them, as a wound does.
    expect(n('Random skin flaps were raised on the backs of 48 rats.', 'animal')).toBe(48);
    expect(n('Both ovaries were excised in 20 mice.', 'animal')).toBe(20);
    expect(n('The exosome sheet was applied to 16 rats with full-thickness wounds.', 'animal')).toBe(16);
    expect(n('Extracellular vesicles were given orally to 24 BALB/c mice.', 'animal')).toBe(24);
    expect(n('Exosomes were administered by gavage to 20 mice with dermatitis.', 'animal')).toBe(20);
    expect(n('Thirty rats treated with exosomes healed faster.', 'animal')).toBe(30);
    expect(n('Wounds of 24 rats were covered with exosome-loaded hydrogel.', 'animal')).toBe(24);
    expect(n('Exosome-soaked gauze was placed on burn wounds of 24 rats.', 'animal')).toBe(24);
    expect(n('Fat tissue mixed with exosomes was grafted subcutaneously into the backs of 24 nude mice.', 'animal')).toBe(24);
    expect(n('Scaffolds seeded with vesicles were implanted into 12 rats.', 'animal')).toBe(12);
    expect(n('Forty db/db mice and forty wild-type mice received excisional wounds treated with exosomes.', 'animal')).toBe(80);
    expect(n('Twelve male and 12 female rats were used and treated with exosomes.', 'animal')).toBe(24);
    expect(n('Photoaged mice received intradermal injections of the exosomes weekly for 4 weeks (n = 6 per group, 4 groups).', 'animal')).toBe(24);
    // Words before the count in the brackets; groups "of" a count after "assigned to"; "ten mice each" after the groups,
    // which alone was taken for all of them; a per-group count before three or more arms named.
    expect(n('DNFB-sensitized BALB/c mice (6-8 weeks old, n = 10 per group, 3 groups) were injected intraperitoneally with exosomes.', 'animal')).toBe(30);
    expect(n('DNFB-sensitized BALB/c mice were assigned to 3 groups of 10 and injected intraperitoneally with exosomes.', 'animal')).toBe(30);
    expect(n('DNFB-sensitized BALB/c mice (three groups, ten mice each) were injected intraperitoneally with exosomes.', 'animal')).toBe(30);
    expect(n('DNFB-sensitized BALB/c mice (n = 10/group) received intraperitoneal exosomes, PBS or dexamethasone.', 'animal')).toBe(30);
    expect(n('Mice (6 per group) were treated with exosomes, PBS, dexamethasone or exosomes plus dexamethasone by intraperitoneal injection.', 'animal')).toBe(24);
  });

  it('reads a study\'s count from its title', () => {
    expect(n('Patients received three sessions of microneedling with exosomes.', 'human_uncontrolled', 'Exosome microneedling for acne scars: a prospective study (N = 32)')).toBe(32);
    expect(n('Patients received three sessions of microneedling with exosomes.', 'human_uncontrolled', 'Exosome microneedling for acne scars (n = 32 sites)')).toBeNull();
  });

  it('never reads a cell line name as a count', () => {
    expect(n('B16F10 melanoma cells and zebrafish embryos were exposed to the vesicles.', 'animal')).toBeNull();
    expect(n('HaCaT and A431 cells from 3 donors were treated.', 'animal')).toBeNull();
  });

  it('never reads the number ending a strain, a disease or a type as a count', () => {
    expect(n('C57BL/6 mice were wounded and treated with exosomes.', 'animal')).toBeNull();
    expect(n('SKH-1 hairless mice were irradiated and treated with exosomes.', 'animal')).toBeNull();
    expect(n('Type 2 diabetic mice were wounded and treated with exosomes.', 'animal')).toBeNull();
    expect(n('Twelve COVID-19 patients with skin lesions received exosomes.')).toBe(12);
    expect(n('COVID-19 patients with skin lesions received exosomes.')).toBeNull();
    // An age is a describing word too, where the count comes first.
    expect(n('Twenty-four 6-week-old female BALB/c mice were used and treated with exosomes.', 'animal')).toBe(24);
    expect(n('Forty-eight 8-week-old male C57BL/6J mice received exosomes.', 'animal')).toBe(48);
    expect(n('Six-week-old mice were treated with exosomes.', 'animal')).toBeNull();
    // The type stays a describing word between a count and its noun.
    expect(n('A total of 36 type 2 diabetic rats received exosomes.', 'animal')).toBe(36);
    expect(n('Twenty-four C57BL/6 mice were wounded and treated with exosomes.', 'animal')).toBe(24);
  });
});
