// Study details on abstracts written for these tests: each detail where it applies,
// its evidence, and the values it must never take.

import { describe, expect, it } from 'vitest';
import { classify } from '../pipeline/classify/classify.ts';
import { parseArticleXml } from '../pipeline/pubmed/parse-xml.ts';
import { parseMedline } from '../pipeline/pubmed/parse-medline.ts';
import { articleMedline, articleXml, type FixtureArticle } from './support/fixture-records.ts';
import { loadRules } from '../pipeline/classify/rules.ts';
import { rewritingChanges } from './support/rewritings.ts';
import { EMPTY_DETAILS, type PubmedRecord } from '../pipeline/types.ts';
import { testRecord } from './support/records.ts';

const rules = loadRules();
const rec = (title: string, text: string): PubmedRecord => testRecord({ pmid: '90002000', title, abstract: [{ label: null, category: null, text }] });
const classified = (title: string, text: string) => classify(rec(title, text), rules);

describe('study details of trials in people', () => {
  it('reads a placebo-controlled, double-blind trial with its follow-up and a mild adverse event', () => {
    const c = classified(
      'Exosome serum for photoaging: a randomized, double-blind, vehicle-controlled trial',
      'Sixty women were randomized to an exosome serum or vehicle for 12 weeks and followed up 4 weeks after the last application, at week 16. Mild transient erythema occurred in three women. Wrinkles improved more with exosomes.',
    );
    expect(c.labels.design).toBe('rct');
    expect(c.details).toMatchObject({ control: 'placebo', blinding: 'double', follow_up_weeks: 16, adverse_events: 'reported' });
    expect(c.evidence['details:blinding'][0].snippet).toMatch(/double-blind/);
  });

  it('reads a split-face study whose other side got the laser alone, assessed by blinded raters, with no adverse events', () => {
    const c = classified(
      'Fractional laser with or without exosomes for acne scars: a split-face study',
      'Twenty-four patients received fractional CO2 laser on both sides of the face and exosomes on one side; the other side received laser alone. Two blinded dermatologists graded photographs at 3 months. No adverse events were observed.',
    );
    expect(c.details).toMatchObject({ control: 'untreated', blinding: 'single', follow_up_weeks: 13, adverse_events: 'none' });
  });

  it('gives a single arm no control, and leaves unstated details empty', () => {
    const c = classified('Exosome cream for melasma: an open-label pilot study', 'Twenty patients with melasma applied an exosome cream twice daily. Melasma scores fell in patients treated with the cream.');
    expect(c.details).toMatchObject({ control: 'none', blinding: 'open', follow_up_weeks: null, adverse_events: null });
  });

  it('adds the span of the sessions to a follow-up counted after the last one, and never reads an age or a history', () => {
    const c = classified(
      'Exosomes after microneedling for melasma: a case series',
      'Fifteen women aged 30 to 55 years with melasma for over 5 years received six sessions at 2-week intervals. They were followed up 12 weeks after the last session. Patients treated with exosomes improved.',
    );
    expect(c.details.follow_up_weeks).toBe(22);
  });

  it('takes the last of a list of time points, an event beside "no serious" ones, and "tolerated well"', () => {
    const c = classified(
      'Exosome serum after fractional laser for photoaging: a randomized, double-blind, vehicle-controlled trial',
      'Forty-eight women received fractional laser and were randomized to an exosome serum or a vehicle serum. Outcomes were assessed at weeks 4, 8 and 16. No serious adverse events occurred; mild transient erythema resolved within 3 days.',
    );
    expect(c.details).toMatchObject({ follow_up_weeks: 16, adverse_events: 'reported' });
    expect(c.detailConfidence.adverse_events.level).toBe('low');
    const tolerated = classified('Open-label study of an exosome ampoule for hyperpigmentation', 'Twenty patients applied the ampoule twice daily in an open-label study. All patients tolerated the treatment well.');
    expect(tolerated.details).toMatchObject({ control: 'none', blinding: 'open', adverse_events: 'none' });
  });

  it('reads sessions a month apart, patient and investigator blinded, a named symptom and "no treatment-related" events', () => {
    const apart = classified(
      'Exosomes versus hyaluronic acid after microneedling for atrophic acne scars: a randomized trial',
      'Fifty patients were randomized to exosomes or hyaluronic acid applied after microneedling, four sessions one month apart. Final assessment was 3 months after the last session.',
    );
    expect(apart.details).toMatchObject({ control: 'active', follow_up_weeks: 26 });
    const blinded = classified('Exosome cream for melasma: a randomized, placebo-controlled, split-face trial', 'Twenty-four women applied exosome cream to one side of the face and a placebo cream to the other for 12 weeks. Investigator and patient were blinded.');
    expect(blinded.details.blinding).toBe('double');
    const headache = classified('Exosomes for hair regrowth in women: an open-label study', 'Sixteen women with female pattern hair loss received six monthly scalp injections of exosomes. Two patients reported mild headache.');
    expect(headache.details.adverse_events).toBe('reported');
    const none = classified('Randomized, double-blind trial of exosome serum for sensitive skin', 'Eighty participants were randomized to exosome serum or vehicle. No treatment-related adverse events were observed.');
    expect(none.details.adverse_events).toBe('none');
    const side = classified('Exosome-assisted fractional laser for striae', 'Thirty-six women with striae distensae received fractional CO2 laser on both sides; exosomes were added on one side. The other side served as control.');
    expect(side.labels.design).toBe('human_controlled');
    expect(side.details.control).toBe('untreated');
  });

  it('reads a vehicle written as the product without vesicles, and a follow-up counted from the end of a treatment period', () => {
    const without = classified('Exosome gel for post-laser erythema: a double-blind randomized trial', 'Patients received the exosome gel on one side and a control gel without exosomes on the other side. Erythema was measured on days 1, 3, 7 and 14.');
    expect(without.details).toMatchObject({ control: 'placebo', follow_up_weeks: 2 });
    const saline = classified('Exosomes for acne scars: a randomized controlled trial', 'Sixty patients were randomized to fractional laser with exosomes or fractional laser with normal saline.');
    expect(saline.details.control).toBe('placebo');
    const ended = classified('Exosomes for melasma: a randomized comparison with tranexamic acid', 'Thirty women were randomly assigned to topical exosomes or oral tranexamic acid for 12 weeks, with a 4-week follow-up after treatment ended.');
    expect(ended.details.follow_up_weeks).toBe(16);
    const later = classified('Exosome cream for melasma: a randomized split-face trial', 'Twenty-four women applied exosome cream to one side of the face and a placebo cream to the other for 12 weeks, with a follow-up visit 4 weeks later.');
    expect(later.details.follow_up_weeks).toBe(16);
    const andThen = classified('Exosome gel for rosacea: an open study', 'Twenty-two patients applied an exosome gel twice daily for 8 weeks, and then a 4-week treatment-free follow-up.');
    expect(andThen.details.follow_up_weeks).toBe(12);
    const every = classified('Exosome mesotherapy for periorbital wrinkles', 'Twenty-six women received exosome mesotherapy three times every 3 weeks. Wrinkle volume decreased 4 weeks after the last session.');
    expect(every.details.follow_up_weeks).toBe(10);
    // A share of patients is no time point: "at 8 weeks 75 percent of patients" is 8 weeks, as "75%" was.
    expect(classified('Exosomes after IPL for rosacea', 'Thirty-six patients with rosacea received IPL followed by exosome application. At 8 weeks 75 percent of patients had improved erythema.').details.follow_up_weeks).toBe(8);
    // Said the active way, the vesicles given to one side only after a procedure on both: the other side had it alone.
    const active = classified('Exosomes after laser for acne scars', 'Twenty patients received laser on both sides; we applied exosomes to one side. Allocation of sides was randomized.');
    expect(active.details.control).toBe('untreated');
  });

  it('reads an active treatment given to the other half, evaluators blinded to treatment, and an event that occurred in some patients', () => {
    const scalp = classified('Split-scalp comparison of exosomes and minoxidil in androgenetic alopecia', 'In 24 men, one half of the scalp was randomized to exosome injections and the other to topical minoxidil 5%. Evaluators blinded to treatment counted hairs at 3 and 6 months.');
    expect([scalp.details.control, scalp.details.blinding]).toEqual(['active', 'single']);
    const pilot = classified('Exosomes after laser for melasma: an open-label pilot study', 'Fifteen women with melasma received four sessions of laser followed by topical exosomes. Post-inflammatory hyperpigmentation occurred in one patient.');
    expect(pilot.details.adverse_events).toBe('reported');
  });

  it('reads masked as blinded, "or no treatment", "or its vehicle", a withdrawal for irritation and a follow-up in decimal months', () => {
    const d = (text: string) => classified('Exosome serum for photoaging: a randomized controlled trial', `Forty women were randomized to exosome serum ${text}`).details;
    expect(d('or vehicle; assessments were performed by a masked evaluator.').blinding).toBe('single');
    expect(d('or vehicle in this triple-masked trial.').blinding).toBe('double');
    expect(d('or no treatment.').control).toBe('untreated');
    expect(d('or its vehicle.').control).toBe('placebo');
    expect(d('or vehicle. One participant discontinued because of irritation.').adverse_events).toBe('reported');
    expect(d('or vehicle; mean follow-up was 9.5 months.').follow_up_weeks).toBe(41);
  });

  // Wordings the dev corpus does not show, each fixed as a pattern: [what, title, abstract, detail, value].
  type Probe = [string, string, string, 'control' | 'blinding' | 'follow_up_weeks' | 'adverse_events', unknown];
  const RCT = 'Exosomes for facial rejuvenation: a randomized controlled trial';
  const SPLIT = 'Exosomes for facial rejuvenation: a split-face randomized trial';
  const probes: Probe[] = [
    ['saline on the other side', SPLIT, 'Thirty patients received fractional laser on both sides of the face. One randomly assigned side received topical exosomes after each session, and the other side received saline.', 'control', 'placebo'],
    ['an active treatment named before "or" the vesicles', 'PRP or exosomes after microneedling for hair loss: a comparative study', 'Forty men were allocated by preference to microneedling with PRP (n = 20) or with adipose-derived exosomes (n = 20); the study was not randomized.', 'control', 'active'],
    ['standard care of any kind', 'Exosomes after laser resurfacing: a retrospective comparison', 'Of 46 patients who underwent CO2 laser resurfacing, 23 received exosome application and 23 received standard petrolatum-based care.', 'control', 'active'],
    ['"or X alone", the co-intervention alone', 'Exosome cream for acne: a randomized controlled trial', 'Fifty-six patients were randomized to exosome cream plus adapalene or adapalene alone for 8 weeks.', 'control', 'untreated'],
    ['nothing on the other side', SPLIT, 'Forty women received exosomes on one side of the face and nothing on the other side.', 'control', 'untreated'],
    ['an active product "on the other"', SPLIT, 'Forty women received exosomes on one side of the face and hyaluronic acid on the other.', 'control', 'active'],
    ['an active product on the opposite side', SPLIT, 'Forty women received exosomes on one side of the face and polynucleotides on the opposite side.', 'control', 'active'],
    ['raters unaware of allocation', RCT, 'Forty women were randomized to exosome or saline injections. Photographs were rated by three independent dermatologists unaware of treatment allocation.', 'blinding', 'single'],
    ['neither side knowing the allocation', RCT, 'Forty women were randomized to exosome or saline injections. Neither participants nor investigators knew the allocation.', 'blinding', 'double'],
    ['patients who "had" a named event, beside "no serious" ones', 'Exosomes versus hyaluronic acid for wrinkles: a randomized trial', 'Sixty volunteers were randomly assigned to exosome or hyaluronic acid injections. No serious adverse events occurred; two patients had bruising at injection sites.', 'adverse_events', 'reported'],
    ['nodules that developed in patients', 'Long-term safety of exosome injections: a case series', 'We followed 87 patients treated with intradermal exosome injections. Delayed nodules developed in 3 patients.', 'adverse_events', 'reported'],
    ['no patient reporting any reaction', RCT, 'Forty women were randomized to exosome or saline injections. No patient reported any discomfort or adverse reaction.', 'adverse_events', 'none'],
    // (5 - 1) x 2 weeks of sessions, then 13 weeks after them.
    ['a follow-up for months after treatment', 'Exosome mesotherapy for rosacea: a prospective cohort', 'Thirty-one patients received exosome mesotherapy every 2 weeks for 5 sessions and were followed up for 3 months after treatment.', 'follow_up_weeks', 21],
    // (4 - 1) x 4 weeks of sessions named with their procedure, then 13 weeks after the last.
    ['sessions named with their procedure', 'Exosomes and microneedling for acne scars: a split-face randomized trial', 'Twenty patients underwent four microneedling sessions at 4-week intervals with exosomes on one side. Outcomes were assessed 3 months after the last session.', 'follow_up_weeks', 25],
    ['an active product on the other side with the verb left out', SPLIT, 'One side, chosen by coin toss, received an exosome serum after microneedling and the other side a hyaluronic acid serum.', 'control', 'active'],
    ['no irritation or sensitization in a patch test', 'Human repeated insult patch test of an exosome cream', 'The irritation potential of an exosome cream was assessed by a repeated insult patch test in 52 healthy volunteers. No irritation or sensitization reactions were observed.', 'adverse_events', 'none'],
    ['phosphate-buffered saline as the comparison', RCT, 'Sixty women were randomized to exosome serum or phosphate-buffered saline.', 'control', 'placebo'],
    ['a waiting list as the comparison', RCT, 'Sixty women were randomized to exosomes or a waiting list.', 'control', 'untreated'],
    ['an active drug named with its strength', RCT, 'Sixty men were randomized to exosomes or 5% minoxidil solution.', 'control', 'active'],
    ['the best available care as the comparison', RCT, 'Sixty patients with ulcers were randomized to exosomes or the best available wound care.', 'control', 'active'],
    ['participants, investigators and assessors masked', RCT, 'Sixty women were randomized to exosome or saline injections. Participants, investigators and outcome assessors were masked to group allocation.', 'blinding', 'double'],
    ['a blinded panel', RCT, 'Sixty women were randomized to exosome or saline injections. Photographs were evaluated by a blinded panel of dermatologists.', 'blinding', 'single'],
    ['neither side blinded', RCT, 'Sixty women were randomized to exosome or saline injections. Neither patients nor physicians were blinded.', 'blinding', 'open'],
    ['comparable areas on the same patients treated with an active drug', 'Exosomes for burn patients: a pilot study', 'Ten patients with burns received exosome spray on the burn wounds, while comparable burn areas on the same patients were treated with silver sulfadiazine.', 'control', 'active'],
    ['the length of "a 4-week clinical study"', 'Ginseng vesicles brighten skin', 'In a 4-week clinical study, 22 women applied a cream with ginseng exosome-like nanoparticles to the face twice daily.', 'follow_up_weeks', 4],
    ['no blinding performed', RCT, 'Forty women were randomized to exosome serum or vehicle serum. No blinding was performed.', 'blinding', 'open'],
    ['a blinded photographic assessment', RCT, 'Forty women were randomized to exosome serum or vehicle serum. Blinded photographic assessment was performed by two dermatologists.', 'blinding', 'single'],
    ['a time "over" weeks that an outcome was recorded', RCT, 'Twenty patients were randomized. Scar grade was recorded over 12 weeks.', 'follow_up_weeks', 12],
    ['the other side of a split face given the co-intervention alone', RCT, 'Twenty patients had fractional laser on both sides of the face; one randomly assigned side additionally received topical exosomes.', 'control', 'untreated'],
    ['vesicles added on one half after microneedling of both', RCT, 'Twenty patients had microneedling on both halves of the face, with exosomes added on one half.', 'control', 'untreated'],
    ['saline given with the co-intervention', RCT, 'Forty patients were randomized to microneedling plus exosomes or microneedling plus normal saline.', 'control', 'placebo'],
    ['randomized "to no treatment"', RCT, 'Forty patients were randomized to exosomes or to no treatment.', 'control', 'untreated'],
    ['a withdrawal because of contact dermatitis', RCT, 'Sixty women were randomized to exosome or saline injections. Two patients withdrew because of contact dermatitis.', 'adverse_events', 'reported'],
    ['no serious or unexpected adverse events', RCT, 'Sixty women were randomized to exosome or saline injections. There were no serious or unexpected adverse events.', 'adverse_events', 'none'],
    ['a control group treated with the microneedle alone', RCT, 'Sixty patients were randomized. The control group was treated with microneedle alone, and the observation group with microneedle combined with exosomes.', 'control', 'untreated'],
    ['an active control named with its injections and arm size', 'Exosomes for periorbital wrinkles: a comparative study', 'Forty women were assigned to polynucleotide injections (n = 20) or exosome injections (n = 20).', 'control', 'active'],
    ['a patient who had a transient flare', RCT, 'Sixty women were randomized to exosome or saline injections. One patient had a transient flare.', 'adverse_events', 'reported'],
    ['a cohort compared with patients who chose an active treatment', 'Exosomes for hair loss: a prospective cohort study', 'Forty patients who chose exosome injections were compared with 40 patients who chose PRP.', 'control', 'active'],
    ['bruising that occurred in both groups', RCT, 'Fifty women were randomized to exosome or hyaluronic acid boosters. Bruising occurred in both groups.', 'adverse_events', 'reported'],
    ['a visit weeks "after stopping" the treatment period', 'Exosomes for melasma: a pilot study', 'Twenty women applied exosome serum twice daily for 8 weeks, with a follow-up visit 4 weeks after stopping.', 'follow_up_weeks', 12],
    ['"a further" time after the treatment period', 'Exosomes for melasma: a pilot study', 'Twenty women were treated for two months and observed for a further two months.', 'follow_up_weeks', 17],
    ['a cream used "without irritation"', 'Exosome cream for dry skin: a pilot study', 'Twenty-two volunteers applied a cream containing the vesicles for 4 weeks; hydration improved without irritation.', 'adverse_events', 'none'],
    ['a standard dressing as the comparison', 'Exosome gel for diabetic foot ulcers: a comparative study', 'Sixty patients with diabetic foot ulcers were assigned to exosome gel or standard dressing.', 'control', 'active'],
    ['an irritation test that "showed no irritation"', 'Exosome cream for wrinkles: a human application test', 'Twenty-three women applied the exosome cream for 4 weeks. A primary skin irritation test showed no irritation.', 'adverse_events', 'none'],
    ['"the only side effect" is no co-intervention alone', 'Exosomes versus PRP for hair loss: a comparative study', 'Forty men received injections of PRP-derived exosomes (n = 20) or PRP (n = 20). Mild pain at the injection site was the only side effect.', 'control', 'active'],
    ['the age of scars "older than 6 months" is no follow-up', 'Exosomes for burn scars: a pilot study', 'Ten patients with burn scars older than 6 months received exosome injections every 2 weeks for 5 sessions. Scar scores fell at week 16.', 'follow_up_weeks', 16],
    ['vitiligo "stable for at least 12 months" is no follow-up', 'Exosomes for vitiligo: a pilot study', 'Twelve patients with vitiligo stable for at least 12 months received exosomes after laser; repigmentation was assessed at week 20.', 'follow_up_weeks', 20],
    ['vesicles that "were stable for 6 months" are no follow-up', 'Exosomes for melasma: a pilot study', 'Twenty women applied exosomes for 8 weeks. The exosomes were stable for 6 months at 4 °C.', 'follow_up_weeks', 8],
    ['an active treatment given to "group B"', RCT, 'Forty-two women with melasma were randomized into two groups of 21. Group A received exosome serum and group B tranexamic acid serum after microneedling.', 'control', 'active'],
    ['microneedling "with distilled water" as the comparison', RCT, 'Fifty women were randomized to receive microneedling with exosomes or microneedling with distilled water.', 'control', 'placebo'],
    ['a mask "containing only the vehicle"', RCT, 'Forty patients were randomized after CO2 laser to exosome mask or an identical-appearing mask containing only the vehicle.', 'control', 'placebo'],
    ['a device "monotherapy" as the comparison', 'Exosomes for vitiligo: a comparative study', 'Forty patients were allocated to excimer laser with topical exosomes or excimer laser monotherapy.', 'control', 'untreated'],
    ['people who "applied no product" as controls', 'Exosomes for wrinkles: a controlled study', 'Thirty women applied exosome serum to the face for 8 weeks; 15 age-matched women who applied no product served as controls.', 'control', 'untreated'],
    ['a favourable safety profile "with no major complications"', RCT, 'Forty patients were randomized to exosomes or saline after laser. The safety profile was favorable with no major complications.', 'adverse_events', 'none'],
    ['a harm that "developed in none of the patients"', RCT, 'Forty patients were randomized to exosomes or saline after laser. Hyperpigmentation developed in none of the patients.', 'adverse_events', 'none'],
    ['"we followed patients for 12 months after the final session" adds the sessions before it', RCT, 'Thirty-four patients received three sessions of laser at 4-week intervals with exosome gel on one side and placebo gel on the other. We followed patients for 12 months after the final session.', 'follow_up_weeks', 60],
    ['a side "observed only" as the comparison', 'Exosome injections versus observation in keloid recurrence after excision: a prospective cohort', 'Forty keloids excised in 32 patients were followed; 20 keloids received postoperative exosome injections and 20 were observed only.', 'control', 'untreated'],
    ['the co-intervention alone, in three words, is untreated', 'Placental vesicles for venous leg ulcers: a randomized pilot trial', 'Patients were randomized to placental EVs in a hydrogel plus standard compression therapy, or standard compression therapy alone.', 'control', 'untreated'],
    ['a harm more frequent in one arm occurred', 'A randomized trial of exosome cream versus hydroquinone in melasma', 'Fifty women applied exosome cream or hydroquinone 4% cream for 8 weeks. Irritation was more frequent with hydroquinone.', 'adverse_events', 'reported'],
    ['a control group given the laser alone, named with its kind, is untreated', 'Exosomes combined with fractional CO2 laser for acne scars: a randomized trial', '60 patients were randomly divided into two groups. The control group was treated with fractional CO2 laser, and the observation group was treated with fractional CO2 laser combined with exosome.', 'control', 'untreated'],
    ['no adverse skin reactions', 'Exosome cream for wrinkles: an open study', 'Twenty-one women applied the cream twice daily for 4 weeks. Wrinkles improved and no adverse skin reactions were observed.', 'adverse_events', 'none'],
    ['a study length in the title times the study', 'Scalp tonic with exosomes for hair thinning: a 16-week clinical trial', 'Forty-four adults used an exosome tonic or a placebo tonic daily. Hair density increased more with the exosome tonic.', 'follow_up_weeks', 16],
    ['a harm reported by a number of people beside what improved', 'Topical exosomes for rosacea: an open-label pilot study', 'Twelve patients with rosacea applied exosome gel for 8 weeks. Erythema and burning sensation improved; transient stinging was reported by two patients.', 'adverse_events', 'reported'],
    ['the carrier alone, or the same gel without vesicles, is a placebo', 'Exosome gel for diabetic foot ulcers: a randomized trial', 'Forty patients were randomized to exosome gel or the carrier gel alone.', 'control', 'placebo'],
    ['a control group given normal saline compresses got a placebo', 'Observation on the efficacy of exosome in treating hormone-dependent dermatitis', '90 patients were divided into a treatment group and a control group by random number table. The treatment group was given exosome wet compress and the control group was given normal saline wet compress for 4 weeks.', 'control', 'placebo'],
    ['petrolatum gauze as the comparator is an active dressing', 'Exosome-loaded dressing on skin graft donor sites', '40 patients were enrolled; donor sites were covered with exosome-loaded dressing (study group, n = 20) or petrolatum gauze (control group, n = 20).', 'control', 'active'],
    ['vesicles added on one side only, after a co-intervention on both, leave the other side untreated', 'Exosomes for striae distensae: a split-body pilot study', 'Ten women with striae distensae received fractional CO2 laser on both sides, followed by topical exosomes on one side only.', 'control', 'untreated'],
    ['vesicles given on top of the conventional treatment that the control group got alone leave it untreated', 'Exosome gel with conventional therapy for diabetic foot ulcers', 'Eighty patients were divided into an observation group and a control group by random number table. The control group received conventional treatment, and the observation group received exosome gel on the basis of conventional treatment.', 'control', 'untreated'],
    ['a harm that occurred more often in one arm is reported', 'Exosome cream versus tretinoin for photoaging: a randomized trial', 'Fifty participants were randomly assigned to exosome cream or tretinoin cream. Global scores improved similarly; irritation occurred more often with tretinoin.', 'adverse_events', 'reported'],
    ['the other side that received the vehicle got a placebo', 'A commercially available exosome product for post-laser erythema: a split-face study', 'Twenty patients applied an exosome serum to one side of the face after fractional laser; the other side received the vehicle.', 'control', 'placebo'],
    ['saline on the other side is a placebo', 'Exosomes improve graft survival in hair transplantation', 'In 20 patients undergoing hair transplantation, grafts were stored in exosome solution before implantation on one side of the scalp and in saline on the other.', 'control', 'placebo'],
    ['a follow-up counted after the third of three monthly sessions adds the span of the sessions', 'Exosome therapy for photoaging: a prospective study', 'Twenty women received three monthly sessions of microneedling with exosomes and were assessed 4 weeks after the third session.', 'follow_up_weeks', 13],
    ['a harm named before "apart from it, no adverse events" is reported', 'Exosome treatment for hair loss: a case series', 'Ten patients received scalp exosome injections. Apart from mild headache in one patient, no adverse events occurred.', 'adverse_events', 'reported'],
    ['no patient reporting irritation, burning or stinging is none', 'Topical exosomes for rosacea: a pilot study', 'Fifteen patients applied exosome gel for 8 weeks. No patient reported irritation, burning or stinging.', 'adverse_events', 'none'],
    ['benzoyl peroxide on the other side is an active control', 'Exosomes for acne vulgaris: a randomized split-face trial', 'Thirty patients with moderate acne vulgaris applied exosome gel to one side and benzoyl peroxide to the other for 8 weeks.', 'control', 'active'],
    ['the other half that received no post-laser product is untreated', 'Exosomes after picosecond laser: a randomized split-face study', 'Twenty-four patients received picosecond laser on both sides. Exosome serum was applied to a randomly assigned half-face after laser, and the other half received no post-laser product.', 'control', 'untreated'],
    ['no treatment received before enrolment is no control', 'Exosomes after picosecond laser: an open-label pilot study', 'Twenty-four patients who had received no topical treatment in the previous 4 weeks applied exosome serum after laser.', 'control', 'none'],
    ['vesicles given "on the basis of the control group" leave it untreated', 'Exosome gel on burn wounds', 'Eighty patients were divided into an observation group and a control group by the random number table method. The control group was given conventional dressing changes, and the observation group was given exosome gel on the basis of the control group.', 'control', 'untreated'],
    ['a cohort treated with the co-intervention alone is untreated', 'Exosomes for venous leg ulcers: a retrospective cohort study', 'We compared 34 patients with venous leg ulcers treated with topical exosomes plus compression and 41 patients treated with compression alone.', 'control', 'untreated'],
    ['a control group given its size in brackets and the laser alone is untreated', 'CO2 laser combined with exosomes for acne scars', 'Sixty patients were randomly divided into two groups. The control group (n = 30) was treated with ultra-pulse CO2 fractional laser, and the study group (n = 30) was treated with the laser combined with exosomes.', 'control', 'untreated'],
    ['a combination group "additionally given" the vesicles leaves the laser group untreated', 'Exosomes combined with 308 nm excimer laser for stable vitiligo', 'Sixty-four patients were randomly divided into a combination group and a laser group. The laser group was treated with 308 nm excimer laser twice a week, and the combination group was additionally given topical exosome solution after each irradiation.', 'control', 'untreated'],
    ['"no obvious adverse reactions" is none', 'Exosomes combined with excimer laser for vitiligo: a randomized trial', 'Sixty-four patients were randomly divided into two groups. No obvious adverse reactions occurred in either group.', 'adverse_events', 'none'],
    ['"the course of treatment was 12 weeks" is the follow-up', 'Exosomes combined with excimer laser for vitiligo: a randomized trial', 'Sixty-four patients were randomly divided into two groups and treated twice a week. The course of treatment was 12 weeks.', 'follow_up_weeks', 12],
    ['what the control group got, given to the vesicle group too, leaves it untreated', 'Exosome gel combined with negative pressure wound therapy for diabetic foot ulcers', 'Ninety-six patients were divided into a study group and a control group. The control group received negative pressure wound therapy, and the study group received exosome gel combined with negative pressure wound therapy.', 'control', 'untreated'],
    ['harms on the comparator\'s halves are reported', 'Exosome injection for keloids: a self-controlled study', 'Fifteen keloids in 12 patients were divided into two halves; one half was injected with exosomes and the other half with triamcinolone every 4 weeks. Keloid volume decreased on both halves; skin atrophy and telangiectasia occurred only on the triamcinolone halves.', 'adverse_events', 'reported'],
    ['a control group named in brackets by the co-intervention the vesicle group added to is untreated', 'Adipose stem cell exosomes combined with fractional CO2 laser on acne scars', '86 patients were divided into a control group (43 cases, fractional CO2 laser) and an observation group (43 cases, fractional CO2 laser + ADSC exosomes) using a random number table.', 'control', 'untreated'],
    ['"both groups received" routine care before the test group\'s vesicles leaves the control untreated', 'Exosome spray for superficial second-degree burns in children', 'A total of 72 children were randomly divided into a test group and a control group. Both groups received routine debridement and dressing change; the test group was sprayed with exosome solution on the wound surface once a day.', 'control', 'untreated'],
    ['a control group that used a basic moisturizer got an active comparator', 'Exosome essence for sensitive skin', 'Sixty patients with sensitive skin were randomly divided into two groups of 30. The treatment group used an exosome essence twice daily and the control group used a basic moisturizer, for 4 weeks.', 'control', 'active'],
    ['grafts stored "or in normal saline" had a placebo', 'Exosome-assisted hair transplantation: a prospective controlled study', 'Forty patients were allocated by surgery date to have grafts stored in exosome solution before implantation (n = 20) or in normal saline (n = 20).', 'control', 'placebo'],
    ['no patient who developed folliculitis or infection is none', 'Exosome-assisted hair transplantation: a prospective controlled study', 'Forty patients were allocated by surgery date to exosome or saline graft storage. No patient developed folliculitis or infection.', 'adverse_events', 'none'],
    ['lettered groups, the second given the co-intervention alone, leave the control untreated', 'Microneedling with or without exosomes for androgenetic alopecia', 'Forty men were divided into group A (exosomes + microneedling, n = 20) and group B (microneedling, n = 20). Sessions were given every 2 weeks for 12 weeks.', 'control', 'untreated'],
    ['a visit "4 weeks after it ended" counts from the end of "the 8-week treatment"', 'Exosome cream for eczema: an open trial', 'Twenty-five adults with hand eczema applied exosome cream twice daily. Assessments were made at the end of the 8-week treatment and 4 weeks after it ended.', 'follow_up_weeks', 12],
    ['vesicles given "on this basis" add to what the control group got', 'Exosomes combined with tacrolimus ointment in facial vitiligo', 'A total of 58 cases were randomly divided into the combined group and the tacrolimus group. The tacrolimus group was treated with 0.1% tacrolimus ointment twice daily, and the combined group was treated with exosome microneedling once every 2 weeks on this basis.', 'control', 'untreated'],
    ['area B covered with vaseline gauze got an active comparator', 'Exosome-loaded dressing in skin graft donor sites', 'Sixty patients were enrolled. The donor site of each patient was divided into two areas: area A was covered with exosome-loaded dressing and area B with vaseline gauze.', 'control', 'active'],
    ['patients and investigators "unaware of treatment assignment" is double-blind', 'Exosomes for rosacea: a randomized controlled trial', 'Thirty-six patients were randomized to exosome gel or vehicle gel. Both patients and investigators were unaware of treatment assignment.', 'blinding', 'double'],
    ['a control group given routine nursing and hydrocolloid dressings got an active comparator, not the shared nursing alone', 'Exosome dressing for pressure injuries in elderly patients', 'A total of 84 patients were divided into a control group and an observation group according to admission time. The control group received routine nursing and hydrocolloid dressings, while the observation group received exosome dressings in addition to routine nursing.', 'control', 'active'],
    ['skin atrophy that patients of the comparator arm developed is a harm reported', 'Platelet exosomes versus triamcinolone for alopecia areata: a randomized study', 'Forty patients were randomly allocated to intralesional exosomes (group A) or triamcinolone (group B). Two patients in group B developed skin atrophy.', 'adverse_events', 'reported'],
    ['no local or systemic adverse reactions', RCT, 'Sixty women were randomized to exosome or saline injections. No local or systemic adverse reactions occurred.', 'adverse_events', 'none'],
    ['an incidence of adverse reactions above 0% reports harms', RCT, 'Ninety-six patients were randomized to laser with or without exosomes. The incidence of adverse reactions in the observation group (4.17%) was lower than that in the control group (16.67%).', 'adverse_events', 'reported'],
    ['an incidence of adverse reactions of 0% says none occurred', RCT, 'Sixty patients were randomized to exosomes or saline. The incidence of adverse reactions was 0% in both groups.', 'adverse_events', 'none'],
    ['mild skin flushing in two cases is a harm reported', RCT, 'Sixty patients were randomized to exosomes or tranexamic acid. Mild skin flushing occurred in 2 cases of the treatment group.', 'adverse_events', 'reported'],
    ['vesicles given "in addition" to what the control group took leave it untreated', RCT, '60 patients were randomly divided into a treatment group and a control group. The control group took tranexamic acid tablets orally, and the treatment group was given exosomes by electroporation in addition.', 'control', 'untreated'],
    ['vesicles given "on the basis of the minoxidil group" add to what that control group got', RCT, 'Sixty-four men were randomly divided into the combined group and the minoxidil group. The minoxidil group applied 5% minoxidil solution topically twice a day, and the combined group received exosome microneedle treatment every 2 weeks on the basis of the minoxidil group.', 'control', 'untreated'],
    ['patients who "felt slight burning sensation" report a harm', 'Exosomes for facial hormone-dependent dermatitis', '40 patients with facial hormone-dependent dermatitis were treated with exosome essence twice daily for 4 weeks. Two patients felt slight burning sensation during the first week.', 'adverse_events', 'reported'],
    ['patients who "withdrew because of stinging" report a harm', 'Topical exosome serum for rosacea: an open-label study', 'Of 25 patients enrolled, 22 completed the 12-week study applying an exosome serum twice daily. Two patients withdrew because of stinging.', 'adverse_events', 'reported'],
    ['vesicles given "after each ALA-PDT" that the control group got "once every 10 days" leave it untreated', 'Exosomes combined with photodynamic therapy for acne', '120 patients were randomly divided into two groups. The control group was treated with ALA-PDT once every 10 days for 3 times; the observation group was treated with exosome repair after each ALA-PDT.', 'control', 'untreated'],
    ['a lower incidence of pain, erythema and crusting in one arm reports harms', RCT, '120 patients were randomized to exosomes or saline after photodynamic therapy. The incidence of pain, erythema, edema and crusting after PDT was lower in the observation group.', 'adverse_events', 'reported'],
    ['vesicles applied "after the same treatment" that group A got alone leave the control untreated', 'Exosome solution after fractional microneedle radiofrequency for enlarged pores', '68 patients were divided into group A and group B by the random number table method. Group A received fractional microneedle radiofrequency, and group B received exosome solution applied immediately after the same treatment.', 'control', 'untreated'],
    ['a mild infusion reaction is a harm reported beside no dose-limiting toxicity', 'Intravenous MSC vesicles in systemic sclerosis: a phase I trial', 'Nine patients received three intravenous infusions of MSC-EVs. No dose-limiting toxicity was observed; one patient had a mild infusion reaction.', 'adverse_events', 'reported'],
    ['a woman who "presented with painful abscesses" after mesotherapy reports a harm', 'Infection after exosome mesotherapy', 'A 35-year-old woman presented with painful abscesses on the abdomen 6 weeks after mesotherapy with an exosome solution.', 'adverse_events', 'reported'],
    ['vesicles applied to one half of the scalp after light therapy on the whole scalp leave the other half untreated', 'Light therapy with exosomes for alopecia: a randomized split-scalp study', 'Twenty-four men received LLLT on the whole scalp; exosome solution was applied to a randomly assigned half of the scalp after each session.', 'control', 'untreated'],
    ['serious adverse events that "occurred in 6 participants in each group, none related to treatment" are reported', RCT, 'Sixty women were randomized to exosome or placebo gel. Serious adverse events occurred in 6 participants in each group, none related to treatment.', 'adverse_events', 'reported'],
    ['vesicles applied "after fire needle therapy" that the control group got alone leave it untreated', 'Exosome combined with fire needle in vitiligo', '66 patients were randomly divided into a control group and a treatment group. The control group was treated with fire needle therapy once every 2 weeks, and the treatment group was treated with exosome external application after fire needle therapy.', 'control', 'untreated'],
    ['"a control group (45 cases, normal saline wet compress)" got a placebo', 'Exosome wet compress for erythema after fractional laser', 'Ninety patients were divided into an observation group (45 cases, exosome wet compress) and a control group (45 cases, normal saline wet compress) according to the random number table.', 'control', 'placebo'],
    ['a control side "covered with petrolatum gauze only" beside "exosome gel and petrolatum gauze" is untreated', 'Exosome gel on skin graft donor sites', 'A total of 60 patients who underwent split-thickness skin grafting were selected. The donor site of each patient was divided into two parts; the experimental side was covered with exosome gel and petrolatum gauze, and the control side was covered with petrolatum gauze only.', 'control', 'untreated'],
    ['triamcinolone injection named as the conventional group, and exosomes "combined with triamcinolone", leave the control untreated', 'Exosome microneedle therapy for alopecia areata: a retrospective analysis', 'The clinical data of 48 patients were analyzed. 24 patients received intralesional triamcinolone acetonide injection (conventional group) and 24 received exosome microneedle therapy combined with triamcinolone (combination group).', 'control', 'untreated'],
    ['a control group given "hyaluronic acid dressing after laser" got an active comparator, though both had the laser', 'Exosome dressing versus hyaluronic acid dressing after fractional laser', 'One hundred patients were divided into an observation group and a control group by random number table. The control group was given hyaluronic acid dressing after laser, and the observation group was given exosome dressing.', 'control', 'active'],
    ['usual care against "usual care plus exosome spray" is untreated', RCT, 'Sixty residents were randomized to usual care or usual care plus exosome spray.', 'control', 'untreated'],
    ['one patient who "had transient eyebrow heaviness" reports a harm', 'Exosomes and botulinum toxin for facial rejuvenation', 'Fifteen women received intradermal botulinum toxin mixed with exosomes. One patient had transient eyebrow heaviness.', 'adverse_events', 'reported'],
    ['"no infection or other complication" is none', 'Platelet exosomes in chronic refractory wounds: a report of 23 cases', '23 patients with chronic refractory wounds were treated with PRP exosome gel every 3 days. 19 wounds healed completely. There was no infection or other complication.', 'adverse_events', 'none'],
    ['scalp tenderness that "was common" is a harm reported', RCT, 'Sixty-three women were randomized to microneedling with exosomes or minoxidil. Scalp tenderness after microneedling was common.', 'adverse_events', 'reported'],
    ['wound infection rates of 3.3% and 5.0% report harms', RCT, 'One hundred twenty women were randomized to exosome-coated or standard sutures. Wound infection rates were similar (3.3% vs 5.0%).', 'adverse_events', 'reported'],
    ['an antiseptic (iodophor) as the comparator is active', 'Exosome spray for skin abrasions in children: a randomized controlled study', 'One hundred children with fresh skin abrasions were randomly assigned to exosome spray or iodophor disinfection (50 each).', 'control', 'active'],
    ['vesicles given "before negative pressure wound therapy", which the reference group got alone, leave it untreated', RCT, 'A total of 76 patients were divided into two groups. The reference group (38 cases) was treated with negative pressure wound therapy, and the research group (38 cases) was treated with exosome gel before negative pressure wound therapy.', 'control', 'untreated'],
    ['an incidence of complications of 5.26%, lower than 21.05%, reports harms', RCT, 'A total of 76 patients were randomized. The incidence of complications (5.26%) was lower than that of the reference group (21.05%).', 'adverse_events', 'reported'],
    ['group B "given exosome repair solution in addition" to group A\'s routine care leaves it untreated', RCT, '100 patients were divided into group A and group B by lottery. Group A was given routine post-operative care, and group B was given exosome repair solution in addition.', 'control', 'untreated'],
    ['one patient who "had fever after the first infusion" reports a harm', 'Intravenous exosomes in generalized pustular psoriasis', 'Four patients received intravenous infusions of exosomes weekly for 4 weeks. One patient had fever after the first infusion.', 'adverse_events', 'reported'],
    ['both groups had laser, but a control group given growth factor gel got an active comparator', RCT, '58 patients were randomly divided into two groups. Both groups received fractional CO2 laser treatment; after the operation, the experimental group received exosome freeze-dried powder, and the control group received recombinant human epidermal growth factor gel.', 'control', 'active'],
    ['silicone gel sheeting alone against the same "plus exosome injections" is untreated', RCT, 'Forty-two patients were randomized to silicone gel sheeting alone or silicone gel sheeting plus monthly intralesional exosome injections.', 'control', 'untreated'],
    ['atrophy and telangiectasia that "occurred only with triamcinolone" are harms, beside what decreased', RCT, 'Thirty patients were randomized to exosome patches or triamcinolone injections. Keloid volume decreased in both groups; atrophy and telangiectasia occurred only with triamcinolone.', 'adverse_events', 'reported'],
    ['the other half-face got a hydrating gel', 'Exosomes after laser toning for melasma: a randomized split-face trial', 'Twenty women received laser toning; one randomly chosen half-face then received topical exosomes and the other half-face received a hydrating gel.', 'control', 'placebo'],
    ['eczematous plaques developed after applying the serum', 'Allergic contact dermatitis to an exosome serum: a case report', 'A 34-year-old woman developed itchy eczematous plaques on the face after 10 days of applying an exosome serum.', 'adverse_events', 'reported'],
    ['the comparison drug "caused scalp irritation in 4 men"', 'Exosomes versus minoxidil for androgenetic alopecia: a comparative study', 'Sixty men received scalp microneedling with exosomes or minoxidil 5% solution. Hair counts increased in both groups. Minoxidil caused scalp irritation in 4 men.', 'adverse_events', 'reported'],
    ['two patients had mild injection-site pain', 'Intralesional exosome injections for alopecia areata: a retrospective study', 'Twenty-three patients received intralesional exosome injections every 4 weeks. Seventeen regrew hair. Two patients had mild injection-site pain.', 'adverse_events', 'reported'],
    ['a silver foam dressing is an active control', 'Exosome spray on skin graft donor sites: a quasi-randomized trial', 'Sixty patients were allocated by alternation to exosome spray or silver foam dressing on their donor sites.', 'control', 'active'],
    ['hyperpigmentation seen in one woman, in a sentence that also reports improvement', 'Exosome-assisted radiofrequency for striae: a prospective trial', 'Eighteen women received three sessions of radiofrequency microneedling followed by exosomes. Striae improved in 15 women; post-inflammatory hyperpigmentation was seen in one woman.', 'adverse_events', 'reported'],
    ['"one and three months after the last session" is the last at three', 'Exosome-assisted radiofrequency for striae: a prospective trial', 'Eighteen women underwent three sessions of radiofrequency microneedling at monthly intervals, each followed by exosomes. Assessments were done one and three months after the last session.', 'follow_up_weeks', 22],
    ['local reactions that were mild occurred', 'Exosome booster injections for neck rejuvenation: a case series', 'Twelve patients received three sessions of exosome booster injections into the neck. Skin laxity improved in all patients. Local reactions were mild and resolved within 48 hours.', 'adverse_events', 'reported'],
    ['a mask soaked in its base essence on the other half got a placebo', 'Exosome sheet masks for dull skin: a randomized half-face study', 'Thirty women underwent microdermabrasion; a mask soaked in exosome essence was placed on a randomly chosen half and a mask soaked in its base essence on the other half.', 'control', 'placebo'],
    ['"one developed contact dermatitis" beside what improved', 'Embryonic stem cell exosomes for radiation dermatitis: a case series', 'Four patients applied topical exosomes daily for 12 weeks. Fibrosis improved in three patients; one developed contact dermatitis.', 'adverse_events', 'reported'],
    ['the treatment group "additionally used" vesicles on what the control group took', 'Exosome powder with tranexamic acid for chloasma', 'Seventy-eight patients were randomly divided into two groups. The control group took tranexamic acid tablets orally; the treatment group additionally used exosome powder once a week.', 'control', 'untreated'],
    ['a photodynamic therapy "(ALA-PDT) alone" is the co-intervention alone', 'Exosome essence with photodynamic therapy for acne', 'A total of 120 patients were divided into two groups by order of admission. Group A (60 cases) received 5-aminolevulinic acid photodynamic therapy (ALA-PDT) alone, and group B (60 cases) received ALA-PDT and then exosome essence.', 'control', 'untreated'],
    ['"the course of treatment was 12 weeks", then a follow-up after it', 'Exosome powder with tranexamic acid for chloasma: a randomized trial', 'Seventy-eight patients were randomized to exosome powder or none. The course of treatment was 12 weeks, and patients were followed up for 3 months after treatment.', 'follow_up_weeks', 25],
    ['"Group A: minoxidil; Group B: minoxidil plus exosomes" compares minoxidil alone', 'Minoxidil combined with exosome microneedling in male androgenetic alopecia', 'Eighty men were divided into group A and group B by the random number table method. Group A: 5% minoxidil tincture twice daily; Group B: 5% minoxidil tincture plus exosome microneedling once every 4 weeks.', 'control', 'untreated'],
    ['a single group given the laser beside a combined group given "the laser combined with" vesicles', 'Fractional laser combined with exosomes for post-burn scars', 'A total of 64 patients were divided into a single group and a combined group. The single group received fractional CO2 laser treatment, while the combined group received the laser combined with exosome application.', 'control', 'untreated'],
    ['vesicle gel "under the same dressing in addition to routine nursing" adds to what the control got', 'Exosome gel in nursing of pressure injuries', 'Seventy patients were divided into a conventional group (n=35) and an exosome group (n=35). The conventional group received routine nursing and hydrocolloid dressing, and the exosome group received exosome gel under the same dressing in addition to routine nursing.', 'control', 'untreated'],
    ['"one patient in the combination group had transient injection-site swelling"', 'Plasma exosomes with laser in alopecia areata: a randomized trial', 'Fifty-six patients were randomized to laser or laser plus exosome injections. One patient in the combination group had transient injection-site swelling.', 'adverse_events', 'reported'],
    ['"a laser group (28 cases, low-level laser therapy three times a week)" beside that therapy "plus" vesicle injections', 'Plasma exosomes with low-level laser in alopecia areata: a randomized trial', 'Fifty-six patients were randomly assigned to a laser group (28 cases, low-level laser therapy three times a week) or a combination group (28 cases, low-level laser therapy plus intradermal injection of autologous plasma exosomes every 2 weeks).', 'control', 'untreated'],
    ['the other side "combined with normal saline" got a placebo', 'Exosome with microneedle for enlarged facial pores', 'Sixty patients were selected. The left face was treated with microneedle combined with exosome, and the right face was treated with microneedle combined with normal saline.', 'control', 'placebo'],
    ['a harm in the comparison arm, then "; no adverse events ... with exosomes"', 'Exosomes versus oral minoxidil for female pattern hair loss: a cohort study', 'Women treated with exosome injections (n = 41) or oral minoxidil (n = 58) were compared. Hypertrichosis occurred in 12 women taking minoxidil; no adverse events were recorded with exosomes.', 'adverse_events', 'reported'],
    ['"no adverse events" in a clause of its own before a result is still none', 'Exosome serum for photoaging: a pilot study', 'Twenty women applied an exosome serum for 8 weeks. No adverse events occurred; wrinkle scores improved by 15%.', 'adverse_events', 'none'],
    ['"no infection or hyperpigmentation occurred" names no harm', 'Exosome spray for erythema after fractional laser: a randomized trial', 'Eighty patients were randomized to exosome spray or saline spray after fractional CO2 laser. Erythema resolved faster with exosomes. No infection or hyperpigmentation occurred.', 'adverse_events', 'none'],
    ['"mild scalp tingling" is a harm', 'Topical exosomes for scalp seborrheic dermatitis: an open-label pilot study', 'Eighteen adults applied an exosome lotion for 6 weeks. Three patients reported mild scalp tingling during the first week.', 'adverse_events', 'reported'],
    ['"the NB-UVB group received NB-UVB phototherapy" beside "NB-UVB plus topical exosome cream"', 'Exosomes with narrow-band UVB for psoriasis vulgaris', 'Sixty-six patients were divided into a combination group and an NB-UVB group. The NB-UVB group received NB-UVB phototherapy three times a week; the combination group received NB-UVB plus topical exosome cream twice daily.', 'control', 'untreated'],
    ['a comparison group named after its active treatment ("the PRP group") beside the vesicles', 'Platelet-rich plasma or exosomes for androgenetic alopecia: a retrospective cohort study', 'Records of 86 patients were reviewed: 44 received intradermal PRP and 42 received intradermal adipose stem cell-derived exosomes. Hair density increased more in the exosome group than in the PRP group.', 'control', 'active'],
    ['"the PRP group" beside "PRP plus exosomes" compares PRP alone', 'Exosomes added to platelet-rich plasma for androgenetic alopecia', 'Sixty patients were divided into a PRP group and a combination group. The PRP group received PRP injections; the combination group received PRP plus exosome injections.', 'control', 'untreated'],
    ['"the same emollient without exosomes" is the vehicle', 'An exosome emollient for atopic dermatitis in children: a prospective cohort study', 'Children with moderate atopic dermatitis (n = 48) applied an emollient containing umbilical cord MSC exosomes twice daily for 4 weeks; 50 matched children applied the same emollient without exosomes.', 'control', 'placebo'],
    ['"73% at month 3 and 59% at month 6": results, not a time point of 59 months', 'ADSC exosomes for periorbital wrinkles: a 6-month prospective study', 'Twenty-two women received two intradermal injections of ADSC exosomes 4 weeks apart. Improvement of at least one grade was seen in 73% at month 3 and 59% at month 6.', 'follow_up_weeks', 26],
    ['"one patient had a grade 1 infusion reaction" beside "no dose-limiting toxicity"', 'Intravenous MSC EVs in severe psoriasis: a phase 1 study', 'Nine adults received three intravenous infusions of bone marrow MSC-derived EVs. No dose-limiting toxicity occurred; one patient had a grade 1 infusion reaction.', 'adverse_events', 'reported'],
    ['"of whom 29 also received" vesicles: the others had what all received, alone', 'Exosomes with botulinum toxin for facial contouring and skin quality: a retrospective analysis', 'We retrospectively analyzed 58 patients who received botulinum toxin injections into the masseter, of whom 29 also received intradermal exosome injections on the cheeks in the same session.', 'control', 'untreated'],
    ['"pruritus and facial hypertrichosis occurred more often with minoxidil": harms named three words before their verb', 'WJ-MSC exosomes versus minoxidil for female pattern hair loss: a randomized trial', 'Women (N = 72) were randomized to microneedling with exosomes or minoxidil foam. Pruritus and facial hypertrichosis occurred more often with minoxidil.', 'adverse_events', 'reported'],
    ['"the other with the emulsion base" got the vehicle', 'A topical exosome emulsion on barrier recovery: a split-forearm study', 'Fifteen healthy volunteers underwent tape stripping of both volar forearms; one forearm was treated with an exosome emulsion and the other with the emulsion base.', 'control', 'placebo'],
    ['"at the week-16 follow-up" is a time point', 'Platelet lysate exosomes for chronic hand eczema: an open pilot study', 'Eleven patients applied a cream containing platelet lysate exosomes twice daily for 8 weeks. HECSI fell by 56% at week 8 and by 61% at the week-16 follow-up. Two patients reported stinging.', 'follow_up_weeks', 16],
    ['"two patients reported stinging"', 'Platelet lysate exosomes for chronic hand eczema: an open pilot study', 'Eleven patients applied a cream containing platelet lysate exosomes twice daily for 8 weeks. Two patients reported stinging.', 'adverse_events', 'reported'],
    ['"group B (FMR + growth factors)" beside "group A (FMR + exosomes)" compares the growth factors: treatments joined by "+" are shared only whole', 'Fractional microneedle radiofrequency with exosomes or growth factors for periorbital wrinkles', 'A total of 46 female patients were randomly divided into group A (FMR + exosomes, n = 23) and group B (FMR + growth factors, n = 23).', 'control', 'active'],
    ['"30 applied a conventional moisturizer" beside those who applied an exosome serum', 'Topical exosomes after laser toning in melasma: a prospective comparative study', 'Sixty women underwent five sessions of laser toning. Thirty applied an exosome serum after each session and 30 applied a conventional moisturizer.', 'control', 'active'],
    ['a cohort "matched with 34 patients who received silicone gel only" compares the gel', 'ADSC exosomes for hypertrophic scars after thyroidectomy: a retrospective matched cohort study', 'Thirty-four patients who received intralesional exosome injections were matched 1:1 by age, sex and skin type with 34 patients who received silicone gel only.', 'control', 'active'],
    ['"two subjects had small papules that resolved" beside "no serious adverse events"', 'Exosome skin booster for neck wrinkles: an observational study', 'Twenty-seven subjects were treated with an exosome skin booster. There were no serious adverse events; two subjects had small papules that resolved in a week.', 'adverse_events', 'reported'],
    ['"... received topical exosomes after each session and 76 did not": the others had the laser alone', 'Exosomes for hyperpigmentation after picosecond laser: a retrospective review', 'Charts of 137 patients treated with picosecond laser were reviewed. Sixty-one patients received topical exosomes after each session and 76 did not.', 'control', 'untreated'],
    ['"regrowth occurred in 5 children by 6 months" times the study', 'Exosome injections for alopecia areata in children: a case series', 'Eight children received intralesional exosome injections monthly. Complete regrowth occurred in 5 children by 6 months.', 'follow_up_weeks', 26],
    ['"on the left side with laser plus PRP" beside laser plus exosomes on the right', 'Exosomes or PRP after fractional CO2 laser for atrophic acne scars', 'Patients (n = 40) were treated on the right side of the face with laser plus exosomes and on the left side with laser plus PRP; the side was not randomized.', 'control', 'active'],
    ['"hyperpigmentation at the injection site was seen in 3 patients"', 'Long-term outcomes of exosome therapy for keloids: a retrospective study', 'Twenty-six patients with keloids received intralesional exosome injections after excision. Hyperpigmentation at the injection site was seen in 3 patients.', 'adverse_events', 'reported'],
    ['"injection pain was the main complaint, reported by 40% of patients"', 'Exosome mesotherapy in telogen effluvium: a prospective study', 'Thirty-five women received five sessions of mesotherapy with an exosome solution. Injection pain was the main complaint, reported by 40% of patients.', 'adverse_events', 'reported'],
    ['"no dressing-related complications were observed"', 'Exosome-containing hydrocolloid dressings for graft donor sites: a randomized trial', 'Sixty patients were randomized to exosome-containing or conventional hydrocolloid dressings. No dressing-related complications were observed.', 'adverse_events', 'none'],
    ['"N had X alone", the co-intervention alone', 'Exosomes after hair transplantation: a retrospective comparative study', 'Of 82 men who underwent follicular unit extraction, 42 also received intradermal exosome injections and 40 had transplantation alone.', 'control', 'untreated'],
    ['no toxicities "or infusion reactions"', 'Intravenous MSC extracellular vesicles in epidermolysis bullosa: a phase 1 study', 'Ten patients received three intravenous infusions of bone marrow MSC-derived EVs. No dose-limiting toxicities or infusion reactions occurred.', 'adverse_events', 'none'],
    ['a secretome is an active comparator, four words before the vesicles', 'Secretome versus exosomes for skin rejuvenation: a randomized trial', 'Sixty women were randomized to topical umbilical cord MSC secretome or topical umbilical cord MSC exosomes after microneedling.', 'control', 'active'],
    ['an active product on the left cheek, the vesicles on the right', 'Exosome serum after radiofrequency microneedling: an intra-individual comparison', 'Eighteen women underwent three sessions. After each session, an exosome-containing serum was applied to the right cheek and a hyaluronic acid serum to the left cheek.', 'control', 'active'],
    ['"two patients in the petrolatum group had wound dehiscence"', RCT, 'Fifty-two patients were randomized to exosome gel or petrolatum. Two patients in the petrolatum group had wound dehiscence.', 'adverse_events', 'reported'],
    ['"and 32 had microneedling with hyaluronic acid serum": a counted arm with an active product', 'Exosomes and microneedling for rolling acne scars: a retrospective cohort study', 'Records of 63 patients were reviewed. Thirty-one patients had received microneedling with exosome solution and 32 had microneedling with hyaluronic acid serum.', 'control', 'active'],
    ['"the IPL group applied physiological saline wet compress": a group named for the co-intervention got saline', 'Exosome essence combined with intense pulsed light for facial skin aging', 'One hundred women were randomly divided into a combined group and an IPL group. The combined group applied exosome essence after IPL, and the IPL group applied physiological saline wet compress after IPL.', 'control', 'placebo'],
    ['"no infusion reactions or serious adverse events"', 'Intravenous MSC extracellular vesicles in epidermolysis bullosa: a phase 1/2a trial', 'Six children received four intravenous infusions of bone marrow MSC-EVs over 8 weeks. There were no infusion reactions or serious adverse events.', 'adverse_events', 'none'],
    ['"a tranexamic acid-loaded patch on the other" cheek', 'Exosome-loaded microneedle patches for melasma: a split-face study', 'Twenty-six women wore a microneedle patch loaded with exosomes on one cheek and a tranexamic acid-loaded patch on the other.', 'control', 'active'],
    ['"the other half microneedling followed by normal saline"', 'Fibroblast exosomes with radiofrequency microneedling for striae distensae: a randomized intra-individual study', 'In 20 women, one randomly assigned half received microneedling followed by fibroblast exosomes and the other half microneedling followed by normal saline.', 'control', 'placebo'],
    ['"the control group (46 cases, microneedle + hyaluronic acid)"', 'Exosome combined with microneedle for enlarged facial pores', 'Ninety-two patients were randomly divided into the experimental group (46 cases, microneedle + exosome) and the control group (46 cases, microneedle + hyaluronic acid).', 'control', 'active'],
    ['"contact dermatitis developed in two patients"', 'A multicentre observational study of an exosome gel after ablative laser resurfacing', 'One hundred and twelve patients applied an exosome gel for 10 days after fractional CO2 laser. Contact dermatitis developed in two patients.', 'adverse_events', 'reported'],
    ['stromal vascular fraction is an active comparator', 'Adipose-derived stem cell exosomes versus stromal vascular fraction for facial fat grafting', 'Sixty patients undergoing fat grafting were assigned by preference to fat enriched with ADSC exosomes (n = 30) or SVF-enriched fat (n = 30).', 'control', 'active'],
    ['"bruising (12%) and transient nodules (4%) were noted"', 'Exosome skin booster injections for neck rejuvenation: a retrospective chart review of 52 cases', 'We reviewed charts of women who received intradermal injections of an exosome skin booster. Bruising (12%) and transient nodules (4%) were noted.', 'adverse_events', 'reported'],
    ['"thirty were randomized to additional topical exosomes": the others had the phototherapy alone', 'Exosome therapy plus narrowband UVB versus narrowband UVB for vitiligo', 'Sixty patients with vitiligo received NB-UVB twice weekly; thirty were randomized to additional topical exosomes.', 'control', 'untreated'],
    ['moist exposed burn ointment (MEBO) is an active comparator', 'Topical exosomes in burn patients: a randomized comparison with moist exposed burn ointment', 'Eighty patients with deep partial-thickness burns were randomized to exosome gel or MEBO ointment dressings.', 'control', 'active'],
    ['retinol is an active comparator', 'Exosome eye cream versus retinol eye cream for crow\'s feet: a randomized comparative study', 'Fifty women were randomized to an exosome eye cream or a 0.1% retinol eye cream applied nightly for 12 weeks.', 'control', 'active'],
    ['fusidic acid is an active comparator', 'Exosomes for folliculitis: a comparison with topical fusidic acid', 'Thirty-six patients with folliculitis were assigned to topical exosomes or fusidic acid cream for 2 weeks.', 'control', 'active'],
    ['"35 were also treated with exosome microneedling": the others had the co-intervention alone', 'Efficacy of exosomes combined with oral tranexamic acid for melasma', 'Seventy patients with melasma took oral tranexamic acid twice daily for 12 weeks; 35 were also treated with biweekly exosome microneedling.', 'control', 'untreated'],
    ['"retinol caused more irritation" names a harm', 'Exosome eye cream versus retinol eye cream: a randomized study', 'Fifty women were randomized to an exosome eye cream or a retinol eye cream. Retinol caused more irritation (32% vs 8%).', 'adverse_events', 'reported'],
    ['"for 8 weeks, with a 4-week follow-up without treatment" is 12 weeks', RCT, 'Adults were randomized to the exosome ointment or vehicle ointment twice daily for 8 weeks, with a 4-week follow-up without treatment.', 'follow_up_weeks', 12],
    ['"swelling lasted longer after filler" names a harm', 'Exosomes versus hyaluronic acid filler for tear trough rejuvenation: a randomized study', 'Forty-eight women were randomized to intradermal exosome injections or hyaluronic acid filler. Swelling lasted longer after filler.', 'adverse_events', 'reported'],
    ['"purpura occurred in 20 patients"', 'Exosomes for post-acne erythema: a retrospective comparison with pulsed dye laser', 'We reviewed 58 patients treated with topical exosomes after microneedling or pulsed dye laser. Purpura occurred in 20 patients after pulsed dye laser.', 'adverse_events', 'reported'],
    ['the control group given X and the study group the same X plus exosomes: the co-intervention alone', RCT, '86 patients were randomly divided into two groups. The control group (43 cases) were given oral tranexamic acid, and the study group (43 cases) were given oral tranexamic acid plus exosome introduction by microneedle.', 'control', 'untreated'],
    ['the study group given X combined with exosomes, the control group the same X: the co-intervention alone', RCT, '60 patients were randomized. The observation group was treated with fractional laser combined with exosomes, while the control group was treated with fractional laser.', 'control', 'untreated'],
    // What the comparison side got instead of the vesicles is another active treatment (taxonomy v2), said with "was
    // given" as with "received".
    ['the control group given X, the study group something else plus exosomes: not the co-intervention alone, but active', RCT, '60 patients were randomized. The control group was given oral tranexamic acid, and the study group was given topical hydroquinone plus exosomes.', 'control', 'active'],
    ['the same, the control group having "received" X', RCT, '60 patients were randomized. The control group received oral tranexamic acid, and the study group received topical hydroquinone plus exosomes.', 'control', 'active'],
    ['no adverse events "beyond" a named one is reported', 'Exosome injections for acne scars: a case series', 'Thirty patients received three monthly intradermal exosome injections. No patient reported adverse events beyond transient swelling.', 'adverse_events', 'reported'],
    ['"three monthly intradermal exosome injections", assessed 12 months after the last: the sessions\' span is added', 'Exosome injections for acne scars: a case series', 'Thirty patients received three monthly intradermal exosome injections and were assessed at 1, 3, 6 and 12 months after the last injection.', 'follow_up_weeks', 61],
    ['twelve women who received four sessions are not twelve sessions', 'Exosome microneedling for melasma: a case series', 'Twelve women received four sessions of microneedling with exosomes at 2-week intervals and were evaluated 12 weeks after the final session.', 'follow_up_weeks', 18],
    ['randomized to exosome serum "or no post-procedure product": untreated', RCT, 'Thirty patients undergoing fractional laser were randomized to post-procedure exosome serum or no post-procedure product.', 'control', 'untreated'],
    ['ulcers "persisting for 6 weeks to 5 years": the end of a disease\'s range is no follow-up', RCT, 'Adults with ulcers persisting for 6 weeks to 5 years were randomly assigned to exosome gel or placebo gel for 12 weeks. The primary endpoint was complete closure at week 16.', 'follow_up_weeks', 16],
    ['follow-up visits "ranging from 3.5 to 7 months": the last is at seven months', RCT, 'Sixty women were randomized to exosome or saline injections. Follow-up visits ranged from 3.5 to 7 months after treatment.', 'follow_up_weeks', 30],
    ['no dose-limiting toxicities', RCT, 'Sixty women were randomized to exosome or saline injections. No dose-limiting toxicities occurred.', 'adverse_events', 'none'],
    ['no treatment-emergent adverse events recorded', RCT, 'Sixty women were randomized to exosome or saline injections. No treatment-emergent adverse events were recorded.', 'adverse_events', 'none'],
    // 12 weeks of treatment, then a visit 4 weeks later.
    ['a treatment that "lasted" weeks, then a visit after it', 'Exosome serum for wrinkles: a pilot study', 'Twenty women applied an exosome serum daily. The treatment lasted 12 weeks, with a final visit 4 weeks later.', 'follow_up_weeks', 16],
    // Later than the baseline just named, not than the last of the sessions before it.
    ['"at baseline and 12 weeks later" after sessions', 'Exosomes after laser for photoaging: a pilot study', 'Twenty women received exosomes after fractional laser, three sessions at 4-week intervals. Photographs were taken at baseline and 12 weeks later.', 'follow_up_weeks', 12],
    // (3 - 1) x 8 weeks of treatments, then 26 weeks after the last.
    ['treated "3 times at intervals of 8 weeks", assessed months after the last', RCT, 'Eighty patients were randomized to laser with or without exosomes. Both groups were treated 3 times at intervals of 8 weeks. Scores were evaluated 6 months after the last treatment.', 'follow_up_weeks', 42],
    ['an active product named with its procedure on the other side', SPLIT, 'Thirty women received exosome mesotherapy on one side and tranexamic acid mesotherapy on the other side.', 'control', 'active'],
    ['PDRN as the comparison', RCT, 'Twenty patients were randomized to PDRN on one side and exosomes on the other after laser.', 'control', 'active'],
    ['harms named as "the only adverse events"', RCT, 'Sixty women were randomized to exosome or saline injections. Erythema (n = 4) and pruritus (n = 2) were the only adverse events.', 'adverse_events', 'reported'],
    ['purpura seen in patients', RCT, 'Sixty women were randomized to exosome or saline injections. Transient purpura was seen in 3 patients.', 'adverse_events', 'reported'],
    ['excellent tolerability', RCT, 'Sixty women were randomized to exosome or saline injections. Tolerability was excellent, with no patient discontinuing.', 'adverse_events', 'none'],
    ['pain at the injection site reported by patients', 'Exosomes for alopecia areata: an open-label study', 'Eighteen patients received six intralesional exosome injections. Pain at the injection site was reported by five patients.', 'adverse_events', 'reported'],
    ['a patient who developed contact dermatitis', 'Exosome gel for radiation ulcers: a case series', 'Five patients with radiation ulcers were treated weekly with exosome gel. One patient developed contact dermatitis to the dressing.', 'adverse_events', 'reported'],
    // (3 - 1) x 4.35 weeks of sessions, then 12 weeks after the last.
    ['plain "followed for" weeks after the last session', 'Laser with or without exosomes for striae: a comparative study', 'Thirty women had both sides of the abdomen treated with laser and exosomes on one side. Three sessions were given 1 month apart, and patients were followed for 12 weeks after the last session.', 'follow_up_weeks', 21],
    ['no additional treatment on the other side', SPLIT, 'Twenty patients received fractional laser on both sides of the face, followed by exosomes on one side and no additional treatment on the other.', 'control', 'untreated'],
    ['a no-treatment control group', RCT, 'Forty patients were randomized to receive exosomes or to a no-treatment control group.', 'control', 'untreated'],
    ['the base formulation as the comparison', RCT, 'Forty patients were randomized to an exosome cream or the base formulation.', 'control', 'placebo'],
    ['silver sulfadiazine as the comparison', RCT, 'Forty patients with diabetic foot ulcers were randomized to exosome gel or silver sulfadiazine cream.', 'control', 'active'],
    ['an open-label trial comparing vesicles "with vehicle in 40 patients", which is no study of their samples', 'Exosomes for photoaging: a randomized trial', 'This open-label randomized trial compared exosomes with vehicle in 40 patients with photoaging.', 'blinding', 'open'],
    // 8 weeks of injections, then 4 weeks after the last.
    ['injections given "over" weeks, then an assessment weeks after the last', 'Exosomes for photoaging: a case series', 'Twelve women were treated with exosome injections over 8 weeks and evaluated 4 weeks after the last treatment.', 'follow_up_weeks', 12],
    // (3 - 1) x 4 weeks of sessions, then 13 weeks after the last: "over 50 years" is an age, not a span.
    ['an age "over 50 years" beside sessions and a follow-up after the last', 'Exosomes for photoaging: a case series', 'Patients over 50 years were treated with three exosome sessions at 4-week intervals and assessed 3 months after the last session.', 'follow_up_weeks', 21],
    ['the spread of a mean age, which is no follow-up', RCT, 'Forty women (mean age 45.2 +/- 8.1 years) were randomized to exosome or saline injections and assessed at week 12.', 'follow_up_weeks', 12],
    ['the spread of a mean age written with ±', RCT, 'Forty women (mean age 45.2 ± 8.1 years) were randomized to exosome or saline injections and assessed at week 12.', 'follow_up_weeks', 12],
    ['a disease duration with its range, which is no follow-up', 'Exosomes for acne scars: a pilot study', 'Twenty patients (disease duration 6.2 years, range 1-15 years) received exosomes and were assessed at 3 months.', 'follow_up_weeks', 13],
    ['how long the vesicles were stored, which is no follow-up', 'Exosomes for acne scars: a pilot study', 'Twenty patients received exosomes and were assessed at 3 months. Exosomes were stored at -80 C for up to 6 months.', 'follow_up_weeks', 13],
    ['how long people had their scars, which is no follow-up', 'Exosomes for acne scars: a pilot study', 'Twenty patients received exosomes and were assessed at 3 months. Patients had acne scars for at least 2 years.', 'follow_up_weeks', 13],
    ['a treatment people "had" for weeks, which is the study\'s time', 'Exosomes for acne scars: a pilot study', 'Twenty patients had exosome treatment for 12 weeks and were assessed at the end of treatment.', 'follow_up_weeks', 12],
    ['the contralateral untreated cheek', SPLIT, 'Twenty patients received exosomes on one cheek, compared with the contralateral untreated cheek.', 'control', 'untreated'],
    ['matched controls who received standard care', 'Exosomes for wounds: a comparative study', 'Twenty patients treated with exosome gel were compared with 20 matched controls who received standard wound care.', 'control', 'active'],
    ['distilled water on the other side', SPLIT, 'Twenty women received microneedling with exosomes on one side and microneedling with distilled water on the other.', 'control', 'placebo'],
    ['a trial blinded for patients and evaluators, hyphened', RCT, 'Forty women were randomized to exosome serum or a placebo serum; the study was patient- and evaluator-blinded.', 'blinding', 'double'],
    ['no side effects "apart from" a named one', 'Exosomes for photoaging: a pilot study', 'Twenty women received exosome injections. No side effects were reported apart from mild pain during injection.', 'adverse_events', 'reported'],
    ['the procedure tolerated without complications', 'Exosomes for photoaging: a pilot study', 'Twenty women received exosome injections. All patients tolerated the procedure without complications.', 'adverse_events', 'none'],
    // A 12-week treatment period, then 12 weeks of follow-up.
    ['a treatment period "followed by" a follow-up', 'Exosomes for photoaging: a pilot study', 'Twenty women received exosome injections over a 12-week treatment period followed by a 12-week follow-up.', 'follow_up_weeks', 24],
    ['investigators assessing outcomes unaware of the assignment', RCT, 'Forty women were randomized to exosome serum or vehicle; investigators assessing outcomes were unaware of group assignment.', 'blinding', 'single'],
    ['an "open, randomized" trial', RCT, 'This open, randomized, investigator-initiated trial assigned forty women to exosome serum or vehicle.', 'blinding', 'open'],
    ['silicone gel sheeting as the comparison', RCT, 'Forty patients were randomized to exosomes or silicone gel sheeting for hypertrophic scars.', 'control', 'active'],
  ];
  it.each(probes)('reads %s', (_what, title, text, detail, value) => {
    expect(classified(title, text).details[detail]).toBe(value);
  });

  it('reads the same details under every rewriting of the probe command', () => {
    const records = probes.map(([what, title, text]): [string, PubmedRecord] => [what, rec(title, text)]);
    expect(rewritingChanges(records, (record) => classify(record, rules).details)).toEqual([]);
  });

  it('says so when a controlled trial does not say what the other side got', () => {
    const c = classified('Exosomes for hair loss: a randomized controlled trial', 'Forty men were randomized to exosome injections or a comparison treatment. Patients treated with exosomes grew more hair.');
    expect(c.details.control).toBeNull();
    expect(c.detailConfidence.control).toMatchObject({ level: 'low', reason: expect.stringMatching(/not what the other side got/) });
  });
});

describe('study details of primary studies of vesicles', () => {
  it('names how the vesicles were characterized, and a commercial product', () => {
    const c = classified(
      'A commercially available exosome serum heals wounds in mice',
      'Vesicles in the product (BrandX®) were isolated by ultracentrifugation, sized by nanoparticle tracking analysis, imaged by transmission electron microscopy and showed CD63 and TSG101. Full-thickness wounds of mice treated with the serum closed faster.',
    );
    expect(c.labels.design).toBe('animal');
    expect(c.details.commercial_product).toBe(true);
    expect(c.details.ev_characterization).toEqual(['isolation', 'size', 'morphology', 'markers']);
  });

  it('counts the tetraspanins, the family of CD9, CD63 and CD81, as markers', () => {
    const c = classified('Adipose stem cell exosomes heal wounds in mice', 'Exosome identity was confirmed by the presence of tetraspanins. Full-thickness wounds of mice treated with the exosomes closed faster.');
    expect(c.details.ev_characterization).toEqual(['markers']);
  });

  it('reads a kit named in between as isolation, and a Zetasizer or a flow nanoanalyzer as size', () => {
    const ev = (text: string) => classified('Adipose stem cell exosomes heal wounds in mice', `${text} Full-thickness wounds of mice treated with the exosomes closed faster.`).details.ev_characterization;
    expect(ev('Exosomes were isolated using the exoEasy Maxi Kit.')).toEqual(['isolation']);
    expect(ev('The average diameter was 120 nm as measured by Zetasizer.')).toEqual(['size']);
    expect(ev('Size distribution was analysed by flow nanoanalyzer.')).toEqual(['size']);
  });

  it('does not read other particles, cells or materials as characterized vesicles', () => {
    const ev = (text: string) => classified('Adipose stem cell exosomes heal wounds in mice', `Exosomes were applied to full-thickness wounds of mice. ${text}`).details.ev_characterization;
    expect(ev('Flow cytometry showed more CD63-positive mast cells in lesions.')).toEqual([]);
    expect(ev('Particle size of the nanoemulsion was 150 nm by DLS.')).toEqual([]);
    expect(ev('Cells were centrifuged at 300 g and the pellet discarded.')).toEqual([]);
    expect(ev('The exosome-loaded hydrogel was imaged by SEM.')).toEqual([]);
    expect(ev('Exosomes were pelleted by centrifugation at 100,000 g.')).toEqual(['isolation']);
    // Beads coated with a tetraspanin's antibody isolate the vesicles; they show no marker.
    expect(ev('Exosomes were captured with anti-CD63 magnetic beads.')).toEqual(['isolation']);
    expect(ev('Exosomes captured on beads expressed CD63 and TSG101.')).toEqual(['isolation', 'markers']);
  });

  it('reads a brand given to people with its maker, city and country, a marketed product and vesicles bought, but not a reagent or cells bought', () => {
    const product = (title: string, text: string) => classified(title, text).details.commercial_product;
    expect(product('Exosomes for photoaging: a pilot study', 'Twenty women were treated with ASCE+ (ExoCoBio, Seoul, Korea), an exosome product, after microneedling.')).toBe(true);
    expect(product('Exosomes for photoaging: a pilot study', 'Twenty women were treated with a marketed rose stem cell exosome product after microneedling.')).toBe(true);
    expect(product('Exosomes for photoaging', 'Cells were treated with TGF-beta (PeproTech, Rocky Hill, USA) before exosome collection, and the exosomes were added to photoaged fibroblasts.')).toBe(false);
    expect(product('Exosomes heal wounds in mice', 'Exosomes were purchased from System Biosciences and applied to wounds of mice.')).toBe(true);
    expect(product('Exosomes heal wounds in mice', 'HaCaT cells were purchased from ATCC, and their exosomes were applied to wounds of mice.')).toBe(false);
  });

  it('reads vesicles sized by forward scatter, HSP70 named after the vesicles, and electron microscopy of collagen as no morphology of them', () => {
    const ev = (text: string) => classified('Adipose stem cell exosomes heal wounds in mice', `Exosomes were applied to full-thickness wounds of mice. ${text}`).details.ev_characterization;
    expect(ev('The microvesicles were quantified by flow cytometry on the basis of their relative dimensions (forward scatter signals).')).toEqual(['size']);
    expect(ev('Cells were gated on forward scatter and stained for CD63.')).toEqual(['markers']);
    expect(ev('We identified an exosome-specific signature comprised of TYRP2, VLA-4 and HSP70.')).toEqual(['markers']);
    expect(ev('Electron microscopy characterized collagen bundle thickness in the healed skin.')).toEqual([]);
    expect(ev('Transmission electron microscopy showed cup-shaped vesicles.')).toEqual(['morphology']);
  });

  it('reads a product code given to the vesicles as a named product, but not a marker or a dose in brackets', () => {
    const product = (text: string) => classified('Exosome ointment in healthy volunteers: a phase 1 study', `${text} Ten healthy volunteers applied it to the forearm for 20 days.`).details.commercial_product;
    expect(product('We assessed the safety of an MSC exosome ointment, PTD2021P, for topical application.')).toBe(true);
    expect(product('We assessed the safety of an exosome gel (AGLE-102) applied weekly.')).toBe(true);
    expect(product('We assessed the safety of an exosome solution, CD63-positive, for topical application.')).toBe(false);
    expect(product('We assessed the safety of an exosome gel (2 mg/mL) applied weekly.')).toBe(false);
  });

  it('reads qEV columns and ion-exchange chromatography as isolation', () => {
    const ev = (text: string) => classified('Adipose stem cell exosomes heal wounds in mice', `${text} Full-thickness wounds of mice treated with the exosomes closed faster.`).details.ev_characterization;
    expect(ev('Small EVs were separated on qEV columns.')).toEqual(['isolation']);
    expect(ev('The exosomes were purified by anion-exchange chromatography.')).toEqual(['isolation']);
  });

  it('reads vesicles captured on antibody beads as isolation', () => {
    const c = (text: string) => classified('Adipose stem cell exosomes promote wound healing in mice', `${text} Wounds of mice treated with the exosomes healed faster.`).details.ev_characterization;
    expect(c('Exosomes were captured with anti-CD63 immunomagnetic beads.')).toContain('isolation');
    expect(c('EVs were isolated using CD81 antibody-coated magnetic beads.')).toContain('isolation');
    expect(c('We isolated exosomes with an immunoaffinity capture kit against CD63.')).toEqual(['isolation']);
  });

  it('does not take a standard error for scanning electron microscopy', () => {
    const c = classified('Adipose stem cell exosomes heal wounds in mice', 'Exosomes were injected around wounds of mice; wound areas (mean ± SEM) were smaller.');
    expect(c.details.ev_characterization).toEqual([]);
  });

  it('does not count a size without its method, a kit maker, or electron microscopy of the skin', () => {
    const c = classified(
      'Adipose stem cell exosomes heal wounds in mice',
      'Exosomes were isolated with a kit (Maker Biosciences, Inc., CA) and had a size distribution around 100 nm. Electron microscopy showed thicker collagen bundles in the dermis of treated mice. Full-thickness wounds of mice treated with exosomes closed faster.',
    );
    expect(c.details.commercial_product).toBe(false);
    expect(c.details.ev_characterization).toEqual(['isolation']);
  });

  it('takes a product cited with its maker after another name, but not a kit that isolated the vesicles', () => {
    const cited = (text: string) => classified('Exosomes for leg ulcers: a case series', text).details.commercial_product;
    expect(cited('Five adults with leg ulcers received topical stem cell exosomes (Exo-AB, Maker International Co., Ltd., Seoul, Korea). Three ulcers closed.')).toBe(true);
    expect(cited('We treated three patients with exosomes (EXO-1; Maker Inc., and Exo-2; Other Maker, Inc.) after surgery.')).toBe(true);
    expect(cited('Exosomes were isolated with ExoPrecip (Maker Biosciences, Inc., CA) and applied to the ulcers of five patients.')).toBe(false);
    // A product whose name says purified is still a product; vesicles purified with a column are not.
    expect(cited('A topical gel containing purified exosome product (PEP; Maker Inc., Rochester, MN) was applied to the ulcers of five patients.')).toBe(true);
    expect(cited('Exosomes purified with a column (Maker Biosciences, Inc., CA) were applied to the ulcers of five patients.')).toBe(false);
    // Cited with its maker's city and country, no company suffix; an instrument cited so is not a product.
    expect(cited('Five adults with leg ulcers received an exosome solution (Exo-AB+, Makerbio, Seoul, Korea) on the ulcer bed.')).toBe(true);
    expect(cited('Exosomes applied to the ulcers of five patients were sized by NTA (Particle Tracker 3, Instrumentco, Malvern, UK).')).toBe(false);
    expect(cited('Five adults received three injections of an exosome skin booster (Exobrand, Seoul, Korea).')).toBe(true);
    // A maker's city and US state: vesicles cited so were bought; a kit cited so only isolated them.
    expect(cited('Stem cell exosomes (Makerbio Sciences, Palo Alto, CA) were applied to the ulcers of five patients.')).toBe(true);
    expect(cited('Exosomes were isolated with ExoPrecip (Makerbio Sciences, Palo Alto, CA) and applied to the ulcers of five patients.')).toBe(false);
    expect(cited('Five women used a marketed cosmetic serum containing plant-derived exosomes on their ulcers.')).toBe(true);
    // Bought, not made: over the counter, online, from a manufacturer, or a cosmetic product; cells bought for the lab are not.
    expect(cited('Five adults with leg ulcers applied an over-the-counter exosome serum.')).toBe(true);
    expect(cited('Five adults with leg ulcers applied a cosmetic exosome product purchased online.')).toBe(true);
    expect(cited('Five adults with leg ulcers received a marketed exosome skin booster.')).toBe(true);
    expect(cited('HaCaT cells were purchased from a commercial vendor; exosomes were applied to the ulcers of five adults.')).toBe(false);
    // Named in brackets by capitalised words; one word there may be an abbreviation.
    expect(cited('Five adults with leg ulcers received a plant exosome product (Brand Exosome Regenerative Complex) on the ulcer bed.')).toBe(true);
    expect(cited('Five adults with leg ulcers received an exosome solution (ES) on the ulcer bed.')).toBe(false);
    // Named in brackets by a name or abbreviation and its maker; marker lists and an instrument's maker are not.
    expect(cited('Five adults with leg ulcers received Exosome Regenerative Complex (ERC; Benev) on the ulcer bed.')).toBe(true);
    expect(cited('Five adults with leg ulcers received a lyophilized exosome powder (Exoxe, Exocel Bio) on the ulcer bed.')).toBe(true);
    expect(cited('Five adults with leg ulcers received rose stem cell-derived exosomes (ASCE+ Brightening Solution, ExoCoBio) on the ulcer bed.')).toBe(true);
    // A product's name alone in brackets, ending in what is sold; an isolation kit named so is not one.
    expect(cited('Five adults with leg ulcers received plant stem cell exosomes (Brand+ Derma Signal Kit) on the ulcer bed.')).toBe(true);
    expect(cited('Five adults with leg ulcers received exosomes (Total Exosome Isolation Kit) on the ulcer bed.')).toBe(false);
    // A product said to be bought, or named with a company ('Labs', 'Bio') where no vesicle word stands before it.
    expect(cited('Five adults with leg ulcers were treated with a proprietary exosome formulation.')).toBe(true);
    expect(cited('Five adults with leg ulcers were treated with an off-the-shelf exosome product.')).toBe(true);
    expect(cited('Five adults with leg ulcers were treated with exosomes manufactured by a Korean company.')).toBe(true);
    expect(cited('Five adults with leg ulcers were treated with XoGlo (Kimera Labs) after debridement.')).toBe(true);
    expect(cited('Five adults with leg ulcers received weekly injections of Brandname (Maker Labs, Miramar, FL, USA), a placenta-derived exosome product.')).toBe(true);
    expect(cited('Five adults with leg ulcers received microneedling with Kimera Labs XoGlo exosomes monthly.')).toBe(true);
    expect(cited('Five adults with leg ulcers applied ExoSCRT, a rose stem cell-derived exosome product, after debridement.')).toBe(true);
    expect(cited('Five adults with leg ulcers received Exosomes, a class of vesicle products, on the ulcer bed.')).toBe(false);
    expect(cited('Five adults with leg ulcers were treated with exosomes isolated in our laboratory from adipose stem cells.')).toBe(false);
    expect(cited('Five adults with leg ulcers received exosomes on the ulcer bed. Exosome size was measured by tracking analysis (NTA, Malvern).')).toBe(false);
    expect(cited('Five adults with leg ulcers received exosomes on the ulcer bed. The exosomes were positive for tetraspanins (CD63, CD81).')).toBe(false);
    // Commercial, whatever the words before the product.
    expect(cited('Five adults with leg ulcers received a commercially sourced rose stem cell exosome solution.')).toBe(true);
    expect(cited('Five adults with leg ulcers received a non-commercial exosome solution made in our laboratory.')).toBe(false);
    // Provided by a company named with its suffix; provided by a colleague, or a kit by a company, are not.
    expect(cited('Five adults with leg ulcers received exosomes provided by ExoBio Co. (Seoul, Korea) on the ulcer bed.')).toBe(true);
    expect(cited('Five adults with leg ulcers received exosomes provided by Dr. Smith of our department.')).toBe(false);
  });

  it('leaves the details of reviews and of records without vesicles empty', () => {
    const review = classified('Exosomes in dermatology: a systematic review', 'We systematically reviewed randomized trials of exosome products; ultracentrifugation was the usual isolation.');
    expect(review.details).toEqual(EMPTY_DETAILS);
  });
});

describe('industry ties, from the metadata of a record', () => {
  const base: FixtureArticle = {
    pmid: '35000001', date: '2024/03/01', title: 'Exosome serum after laser for acne scars: a split-face study',
    sections: [{ text: 'Twenty patients received laser on both sides and an exosome serum on one side. Scars improved more with the serum.' }],
  };
  const tied: FixtureArticle = {
    ...base,
    authors: [
      { last: 'Kim', fore: 'Ara', initials: 'A', affiliation: ['Department of Dermatology, National University Hospital, Seoul, Korea', 'Skin Clinic Network, Seoul, Korea'] },
      { last: 'Lee', fore: 'Bo', initials: 'B', affiliation: 'R&D Center, ExoBrand Co., Ltd., Seongnam, Korea' },
    ],
    coi: 'B. Lee is an employee of ExoBrand Co., Ltd. The other authors declare no conflict of interest.',
    grants: ['National Research Foundation of Korea'],
  };

  it('parses every affiliation, the conflict-of-interest statement and the grants from XML and MEDLINE alike', () => {
    const xml = parseArticleXml(articleXml(tied));
    const [medline] = [...parseMedline(articleMedline(tied))];
    for (const r of [xml, medline]) {
      expect(r.authors.map((a) => a.affiliations.length)).toEqual([2, 1]);
      expect(r.coiStatement).toBe(tied.coi);
      expect(r.grantAgencies).toEqual(['National Research Foundation of Korea']);
    }
  });

  it('finds a company in an affiliation or the statement, with the evidence, and none in a university', () => {
    const c = classify(parseArticleXml(articleXml(tied)), rules);
    expect(c.details.industry_ties).toBe(true);
    const ev = c.evidence['details:industry_ties'];
    expect(ev.map((e) => e.field)).toEqual(expect.arrayContaining(['affiliations', 'coi']));
    expect(ev.find((e) => e.field === 'coi')!.snippet).toMatch(/employee/);
    const academic = classify(parseArticleXml(articleXml({
      ...base,
      authors: [{ last: 'Kim', fore: 'Ara', initials: 'A', affiliation: 'Department of Pharmaceutical Sciences, State University, Seoul, Korea' }],
      coi: 'The authors declare no conflicts of interest.',
      grants: ['National Research Foundation of Korea'],
    })), rules);
    expect(academic.details.industry_ties).toBe(false);
  });
});
