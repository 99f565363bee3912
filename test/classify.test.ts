// The classifier on abstracts written for these tests: the taxonomy's conventions
// (precedence, no vesicles no source, microneedling not topical, in-vitro route)
// and the evidence kept for each label.

import { describe, expect, it } from 'vitest';
import { classify } from '../pipeline/classify/classify.ts';
import { loadRules } from '../pipeline/classify/rules.ts';
import type { PubmedRecord } from '../pipeline/types.ts';
import { following, MAX_SENTENCE, matchesOf, preceding, sentenceSpans, wholeWords } from '../pipeline/classify/text.ts';
import { formatExplanation } from '../pipeline/classify/explain.ts';
import { rewritingChanges } from './support/rewritings.ts';
import { testRecord } from './support/records.ts';
import { parseArticleXml } from '../pipeline/pubmed/parse-xml.ts';

const rules = loadRules();

function rec(title: string, sections: string[] | string, publicationTypes = ['Journal Article'], keywords: string[] = []): PubmedRecord {
  const list = Array.isArray(sections) ? sections : [sections];
  const abstract = list.map((text) => {
    const m = /^([A-Z]+): (.*)$/.exec(text);
    return m ? { label: m[1], category: m[1], text: m[2] } : { label: null, category: null, text };
  });
  return testRecord({ pmid: '90001000', title, abstract, publicationTypes, keywords });
}
const labels = (...a: Parameters<typeof rec>) => classify(rec(...a), rules).labels;

// Replacing "exosome" in "the RNA exosome complex" changes its meaning: those probes are left out.
const labelChanges = (cases: [string, string, string, ...unknown[]][]) =>
  rewritingChanges(
    cases.filter(([, title, text]) => !/RNA exosome|exosome complex|exosome subunit/i.test(title + text)).map(([name, title, text]) => [name, rec(title, text)]),
    (record) => classify(record, rules).labels,
  );

describe('design', () => {
  it('ranks people above animals above cells', () => {
    expect(labels('Keratinocyte exosomes and UV damage', 'HaCaT cells were treated with exosomes in vitro. Cell viability rose.').design).toBe('in_vitro');
    expect(labels('Exosomes heal wounds', 'HaCaT cells were treated in vitro. Full-thickness wounds were made on diabetic mice and treated with exosomes.').design).toBe('animal');
    expect(labels('Exosome gel for ulcers', 'Fibroblasts were cultured with exosomes in vitro. Twelve patients with chronic ulcers received the gel weekly.').design).toBe('human_uncontrolled');
  });

  it('separates randomized, non-randomized controlled and uncontrolled studies of people', () => {
    expect(labels('Exosome serum for wrinkles', 'Forty women were randomly assigned to exosome serum or placebo.').design).toBe('rct');
    expect(labels('Exosomes for acne scars: a split-face comparison', 'Thirty patients had laser on both sides and exosomes on the left side of the face.').design).toBe('human_controlled');
    expect(labels('Exosomes for melasma', 'A single-arm, non-randomized study. Fifty-six participants were enrolled and received exosomes.').design).toBe('human_uncontrolled');
  });

  it('does not take animal randomization or a hedge for a randomized trial', () => {
    expect(labels('Exosomes in rats', 'Rats were randomly divided into three groups and given exosomes.').design).toBe('animal');
    expect(labels('Exosomes for hair loss', 'Twenty patients received scalp injections of exosomes. Future randomized controlled trials in patients are needed.').design).toBe('human_uncontrolled');
  });

  it('lets primary data outrank a review, and a review outrank background cells and animals', () => {
    expect(labels('Exosome therapy for alopecia: a case report and review of the literature', 'A 42-year-old woman received exosome injections. We review the literature.').design).toBe('human_uncontrolled');
    expect(labels('Plant vesicles in skin care', 'In this review we summarize in vitro and in vivo studies of plant vesicles in mice and cells.').design).toBe('review');
    expect(labels('Exosomes in dermatology', 'Exosomes are vesicles.', ['Review', 'Journal Article']).design).toBe('review');
    expect(labels('Exosome injections for alopecia', 'An exosome treatment and the literature.', ['Case Reports', 'Review']).design).toBe('human_uncontrolled');
    expect(labels('Exosome creams: hype or hope?', 'Exosome creams are marketed widely.', ['Editorial']).design).toBe('other');
    // A structured abstract's background tells what others did.
    const bg = ['BACKGROUND: Randomized controlled trials in patients with melasma have tested lasers.', 'METHODS: B16F10 cells were treated with ADSC exosomes.', 'RESULTS: Melanin content decreased.'];
    expect(labels('ADSC exosomes inhibit melanogenesis', bg).design).toBe('in_vitro');
    // So in a study that treats nobody, too: the tumour cells of the background are not its vesicles' source.
    const biomarker = ['BACKGROUND: Melanoma cell-derived exosomes promote metastasis in mice.', 'METHODS: Serum exosomes were isolated from 60 patients with stage III melanoma and profiled by sequencing.'];
    expect(labels('Serum exosomal miRNAs as biomarkers of melanoma progression', biomarker)).toMatchObject({ design: 'other', sources: ['blood_immune'] });
  });
});

describe('MeSH', () => {
  const withMesh = (title: string, text: string, mesh: string[]) => {
    const r = rec(title, text);
    r.mesh = mesh.map((descriptor) => ({ descriptor, majorTopic: false, qualifiers: [] }));
    return classify(r, rules).labels;
  };
  it('reads headings in MeSH order, with their commas ("Dermatitis, Seborrheic", "Carcinoma, Basal Cell")', () => {
    const cases: [string, string[]][] = [
      ['Skin Neoplasms', ['skin_cancer']], ['Carcinoma, Basal Cell', ['skin_cancer']], ['Diabetic Foot', ['wound_healing']],
      ['Radiodermatitis', ['inflammation_other']], ['Dermatitis, Seborrheic', ['inflammation_other']], ['Lupus Erythematosus, Cutaneous', ['inflammation_other']],
    ];
    for (const [heading, indications] of cases)
      expect(withMesh('Exosome study', 'Exosomes were studied in patients who received them.', ['Exosomes', heading]), heading).toMatchObject({ relevant: true, indications });
    expect(withMesh('Exosome study', 'Patients received exosomes.', ['Exosomes', 'Percutaneous Collagen Induction', 'Skin Aging']).routes).toEqual(['microneedling']);
    // Vesicles only measured in people's samples were given by no route: the people's own treatment is not theirs.
    expect(withMesh('Exosome study', 'Exosomes were studied in patients who received them.', ['Exosomes', 'Percutaneous Collagen Induction', 'Skin Aging']).routes).toEqual([]);
  });

  it('breaks ties but does not outvote the text', () => {
    // MeSH adds Animals for a mouse cell line in culture: the text's in-vitro cues decide.
    expect(withMesh('Exosomes and fibroblasts', 'NIH3T3 cells were treated with exosomes in vitro.', ['Animals', 'Mice', 'Cells, Cultured', 'Exosomes', 'Skin']).design).toBe('in_vitro');
    expect(withMesh('Exosomes in a skin model', 'Exosomes reduced lesion scores.', ['Disease Models, Animal', 'Exosomes', 'Psoriasis']).design).toBe('animal');
    expect(withMesh('Exosome therapy', 'We gave exosomes to mice; lesion scores fell.', ['Exosomes', 'Psoriasis', 'Administration, Topical']).routes).toEqual(['topical']);
    expect(withMesh('Exosome therapy', 'Exosomes reduced lesion scores.', ['Exosomes', 'Cicatrix, Hypertrophic']).indications).toEqual(['scar']);
  });
});

describe('sources and routes', () => {
  it('gives no source or route when there are no vesicles', () => {
    const l = labels('Platelet-rich plasma with microneedling for alopecia', 'Sixty patients received platelet-rich plasma with microneedling.');
    expect(l).toMatchObject({ relevant: false, sources: [], routes: [], design: 'human_uncontrolled', sampleSize: 60 });
  });

  it('names the vesicle source, not cells treated with vesicles', () => {
    const l = labels('Umbilical cord MSC exosomes and keratinocytes', 'Exosomes derived from umbilical cord mesenchymal stem cells were added to keratinocytes in vitro. Keratinocytes treated with exosomes migrated.');
    expect(l.sources).toEqual(['umbilical_cord_msc']);
    expect(l.routes).toEqual(['in_vitro']);
  });

  it('drops an unspecified MSC when a tissue is named', () => {
    expect(labels('MSC exosomes', 'Adipose-derived MSC exosomes were applied to wounds of diabetic mice in a hydrogel.').sources).toEqual(['adipose_msc']);
  });

  it('codes microneedling, not also topical, and keeps a laser with it', () => {
    const l = labels('Exosomes after microneedling and fractional CO2 laser', 'Twenty patients underwent microneedling and fractional CO2 laser, then a topical exosome serum was applied to the face.');
    expect(l.routes).toEqual(['microneedling', 'laser_assisted']);
  });

  it('puts a route of an animal study only on the animal, not in vitro', () => {
    const l = labels('ADSC exosomes for dermatitis', 'Keratinocytes were treated in vitro. Subcutaneous injection of ADSC-derived exosomes in mice reduced dermatitis.');
    expect(l.design).toBe('animal');
    expect(l.routes).toEqual(['injection']);
  });
});

describe('relevance and indications', () => {
  it('needs vesicles and a skin context', () => {
    expect(labels('Urinary exosomes in kidney disease', 'Exosomes in urine predict nephropathy.').relevant).toBe(false);
    expect(labels('Exosomes for hair growth', 'Dermal papilla exosomes promoted hair growth in mice.').relevant).toBe(true);
  });

  it('codes indications, a non-skin condition as other, and ignores background claims of other studies', () => {
    const l = labels('Milk exosomes for osteoarthritis', 'We gave mice milk exosomes orally.');
    expect(l.indications).toEqual(['other']);
    expect(l.routes).toEqual(['oral']);
    const bg = labels('Exosomes for keloids', 'Exosomes have been shown to promote wound healing. Here keloid fibroblasts were treated in vitro.');
    expect(bg.indications).toEqual(['scar']);
  });
});

describe('evidence', () => {
  it('keeps the rule and the text span behind every label', () => {
    const r = rec('Exosomes for melasma: a split-face study', 'Twenty women were treated with adipose stem cell exosomes on one side.');
    const c = classify(r, rules);
    expect(c.labels.sources).toEqual(['adipose_msc']);
    const ev = c.evidence['sources:adipose_msc'][0];
    expect(ev.rule).toBe('sources.adipose_msc.terms');
    const text = ev.field === 'title' ? r.title : r.abstract[0].text;
    expect(text.slice(ev.start, ev.end)).toBe(ev.snippet);
    expect(c.evidence.design[0].rule).toMatch(/^design\.human_controlled\./);
    expect(c.evidence['indications:pigmentation'][0].snippet.toLowerCase()).toBe('melasma');
  });
});

describe('abstracts written in the styles the literature uses', () => {
  type Case = [string, string, string, Partial<ReturnType<typeof labels>>];
  const cases: Case[] = [
    ['placebo-controlled, not randomized', 'A double-blind, placebo-controlled trial of an exosome cream for photoaging', 'This study enrolled 60 healthy women aged 35-60 who applied exosome cream or vehicle cream twice daily for 8 weeks. Wrinkles decreased versus vehicle.', { design: 'human_controlled', sampleSize: 60, routes: ['topical'], indications: ['photoaging'] }],
    ['chart review', 'Exosomes after fractional laser: a retrospective review', 'We reviewed the medical records of 25 patients who received exosome therapy after fractional CO2 laser resurfacing for acne scars.', { design: 'human_uncontrolled', sampleSize: 25, routes: ['laser_assisted'], indications: ['scar'] }],
    ['animal, vesicles from conditioned medium', 'hUCMSC exosomes accelerate healing of full-thickness skin defects', 'Exosomes isolated from the conditioned medium of human umbilical cord MSCs (hUCMSC-Exos) were injected intradermally around full-thickness skin defects in Sprague-Dawley rats.', { design: 'animal', sources: ['umbilical_cord_msc'], routes: ['injection'], indications: ['wound_healing'], sampleSize: null }],
    ['skin equivalent', 'Keratinocyte exosomes and melanogenesis in a 3D skin model', 'Keratinocyte-derived exosomes were added to a reconstructed human epidermis containing melanocytes and melanin content was measured.', { design: 'in_vitro', sources: ['skin_cell'], routes: ['in_vitro'], indications: ['pigmentation'] }],
    ['review without the word', 'Exosome-based cosmetics: current evidence and future directions', 'Exosome products are increasingly marketed. Most data come from in vitro and animal studies, while clinical trials remain scarce. Further randomized controlled trials are needed.', { design: 'review', sampleSize: null }],
    ['biomarker study', 'Serum exosomal microRNAs as biomarkers of psoriasis severity', 'Serum exosomes were isolated from 52 patients with psoriasis and 30 healthy controls. Exosomal miR-210 correlated with PASI scores.', { design: 'other', sampleSize: null, indications: ['psoriasis'] }],
    ['systemic in animals', 'Intravenous MSC-EVs attenuate imiquimod-induced psoriasis in mice', 'Mice received intravenous mesenchymal stem cell extracellular vesicles daily for 6 days after imiquimod application.', { design: 'animal', sources: ['msc_other'], routes: ['systemic'] }],
    ['randomized with a ratio', 'Exosome-containing serum for melasma: a randomized controlled trial', 'Forty-eight Asian women with melasma were randomized (1:1) to exosome serum or tranexamic acid for 12 weeks.', { design: 'rct', sampleSize: 48, routes: ['topical'], indications: ['pigmentation'] }],
    ['drug inducer beside a vesicle injection', 'Bone marrow MSC exosomes promote diabetic wound healing', 'BMSC-derived exosomes were injected subcutaneously around full-thickness wounds in streptozotocin-induced diabetic rats (n = 8 per group).', { design: 'animal', sources: ['bone_marrow_msc'], routes: ['injection'], sampleSize: null }],
    ['disease inducer applied to skin', 'Milk-derived extracellular vesicles alleviate psoriasis-like dermatitis', 'Imiquimod was applied to the shaved back skin of BALB/c mice. Bovine milk EVs were administered orally for 7 days.', { design: 'animal', sources: ['milk'], routes: ['oral'], indications: ['psoriasis'] }],
    ['bibliometric study', 'Global research trends of exosomes in dermatology: a bibliometric analysis', 'Publications on exosomes in skin were retrieved from the Web of Science Core Collection from 2000 to 2023 and analyzed with CiteSpace.', { design: 'other' }],
    ['trial protocol', 'Exosome gel for diabetic foot ulcers: study protocol for a randomized controlled trial', 'This is the protocol of a randomized controlled trial in which 120 patients will be randomly assigned to exosome gel or standard care.', { design: 'other' }],
    ['product characterization', 'Characterization of commercial exosome skin care products', 'We characterized particle size, concentration and protein markers of 12 commercial exosome cosmetic products by nanoparticle tracking analysis and western blot.', { design: 'other', routes: [] }],
    ['not skin', 'BMSC exosomes promote bone defect repair in rats', 'Exosomes from bone marrow MSCs promoted calvarial bone defect healing in rats.', { relevant: false, design: 'animal', sources: ['bone_marrow_msc'] }],
    ['randomized split-scalp', 'Exosomes for androgenetic alopecia: a randomized split-scalp trial', 'Twenty-two men received exosome injections on one half of the scalp and saline on the other half in random order.', { design: 'rct', sampleSize: 22, routes: ['injection'], indications: ['hair_loss'] }],
    ['comparative cohort', 'Exosomes versus platelet-rich plasma for acne scars: a comparative study', 'Forty patients were treated: 20 received exosome injections and 20 received platelet-rich plasma injections, allocated by patient preference.', { design: 'human_controlled', sampleSize: 40 }],
    ['case series in the first person', 'Granulomatous reactions after exosome microneedling', 'We report three patients who developed facial granulomas after microneedling with a commercial exosome product.', { design: 'human_uncontrolled', sampleSize: 3, routes: ['microneedling'] }],
    ['explants with a hope for patients', 'ADSC exosomes protect human skin explants from UV damage', 'Human skin explants were treated with adipose stem cell exosomes ex vivo and irradiated with UVB. These results support future clinical studies in patients.', { design: 'in_vitro', sources: ['adipose_msc'], routes: ['in_vitro'], indications: ['photoaging'] }],
    ['trials wished for, not done', 'Exosomes from hair follicle stem cells promote hair growth in mice', 'C57BL/6 mice were shaved and injected intradermally with HFSC-derived exosomes. Randomized clinical trials in patients with alopecia are warranted.', { design: 'animal', sources: ['stem_cell_other'], routes: ['injection'], indications: ['hair_loss'] }],
    ['a study that reviews', 'Exosomes in acne: mechanisms and therapeutic potential', 'This study aims to review the current literature on extracellular vesicles in acne pathogenesis and treatment.', { design: 'review', indications: ['acne'] }],
    ['target cells are not a source', 'Exosomes from mesenchymal stem cells protect melanocytes in vitiligo', 'Melanocytes under oxidative stress were treated with MSC-derived exosomes in vitro; melanocyte apoptosis decreased.', { design: 'in_vitro', sources: ['msc_other'], indications: ['pigmentation'] }],
    ['disease inducer injected', 'ADSC exosomes alleviate LL-37-induced rosacea-like inflammation in mice', 'Rosacea-like skin inflammation was induced by intradermal LL-37 injection in BALB/c mice, and ADSC-Exos were applied topically.', { design: 'animal', sources: ['adipose_msc'], routes: ['topical'], indications: ['inflammation_other'] }],
    ['a serum used by patients', 'Exosome-based serum for mild to moderate acne vulgaris: an open-label study', 'Twenty-five patients with acne vulgaris used the serum twice daily for 8 weeks; lesion counts fell.', { design: 'human_uncontrolled', sampleSize: 25, routes: ['topical'], indications: ['acne'] }],
    ['cosmetic concern outside the list', 'Effects of a plant exosome toner on sebum and enlarged pores', 'Thirty volunteers applied a Centella-derived exosome toner for 4 weeks; sebum and pore size decreased.', { relevant: true, design: 'human_uncontrolled', sampleSize: 30, sources: ['plant'], routes: ['topical'], indications: ['other'] }],
    ['samples from patients and controls, no first person', 'Salivary exosomes in oral lichen planus', 'Salivary exosomes from 30 patients with oral lichen planus and 20 healthy controls carried distinct microRNA profiles.', { relevant: true, design: 'other', sampleSize: null, indications: ['inflammation_other'] }],
    ['injected via the tail vein', 'Bone marrow MSC exosomes reduce skin fibrosis in mice', 'BMSC-Exo were injected via the tail vein into mice with bleomycin-induced skin fibrosis. Dermal thickness decreased.', { design: 'animal', sources: ['bone_marrow_msc'], routes: ['systemic'] }],
    ['plant stem cells are plants', 'Rose stem cell-derived exosomes after fractional CO2 laser for wrinkles: a randomized split-face study', '28 subjects with facial wrinkles received fractional CO2 laser on both sides, then rose stem cell-derived exosomes on one randomly assigned side and placebo gel on the other.', { design: 'rct', sampleSize: 28, sources: ['plant'], routes: ['laser_assisted'], indications: ['photoaging'] }],
    ['radiofrequency microneedling is both', 'ASC exosomes with microneedle fractional radiofrequency for acne scars', 'Fifteen patients with atrophic acne scars were treated with microneedle fractional radiofrequency followed by topical application of ASC-exosomes.', { design: 'human_uncontrolled', sampleSize: 15, sources: ['adipose_msc'], routes: ['microneedling', 'laser_assisted'], indications: ['scar'] }],
    ['macrophage vesicles in a hydrogel', 'M2 macrophage-derived exosomes in a hydrogel accelerate diabetic wound healing', 'Exosomes secreted by M2-polarized macrophages were incorporated into a hyaluronic acid hydrogel and applied to full-thickness wounds of diabetic rats.', { design: 'animal', sources: ['blood_immune'], routes: ['wound_application'], indications: ['wound_healing'] }],
    ['iPSC, not mesenchymal', 'Induced pluripotent stem cell-derived exosomes ameliorate senescence of dermal fibroblasts', 'Dermal fibroblasts aged by UVB irradiation were treated with iPSC-derived exosomes; collagen expression recovered.', { design: 'in_vitro', sources: ['stem_cell_other'], routes: ['in_vitro'], indications: ['photoaging'] }],
    ['amnion is placental', 'Human amniotic epithelial cell exosomes reduce hypertrophic scars in a rabbit ear model', 'Exosomes from human amniotic epithelial cells were injected into scars of a rabbit ear model.', { design: 'animal', sources: ['placental'], routes: ['injection'], indications: ['scar'] }],
    ['a corneal wound is not skin', 'MSC exosomes promote corneal epithelial wound healing', 'Exosomes from bone marrow MSCs accelerated corneal epithelial wound closure in a mouse alkali burn model.', { relevant: false, indications: ['other'] }],
    ['a glial scar is not skin', 'Exosomes reduce glial scar formation after spinal cord injury', 'BMSC-derived exosomes injected intravenously reduced glial scar formation in rats with spinal cord injury.', { relevant: false, routes: ['systemic'], indications: ['other'] }],
    ['cochlear hair cells are not hair', 'Exosomes protect cochlear hair cells from cisplatin ototoxicity', 'Exosomes derived from inner ear stem cells protected cochlear hair cells against cisplatin in mouse explants.', { relevant: false, indications: ['other'] }],
    ['a gastric ulcer is not skin', 'Exosomes accelerate healing of gastric ulcers in rats', 'Exosomes from adipose MSCs promoted healing of acetic acid-induced gastric ulcers in rats.', { relevant: false, indications: ['other'] }],
    ['a wound without another organ is skin', 'Gingival MSC exosomes accelerate diabetic wound healing', 'Exosomes from gingival mesenchymal stem cells were applied to full-thickness wounds of diabetic mice in a hydrogel.', { relevant: true, sources: ['msc_other'], routes: ['wound_application'], indications: ['wound_healing'] }],
    ['an enterovirus is not an EV', 'Enterovirus A71 and skin lesions in hand, foot and mouth disease', 'EV-A71 and coxsackievirus A16 cause hand, foot and mouth disease with vesicular skin rash in children.', { relevant: false }],
    ['the RNA exosome is not a vesicle', 'RNA exosome complex mutations in a child with skin abnormalities', 'Mutations in EXOSC3, a subunit of the RNA exosome complex, were found in a child with skin hyperpigmentation.', { relevant: false }],
    ['vesicles from patients are a study of samples', 'Exosomes in pemphigus vulgaris sera', 'Serum-derived exosomes from patients with pemphigus carried desmoglein autoantibodies.', { relevant: true, design: 'other', sources: ['blood_immune'] }],
    ['rejuvenated oocytes are not skin', 'Rejuvenation of aged oocytes by exosomes', 'Exosomes from young follicular fluid rejuvenated aged oocytes.', { relevant: false, indications: ['other'] }],
    ['rejuvenated muscle is not skin', 'Exosomes rejuvenate aged muscle stem cells', 'MSC exosomes restored the regenerative capacity of aged muscle stem cells and reduced sarcopenia in old mice.', { relevant: false }],
    ['age is not a count', 'Complications of exosome injections: a case report', 'A 45-year-old woman developed granulomas after intradermal exosome injections for facial rejuvenation.', { design: 'human_uncontrolled', sampleSize: 1, routes: ['injection'] }],
  ];
  it.each(cases)('%s', (_name, title, text, expected) => {
    expect(labels(title, text)).toMatchObject(expected);
  });

  it('keeps their labels under every rewriting of the probe command', () => {
    expect(labelChanges(cases)).toEqual([]);
  });
});

describe('probes for taxonomy v2: design is what was done with the vesicles', () => {
  type Case = [string, string, string, Partial<ReturnType<typeof labels>>];
  const cases: Case[] = [
    ['a probiotic trial that only measures vesicles', 'A probiotic for atopic dermatitis and urinary extracellular vesicles: a randomized trial', 'Sixty children with atopic dermatitis were randomly assigned to a Lactobacillus supplement or placebo for 12 weeks. Urinary extracellular vesicles were isolated and their bacterial DNA profiled.', { design: 'other' }],
    ['an exosome trial that also draws blood', 'Topical exosome cream for atopic dermatitis: a randomized trial', 'Forty patients were randomized to an exosome cream or vehicle. Serum samples were collected at baseline and week 8 to measure IgE.', { design: 'rct', sampleSize: 40 }],
    ['vesicles from patients tested on cells', 'Plasma exosomes from patients with systemic sclerosis activate dermal fibroblasts', 'Plasma exosomes were isolated from 25 patients with systemic sclerosis and added to cultured dermal fibroblasts; collagen synthesis increased.', { design: 'in_vitro', sources: ['blood_immune'], routes: ['in_vitro'], sampleSize: null }],
    ['a cohort followed by its vesicles', 'Circulating vesicles track the response of melanoma to immunotherapy', 'In a prospective study, circulating extracellular vesicles were measured in 80 patients with melanoma who received checkpoint inhibitors, and their PD-L1 content predicted progression.', { design: 'other', sampleSize: null }],
    ['a commentary on another paper', 'Vesicles that guard the hair follicle', 'In this issue, Moreau and colleagues show that dermal papilla vesicles protect follicles of patients treated with chemotherapy. These findings may change how alopecia is prevented.', { design: 'other' }],
    ['a bibliometric study that calls itself a review', 'Hotspots of vesicle research in cosmetic dermatology: a bibliometric analysis', 'Articles indexed in Scopus were mapped with VOSviewer. This comprehensive review of publication trends shows that wound healing dominates.', { design: 'other' }],
    ['a review in other words', 'Plant vesicles in skin care: opportunities and challenges', 'Plant-derived nanovesicles are cheap to produce. Here we provide an up-to-date overview of their isolation, cargo and uses in cosmetics.', { design: 'review', sources: ['plant'] }],
    ['animals named as a source, not treated', 'Goat milk extracellular vesicles protect keratinocytes from ultraviolet light', 'Milk offers a higher vesicle yield than plant or animal sources. Extracellular vesicles from goat milk reduced oxidative damage in human keratinocytes exposed to UVB.', { design: 'in_vitro', sources: ['milk'] }],
    ['a disease described by its category', 'Umbilical cord MSC exosomes ease imiquimod-induced psoriasis in mice', 'Psoriasis is a chronic inflammatory skin disease. Exosomes from umbilical cord MSCs were injected subcutaneously into mice treated with imiquimod.', { indications: ['psoriasis'] }],
    ['settled cases of v2', 'Exosomes after fractional laser for striae distensae and morphea plaques', 'Twelve women with striae distensae and four with morphea received fractional laser followed by topical exosomes.', { indications: ['scar', 'inflammation_other'] }],
    ['radiation injury is a wound', 'Adipose stem cell vesicles heal radiation-induced skin injury in rats', 'Rats with radiation-induced skin injury received ADSC extracellular vesicles by local injection.', { indications: ['wound_healing'] }],
    ['a barrier measured along the way', 'Exosome cream for photoaged facial skin: an open-label study', 'Thirty women applied an exosome cream for 8 weeks. Wrinkles and elasticity improved, and the skin barrier was preserved.', { indications: ['photoaging'] }],
    ['a condition named once beside the one studied', 'Embryonic stem cell exosomes heal pressure ulcers in aged mice', 'Pressure ulcers were made on aged mice and treated with exosomes; the ulcers closed faster. Exosomes also had an anti-aging effect on endothelial cells. Wounds showed more vessels.', { indications: ['wound_healing'] }],
    ['a scar measured in a wound study', 'Cord blood exosomes accelerate skin wound healing in mice', 'Exosomes were injected around full-thickness skin wounds of mice. Treated wounds closed faster, with a narrower scar width and more vessels.', { indications: ['wound_healing'] }],
    ['microparticles made by cells are vesicles', 'Circulating platelet-derived microparticles in patients with psoriasis', 'Platelet-derived microparticles were counted by flow cytometry in the plasma of 40 patients with psoriasis and 30 controls.', { relevant: true, design: 'other', sources: ['platelet'] }],
    ['microparticles made of polymer are carriers', 'PLGA microparticles release a growth factor into diabetic wounds', 'PLGA microparticles loaded with a growth factor were applied to wounds of diabetic mice.', { relevant: false }],
    ['the cells a vesicle acts on are not its source', 'Ginseng-derived nanovesicles shift macrophages to fight melanoma', 'Extracellular vesicles from ginseng can shift M2 macrophages toward M1 in mice bearing melanoma.', { sources: ['plant'] }],
    ['a bracketed name before "isolated from"', 'Engineered exosomes in dissolving microneedles for hypertrophic scars', 'Exosomes carrying a microRNA (miR-OE-Exos) were isolated from adipose-derived mesenchymal stem cells and loaded into microneedles applied to scars of rabbits.', { sources: ['adipose_msc'] }],
    ['a title naming another organ sets the organ of bare wound words', 'An exosome hydrogel heals palatal mucosal defects in rats', 'Eight wounds received the exosome hydrogel and eight a plain dressing. Wound closure was faster with exosomes.', { relevant: false }],
    ['topical on a wound is on the wound bed', 'Adipose stem cell exosomes accelerate full-thickness wound healing in mice', 'Exosomes from adipose-derived stem cells were applied topically to full-thickness skin wounds of mice every other day.', { routes: ['wound_application'], indications: ['wound_healing'] }],
    ['a hope of clinical use is not a clinical study', 'Platelet lysate microvesicles close scratch wounds', 'Microvesicles separated from platelet lysate were added to scratched keratinocyte monolayers and closure doubled, supporting their possible clinical use.', { design: 'in_vitro', sources: ['platelet'] }],
  ];
  it.each(cases)('%s', (_name, title, text, expected) => {
    expect(labels(title, text)).toMatchObject(expected);
  });

  it('keeps their labels under every rewriting of the probe command', () => {
    expect(labelChanges(cases)).toEqual([]);
  });
});

describe('probes of phrasing the dev corpus does not show', () => {
  // A fifth element gives the publication types, where they matter (a trial of animals that NCBI types as one).
  type Case = [string, string, string, Partial<ReturnType<typeof labels>>, string[]?];
  const cases: Case[] = [
    ['vesicles named by a hyphened abbreviation of their cells', 'Bone marrow MSC-EVs ease skin fibrosis in mice', 'Mice with bleomycin-induced skin fibrosis received bone marrow MSC-EVs through the tail vein.', { relevant: true, sources: ['bone_marrow_msc'] }],
    ['a side of the face chosen at random', 'Rose stem cell exosomes with microneedling for facial rejuvenation: a split-face trial', 'Twenty-two women were treated with microneedling on both cheeks; one randomly chosen side also received rose stem cell-derived exosomes.', { design: 'rct', sampleSize: 22 }],
    ['a non-randomized comparison named in the title', 'Nonrandomized comparison of PRP and exosomes after microneedling for androgenetic alopecia', 'Forty patients chose either PRP or exosome injections after microneedling; hair counts were compared at 6 months.', { design: 'human_controlled', routes: ['microneedling', 'injection'] }],
    ['vesicles on nanofibres over a skin defect', 'Exosome-coated electrospun nanofibers for full-thickness skin defects', 'BMSC exosomes were immobilized on PCL nanofiber mats that covered skin defects in rats.', { design: 'animal', routes: ['wound_application'], indications: ['wound_healing'] }],
    ['keratinocytes made from iPSCs are skin cells', 'Human iPSC-derived keratinocyte exosomes reduce skin aging', 'Exosomes from iPSC-derived keratinocytes were applied to photoaged dermal fibroblasts in culture.', { design: 'in_vitro', sources: ['skin_cell'] }],
    ['seaweed is not a plant here (taxonomy v2)', 'Seaweed-derived exosome-like nanovesicles brighten the skin', 'Vesicles from brown algae lowered melanin content in cultured melanocytes.', { design: 'in_vitro', sources: ['other'] }],
    ['vesicles in the feed are swallowed', 'Salmon roe exosomes improve dry skin in mice', 'Mice fed a diet containing salmon roe exosomes for 4 weeks had lower transepidermal water loss.', { design: 'animal', routes: ['oral'] }],
    ['patients\' vesicles on cells in culture', 'Extracellular vesicles in hidradenitis suppurativa lesions', 'Lesional skin EVs from 12 patients carried IL-17 and activated keratinocytes in culture.', { relevant: true, design: 'in_vitro' }],
    ['a skin-on-a-chip and bioprinted skin are in vitro', 'Exosomes in a skin-on-a-chip and in bioprinted skin', 'A skin-on-a-chip was perfused with exosomes, and 3D bioprinted skin constructs were treated with them.', { design: 'in_vitro' }],
    ['a review that outlines', 'Exosomes and skin aging', 'In this article, we outline current knowledge on exosomes in skin aging and discuss future directions.', { design: 'review' }],
    ['vesicles painted on mouse ears are topical', 'Exosomes ease contact dermatitis in mice', 'Exosomes were painted on the ears of mice with contact dermatitis.', { design: 'animal', routes: ['topical'] }],
    ['masks placed on the faces of patients after laser', 'Exosome masks after laser', 'Sheet masks soaked in exosomes were placed on the face after fractional laser in 15 patients.', { design: 'human_uncontrolled', routes: ['laser_assisted'] }],
    ['a reconstructed epidermis is in vitro', 'Adipose stem cell exosomes suppress melanin in a pigmented epidermis model', 'Reconstructed human pigmented epidermis was treated topically with ADSC exosomes for 14 days.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['a cell line named by its code, and uptake by cells', 'Tumor-derived exosomes promote lymphangiogenesis in cutaneous squamous cell carcinoma', 'Exosomes secreted by A431 cells were taken up by lymphatic endothelial cells and enhanced tube formation.', { design: 'in_vitro', sources: ['tumor_cell'] }],
    ['an inducer injected is not how vesicles are given', 'Cord MSC exosomes ease rosacea-like inflammation in mice', 'LL-37 was injected intradermally to induce rosacea-like lesions in BALB/c mice, and umbilical cord MSC exosomes were then applied topically.', { design: 'animal', routes: ['topical'] }],
    ['skin named once beside another organ\'s title is an aside', 'MSC-derived exosomes promote cartilage repair in osteoarthritis', 'Exosomes from bone marrow MSCs were injected into the knee joints of rats with osteoarthritis. Like skin, cartilage has limited regenerative capacity.', { relevant: false }],
    ['a skin infection is another skin concern', 'Extracellular vesicles of Leishmania major worsen cutaneous lesions of leishmaniasis', 'Mice infected in the footpad with L. major and co-injected with parasite EVs developed larger skin lesions.', { relevant: true, indications: ['other'] }],
    ['vesicles given through the nose reach the body', 'Intranasal exosomes ease atopic dermatitis-like lesions in mice', 'Mice with atopic dermatitis-like skin lesions received MSC exosomes intranasally.', { design: 'animal', routes: ['systemic'] }],
    ['a drug-induced skin reaction is an inflammatory skin condition', 'Exosomes for hand-foot syndrome', 'Hand-foot skin reaction from sorafenib improved with topical exosomes in 8 patients.', { indications: ['inflammation_other'] }],
    ['a genetic blistering disease is another skin condition', 'Exosomes for epidermolysis bullosa', 'Blistering decreased in a mouse model of epidermolysis bullosa treated with exosomes.', { indications: ['other'] }],
    ['conditions the lexicon had missed', 'Exosomes for vulvar lichen sclerosus, graft donor sites and dark circles', 'Lichen sclerosus lesions, split-thickness skin graft donor sites and periorbital dark circles of patients were treated with exosomes.', { indications: ['wound_healing', 'pigmentation', 'inflammation_other'] }],
    ['pigmentation in a list beside hair loss, and skin brightened', 'Plant vesicles brighten skin', 'Exosomes are studied for hair loss and pigmentation. Vesicles reduced melanin in cultured melanocytes.', { indications: ['pigmentation'] }],
    ['animals that are only a source of cells, serum or skin are not treated', 'Exosomes polarize macrophages toward M2', 'Bone marrow-derived macrophages isolated from C57BL/6 mice were treated with ADSC exosomes. Exosomes from the serum of aged mice reduced the proliferation of cultured dermal fibroblasts. B16F10 murine melanoma exosomes were added to human fibroblasts. Permeation through excised rat skin was measured in Franz diffusion cells.', { design: 'in_vitro' }],
    ['animals treated after a source is named are treated', 'Exosomes from adipose stem cells heal diabetic wounds', 'Exosomes derived from ADSCs of rats promoted healing of diabetic mice. Diabetic rats received exosomes.', { design: 'animal' }],
    ['ectosomes, migrasomes and apoptotic vesicles are vesicles', 'Ectosomes, migrasomes and apoptotic bodies in skin repair', 'Ectosomes and migrasomes released by fibroblasts, and apoptotic bodies derived from MSCs, were applied to skin wounds of mice.', { relevant: true, design: 'animal' }],
    ['apoptotic bodies in a biopsy are dying cells', 'Histology of lichen planus', 'Biopsies of lichen planus showed apoptotic bodies in the basal layer of the skin.', { relevant: false }],
    ['in-vitro and in-vivo hyphened', 'ADSC exosomes and keratinocytes', 'In-vitro, keratinocytes were treated with ADSC exosomes, and in-vivo studies are planned.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['a sentence that opens with an abbreviation in lower case', 'Circulating vesicles in psoriasis', 'Neutrophils matter in psoriasis. sEVs from keratinocytes were added to cultured cells; circulating sEVs were also measured in patients.', { design: 'in_vitro', sources: ['skin_cell', 'blood_immune'] }],
    ['people assigned to a product serum or a vehicle are a controlled study, not a study of serum samples', 'Exosome serum for wrinkles', 'Forty women were assigned to exosome serum or vehicle for 12 weeks; wrinkles improved.', { design: 'human_controlled', sampleSize: 40 }],
    ['cells that received vesicles are their target, not their source', 'ADSC exosomes and fibroblasts', 'Human dermal fibroblasts received exosomes from adipose-derived stem cells in culture.', { design: 'in_vitro', sources: ['adipose_msc'] }],
    ['wounds of the gums, the vagina or a nerve are not skin', 'MSC exosomes heal gingival wounds and vaginal wounds', 'Exosomes accelerated the healing of gingival wounds and vaginal wounds in rats.', { relevant: false }],
    ['skin-derived precursors are cells for a nerve', 'Skin-derived precursor exosomes promote sciatic nerve regeneration', 'Exosomes from skin-derived precursors were injected into crushed sciatic nerves of rats.', { relevant: false }],
    ['cells that shed vesicles are not SHED, the dental stem cells', 'Exosomes shed by melanoma cells', 'Melanoma cells shed exosomes that reprogrammed fibroblasts in vitro.', { sources: ['tumor_cell'] }],
    ['vesicles in the conditioned medium of their cells', 'Conditioned medium exosomes', 'Exosomes in the conditioned medium of adipose-derived stem cells were collected and added to keratinocytes in vitro.', { sources: ['adipose_msc'] }],
    ['patients who chose one treatment or the other were compared', 'Patients were not randomized: exosomes after laser', 'Thirty patients chose exosomes or no exosomes after laser; allocation was not randomized.', { design: 'human_controlled', sampleSize: 30 }],
    ['the skin of a grape or a fish, and a skin prick test, are no skin context', 'Grape skin nanoparticles for colitis and skin prick tests in asthma', 'Nanoparticles from grape skin were given orally to mice with colitis; serum exosomes of asthmatic children with positive skin prick tests and fish skin collagen scaffolds were also studied.', { relevant: false }],
    ['dermatan sulfate is a sugar, not the dermis', 'Exosomes and dermatan sulfate in cartilage', 'Dermatan sulfate in chondrocyte exosomes was measured.', { relevant: false }],
    ['dendritic cells pulsed with tumour antigens are the source, not the tumour', 'Dendritic cell-derived exosomes as a melanoma vaccine in mice', 'Dendritic cells pulsed with melanoma antigens released exosomes that were injected subcutaneously into C57BL/6 mice before tumour challenge.', { design: 'animal', sources: ['blood_immune'], routes: ['injection'] }],
    ['vesicles added to cells named with a hyphened word, and vesicle-treated cells', 'Tumor-derived exosomes from melanoma suppress dendritic cell maturation', 'Exosomes from B16 melanoma cells were added to bone marrow-derived dendritic cells. Exosome-treated dendritic cells expressed less CD86.', { design: 'in_vitro', sources: ['tumor_cell'] }],
    ['skin fibrosis in systemic sclerosis is that disease, not a scar', 'Urinary exosomes in systemic sclerosis', 'Urinary exosomes from 25 patients with systemic sclerosis and skin fibrosis were analysed for fibrosis-related microRNAs.', { indications: ['inflammation_other'] }],
    ['word gaps step over an abbreviation in brackets', 'Small extracellular vesicles ease dermatitis in mice', 'Mice with contact dermatitis received daily application of small extracellular vesicles (sEVs) to the skin of the back.', { design: 'animal', routes: ['topical'] }],
    ['honey, cartilage and a decellularized matrix are other sources', 'Vesicles from honey, cartilage and dermal matrix heal burns', 'Extracellular vesicles purified from manuka honey, exosomes obtained from salmon nasal cartilage and extracellular vesicles extracted from decellularized porcine dermis were applied to burn wounds of rats.', { sources: ['other'] }],
    ['a veterinary case series treats animals', 'Exosome treatment of feline eosinophilic granuloma complex: a case series', 'Five cats with eosinophilic plaques received intralesional exosome injections; lesions resolved in four.', { design: 'animal' }],
    ['horses are animals, and are counted', 'Platelet lysate exosomes for distal limb wounds in horses', 'Distal limb wounds were created in six horses and treated topically with exosomes or saline in a randomized design.', { design: 'animal', sampleSize: 6 }],
    ['skin conditions named without the word skin: prurigo, pustulosis, Kaposi sarcoma', 'Exosomes in prurigo nodularis, palmoplantar pustulosis and Kaposi sarcoma', 'Exosomes from MSCs were given to patients with prurigo nodularis, palmoplantar pustulosis or Kaposi sarcoma.', { relevant: true, indications: ['inflammation_other', 'skin_cancer'] }],
    ['warts, frostbite and lentigines are skin too', 'Exosomes for warts, frostbite and solar lentigines', 'Exosomes from MSCs were given to patients with warts, frostbite or solar lentigines.', { relevant: true, indications: ['wound_healing', 'pigmentation', 'other'] }],
    ['a burn scar is a scar, not a burn wound', 'Exosomes after laser for burn scars', 'Twenty patients with burn scars received fractional laser followed by topical exosomes.', { indications: ['scar'] }],
    ['a perspective or a viewpoint is commentary, not a review', 'Exosome cosmetics ahead of the evidence: a perspective', 'In this perspective, we argue that exosome products for skin rejuvenation are marketed ahead of the evidence, and we review the few trials.', { design: 'other' }],
    ['a cohort compared with patients given the co-treatment alone is controlled, and both groups count', 'Exosome-treated versus untreated patients after laser resurfacing: a retrospective cohort study', 'We compared 45 patients who received exosomes after fractional laser with 45 who received laser alone. Downtime was shorter with exosomes.', { design: 'human_controlled', sampleSize: 90 }],
    ['tissues listed before the MSCs they name', 'Mesenchymal stem cell-derived exosomes in skin wound healing: a review', 'We review studies of exosomes from adipose, bone marrow and umbilical cord MSCs in cutaneous wounds.', { sources: ['adipose_msc', 'umbilical_cord_msc', 'bone_marrow_msc'] }],
    ['circulating tumour vesicles are patients\' blood vesicles (taxonomy v2), and NMSC names a skin cancer', 'Circulating melanoma exosomes as biomarkers, and NMSC-derived EVs', 'Circulating melanoma exosomes were precipitated from serum of 40 patients. NMSC-derived EVs carried circular RNAs.', { sources: ['blood_immune', 'tumor_cell'] }],
    ['circulating vesicles however named, and melanoma participants are people', 'Circulating melanoma small extracellular vesicles in melanoma participants', 'Circulating melanoma small extracellular vesicles (sEVs) were measured in melanoma participants.', { sources: ['blood_immune'] }],
    ['cord blood is blood, only its MSCs are cord MSCs; vesicles as markers of a tumour do not come from it', 'Exosomes from human umbilical cord blood heal wounds', 'Exosomes from umbilical cord blood plasma were injected around wounds of mice. Extracellular vesicles from lymphatic drainage as surrogate markers of melanoma were also measured.', { sources: ['blood_immune', 'other'] }],
    ['a review codes the conditions of the studies it reviews, which are others\' work', 'Exosomes in dermatology: a review', 'This review examines exosomes in dermatological practice. Clinical studies of exosomes have demonstrated efficacy in addressing skin aging, scarring and hair restoration.', { design: 'review', indications: ['photoaging', 'scar', 'hair_loss'] }],
    ['a primary study sets aside the conditions others studied', 'Exosomes heal diabetic wounds in mice', 'Previous studies have shown efficacy of exosomes in scarring and hair loss. Here, exosomes were injected around wounds of diabetic mice, which closed faster.', { design: 'animal', indications: ['wound_healing'] }],
    ['"further" said of what was done is no hypothesis; "further studies" are', 'Exosome microneedles for hypertrophic scars', 'Exosomes inhibited scar fibroblasts in vitro. The exosome microneedle patches were further tested in vivo and reduced scar thickness. Further studies in patients are needed.', { design: 'animal' }],
    ['the RNA exosome is a protein complex, not a vesicle', 'EXOSC10, a subunit of the RNA exosome, controls keratinocyte differentiation', 'The exosome complex degrades RNA. Knockdown of the exosome subunit EXOSC10 in human keratinocytes impaired epidermal differentiation. The RNA-processing exosome maintains progenitors.', { relevant: false }],
    ['people treated with something else whose skin vesicles are then isolated are samples, not a trial of vesicles', 'Laser treatment changes exosome release from skin in melasma', 'Twelve women with melasma were treated with picosecond laser, and exosomes were isolated from skin biopsies before and after treatment.', { design: 'other' }],
    ['hydration measured in a photoaging trial is photoaging only (taxonomy v2), however often it is named', 'Exosomes improve photoaged skin: a randomized split-face trial', 'Thirty women with photoaged facial skin received exosome serum on one side. Wrinkles, elasticity, hydration and melanin index improved at 12 weeks. Hydration rose by 20%, and transepidermal water loss fell.', { indications: ['photoaging'] }],
    ['hydration named in the title is a target', 'Exosome cream for dry skin and photoaging', 'Thirty women with dry, photoaged skin applied exosome cream. Hydration rose, and wrinkles improved.', { indications: ['photoaging', 'barrier_hydration'] }],
    ['worms are animals; pig skin in a Franz cell is tissue; in vivo hoped for is not done', 'Exosomes against UV damage', 'Plant nanoparticles extended the lifespan of UV-irradiated C. elegans.', { design: 'animal' }],
    ['pig ear skin in a diffusion cell, and wound healing that exosomes may promote in vivo, are in vitro', 'Fluorescent exosomes penetrate the skin', 'Labelled exosomes applied to porcine ear skin in Franz cells reached the dermis. Exosomes increased keratinocyte migration in a scratch assay. These results suggest exosomes may promote wound healing in vivo.', { design: 'in_vitro' }],
    ['skin cells that are only the source of vesicles for another organ make no skin context', 'Exosomes from human dermal fibroblasts promote tendon repair', 'Dermal fibroblast exosomes were injected into injured Achilles tendons of rats. Skin fibroblasts and keratinocytes released them.', { relevant: false }],
    ['Alzheimer disease is not skin', 'Skin fibroblast exosomes in Alzheimer disease', 'Exosomes from skin fibroblasts of patients with Alzheimer disease altered neuronal survival.', { relevant: false }],
    ['skin cells beside a skin target still make a skin context', 'Dermal fibroblast exosomes heal skin wounds', 'Dermal fibroblast exosomes were applied to full-thickness skin wounds of mice.', { relevant: true }],
    ['sweat glands and tattoos are skin', 'Exosomes restore sweat glands and help after tattoo removal', 'Exosomes from MSCs were injected into burned paws of mice and restored sweat glands; they were applied after laser tattoo removal in 10 patients.', { relevant: true }],
    ['Malassezia, a yeast of the skin, is microbial', 'Malassezia extracellular vesicles in seborrheic dermatitis', 'Extracellular vesicles from Malassezia sympodialis activated keratinocytes.', { sources: ['microbial'] }],
    ['coffee, cocoa, oats and other crops are plants', 'Exosome-like nanovesicles from coffee and oats brighten the skin', 'Exosome-like nanovesicles were isolated from coffee beans and from oats and reduced melanin content in B16F10 cells.', { sources: ['plant'] }],
    ['a figure is no fig', 'Keratinocyte exosomes and melanocytes', 'Fig. 2 shows that keratinocyte-derived exosomes were taken up by melanocytes in culture.', { sources: ['skin_cell'] }],
    ['stem cells of a stated kind that is not mesenchymal are stem_cell_other; of no stated kind, no source', 'Exosomes from neural stem cells and from stem cells', 'Neural stem cell exosomes were applied to skin wounds of mice. Stem cell-derived exosomes were applied to aged mouse skin.', { sources: ['stem_cell_other'] }],
    ['erythema or pigment left after acne is not acne', 'Exosomes for post-acne erythema and post-acne hyperpigmentation', 'Twenty patients with post-acne erythema or post-acne hyperpigmentation received exosomes after laser.', { indications: ['pigmentation', 'inflammation_other'] }],
    ['B16 melanoma cells as a model of melanin synthesis are no skin cancer', 'Ginseng exosome-like nanoparticles inhibit melanogenesis in B16F10 melanoma cells', 'In alpha-MSH-stimulated B16F10 melanoma cells, ginseng nanoparticles decreased melanin content and tyrosinase activity.', { indications: ['pigmentation'] }],
    ['melanoma cells as a tumour are skin cancer', 'Ginseng exosome-like nanoparticles shrink melanoma and lighten pigmented lesions', 'Mice bearing B16F10 melanoma received the nanoparticles, which slowed melanoma growth; melanin content of the tumours fell.', { indications: ['pigmentation', 'skin_cancer'] }],
    ['animals counted where the model is made on them', 'Platelet exosomes in a hydrogel heal diabetic wounds', 'Full-thickness wounds were created on the dorsum of 24 streptozotocin-induced diabetic Sprague-Dawley rats and covered with a hydrogel holding platelet-rich plasma exosomes.', { design: 'animal', sampleSize: 24 }],
    ['a steroid the patients failed is not what was injected', 'Wharton\'s jelly MSC vesicles for alopecia areata: a case series', 'Five patients refractory to intralesional corticosteroids received intradermal injections of WJ-MSC EVs every 4 weeks.', { routes: ['injection'] }],
    ['inflammation that C. acnes induces is acne', 'Lactobacillus vesicles calm keratinocytes', 'HaCaT cells were stimulated with heat-killed C. acnes, and L. plantarum EVs suppressed C. acnes-induced IL-8 secretion.', { sources: ['microbial'], indications: ['acne'] }],
    ['two counted groups given different things are a controlled study', 'Exosomes after ablative laser: a retrospective analysis', 'We retrospectively analyzed 46 patients who underwent CO2 laser resurfacing; 23 received post-procedure exosome application and 23 received standard care.', { design: 'human_controlled', sampleSize: 46 }],
    ['fat graft survival, like skin flap survival, is another concern', 'Exosomes from hypoxia-preconditioned ADSCs improve fat graft survival', 'Hypoxic ADSC exosomes were mixed with human fat and grafted subcutaneously into nude mice; graft retention improved.', { indications: ['other'] }],
    ['animals counted where a procedure is done to them', 'Exosome spray for second-degree burns in pigs', 'Deep partial-thickness burns on the backs of 6 Bama minipigs were sprayed with MSC exosomes daily.', { design: 'animal', sampleSize: 6 }],
    ['vesicles isolated from patients\' tape strips are measured, not given', 'Exosomes from human keratinocytes carry filaggrin mRNA in atopic skin', 'Keratinocyte exosomes isolated from 10 atopic dermatitis patients\' tape strips contained filaggrin mRNA.', { design: 'other' }],
    ['people described in brackets who applied a product were treated', 'Exosome serum for photoaging', 'Participants (n=36; mean age 52.4 ± 6.1 years) applied the exosome serum twice daily for 12 weeks.', { design: 'human_uncontrolled', sampleSize: 36 }],
    ['the cheeks and a dermal filler are skin', 'Exosomes and hyaluronic acid filler: a case of delayed inflammatory reaction', 'A 46-year-old woman developed painful nodules 3 weeks after an exosome product mixed with hyaluronic acid filler was injected into her cheeks.', { relevant: true, design: 'human_uncontrolled', sampleSize: 1 }],
    ['a skin substitute grafted onto wounds is put on the wound bed', 'MSC exosomes in a bioprinted skin substitute heal porcine wounds', 'A bioprinted skin substitute loaded with MSC exosomes was grafted onto full-thickness wounds of Yorkshire pigs.', { design: 'animal', routes: ['wound_application'] }],
    ['an analysis of trial registries treats nobody', 'Clinical trial registration analysis of exosome therapies in dermatology', 'We searched ClinicalTrials.gov and identified 32 registered trials of exosome products for skin conditions.', { design: 'other', sampleSize: null }],
    ['hand or contact eczema is not atopic dermatitis', 'Exosomes for chronic hand eczema: a pilot study', 'Ten patients with chronic hand eczema applied an exosome cream twice daily for 8 weeks.', { indications: ['inflammation_other'] }],
    ['skin graft take, like flap survival, is another concern', 'Exosomes improve skin graft take in mice', 'Full-thickness skin grafts on mice were treated with MSC exosomes; graft survival improved.', { indications: ['other'] }],
    ['a review listing pigmentation disorders beside hair regrowth codes both', 'Mesenchymal stem cell exosomes in skin regeneration: a review', 'In this review, we summarize their roles in wound healing, skin aging, hair regrowth and pigmentation disorders.', { indications: ['photoaging', 'wound_healing', 'hair_loss', 'pigmentation'] }],
    ['a self-controlled before-and-after study has no concurrent control', 'A self-controlled study of exosome mesotherapy for skin aging', 'Twenty-five women received exosome mesotherapy and were measured before and after treatment.', { design: 'human_uncontrolled', sampleSize: 25 }],
    ['a split-face study in which each patient is her own control is controlled', 'Exosomes after laser: a split-face study', 'Twenty women received laser on both cheeks and exosomes on one side; each patient served as her own control.', { design: 'human_controlled' }],
    ['the cells vesicles rejuvenate are their target, not their source', 'Exosomes from human embryonic stem cells rejuvenate senescent skin fibroblasts', 'hESC-derived exosomes restored proliferation of senescent fibroblasts in vitro.', { sources: ['stem_cell_other'] }],
    ['urine-derived stem cells are MSC-like, not urine', 'Urine-derived stem cell exosomes promote diabetic wound healing', 'Exosomes from urine-derived stem cells were injected into wounds of diabetic mice.', { sources: ['msc_other'] }],
    ['healthy donors do not end a link to the source', 'Exosomes from healthy donors\' adipose stem cells heal wounds', 'Exosomes from healthy donors\' adipose-derived stem cells were applied to wounds of mice.', { sources: ['adipose_msc'] }],
    ['lip augmentation is cosmetic use', 'MSC exosomes for lip augmentation: a case series', 'Eight patients received exosome injections into the lips for volume.', { relevant: true, design: 'human_uncontrolled' }],
    ['a source named in brackets after the vesicles', 'EVs for hair: a mouse study', 'EVs (from DPCs) were given by subcutaneous injection to C57BL/6 mice for 3 weeks; anagen was induced.', { sources: ['skin_cell'] }],
    ['bone marrow-derived macrophages are immune cells, not bone-marrow MSCs', 'M2 macrophage vesicles ease psoriasis-like dermatitis in mice', 'Extracellular vesicles from IL-4-polarized bone marrow-derived M2 macrophages were given intraperitoneally to mice with imiquimod-induced lesions.', { sources: ['blood_immune'] }],
    ['topical imiquimod makes the model; the vesicles went in the peritoneum', 'Macrophage EVs in psoriasis-like dermatitis', 'Lesions were induced by daily topical imiquimod for 7 days, and exosomes were administered intraperitoneally every other day to mice.', { routes: ['systemic'] }],
    ['serum IgE measured beside a topical application does not cancel it', 'Commensal bacterial vesicles in atopic dermatitis', 'In mice with MC903-induced dermatitis, topical application of S. epidermidis EVs reduced ear thickness, serum IgE and mast cells.', { sources: ['microbial'], routes: ['topical'] }],
    ['a lab study that names only the use it proposes targets that use', 'Keratinocyte small extracellular vesicles enhance fibroblast migration', 'Keratinocyte sEVs increased the migration of dermal fibroblasts in culture. These findings suggest keratinocyte sEVs as candidates for promoting wound repair.', { design: 'in_vitro', indications: ['wound_healing'] }],
    ['patients\' vesicles changing what normal cells make are a lab study', 'Serum exosomes from patients with systemic sclerosis activate fibroblasts', 'Serum exosomes were obtained from 20 patients with systemic sclerosis. SSc exosomes increased collagen production by normal dermal fibroblasts.', { design: 'in_vitro' }],
    ['amniotic membrane epithelial cells are placental, not another epithelium', 'Amnion exosomes and keloid fibroblasts', 'Exosomes were isolated from human amniotic membrane epithelial cells and added to keloid fibroblasts.', { sources: ['placental'] }],
    ['a review codes the hydration its scope names, once', 'Milk extracellular vesicles in skin care: a review', 'Bovine milk EVs are abundant and scalable. We review in vitro and animal studies of milk EVs in skin hydration, wound healing and hair growth.', { design: 'review', indications: ['wound_healing', 'hair_loss', 'barrier_hydration'] }],
    ['cells of other organs are another source', 'Adipocyte-derived exosomes aggravate psoriasis in obese mice', 'Exosomes released by mature adipocytes of obese mice were injected intravenously into mice with imiquimod-induced psoriasis.', { sources: ['other'] }],
    ['dental stem cells named in full are MSCs of another tissue', 'Apical papilla stem cell exosomes heal skin wounds', 'Exosomes derived from stem cells of the apical papilla were injected around excisional wounds of mice.', { sources: ['msc_other'] }],
    ['pluripotent stem cells without "induced" are non-mesenchymal stem cells', 'Pluripotent stem cell exosomes rejuvenate fibroblasts', 'Exosomes derived from human pluripotent stem cells restored proliferation of senescent dermal fibroblasts in culture.', { sources: ['stem_cell_other'] }],
    ['vesicles in the drinking water are swallowed', 'Exosomes ease psoriasis-like dermatitis in mice', 'Exosomes were added to the drinking water of mice with psoriasis-like lesions.', { routes: ['oral'] }],
    ['vesicles injected retro-orbitally are systemic, not a local injection', 'Exosomes ease psoriasis-like dermatitis in mice', 'Exosomes were injected retro-orbitally into mice with psoriasis-like lesions.', { routes: ['systemic'] }],
    ['vesicles smeared on lesions are topical', 'Exosomes ease psoriasis-like dermatitis in mice', 'Exosomes were smeared on the psoriasis-like lesions of mice.', { routes: ['topical'] }],
    ['crow\'s feet are wrinkles', 'Exosomes for crow\'s feet: a pilot study', 'Twelve women received exosome injections into the lateral canthal area.', { indications: ['photoaging'] }],
    ['graft-versus-host disease of the skin is an inflammatory skin disease', 'Exosomes for chronic graft-versus-host disease of the skin', 'Six patients with sclerotic skin changes received intradermal MSC exosomes.', { indications: ['inflammation_other'] }],
    ['skin explants from mice are ex vivo, not a treated animal', 'Mouse skin explants take up labelled exosomes', 'Full-thickness skin explants from C57BL/6 mice were incubated ex vivo with labelled MSC exosomes.', { design: 'in_vitro' }],
    ['random numbers, allocation at random and sealed envelopes are randomization', 'Exosome serum for facial wrinkles', 'Sixty women were allocated by computer-generated random numbers to exosome serum or vehicle for 12 weeks.', { design: 'rct' }],
    ['people allocated at random', 'Exosome serum for facial wrinkles', 'In this parallel-group trial, sixty women received exosome serum or vehicle, allocated at random.', { design: 'rct' }],
    ['large oncosomes are vesicles', 'Large oncosomes from melanoma cells promote invasion', 'Melanoma large oncosomes promoted invasion of fibroblast-rich matrices.', { relevant: true, sources: ['tumor_cell'] }],
    ['cells engineered to produce vesicles are their source', 'Engineered exosomes carrying siRNA ease atopic dermatitis', 'HEK293T cells were engineered to produce exosomes displaying a skin-penetrating peptide; the exosomes were applied to the ears of sensitized mice.', { sources: ['other'] }],
    ['a comment on a randomized trial is a comment, and microneedling is skin', 'Comment on "Exosomes after microneedling for androgenetic alopecia: a randomized trial"', '', { relevant: true, design: 'other' }],
    ['a tumour grown under the skin is not an injection of vesicles', 'Exosomes loaded with doxorubicin inhibit melanoma growth', 'Exosomes were injected into the tail vein of mice bearing subcutaneous B16F10 melanoma xenografts.', { routes: ['systemic'] }],
    ['patients treated with a drug whose plasma vesicles are measured are not given vesicles', 'Plasma exosomal PD-L1 and response to nivolumab in cutaneous squamous cell carcinoma', 'In a prospective cohort of 42 patients with advanced cSCC treated with nivolumab, plasma exosomal PD-L1 was measured at baseline and week 6.', { design: 'other', sampleSize: null }],
    ['mycosis fungoides is a skin cancer', 'Exosomal miRNAs in mycosis fungoides', 'Serum exosomes from 25 patients with mycosis fungoides at different stages were sequenced.', { indications: ['skin_cancer'] }],
    ['patients given a drug whose serum vesicle levels are compared are not given vesicles', 'Exosomes in acne patients', 'Forty acne patients were treated with isotretinoin, and their serum exosome levels were compared before and after treatment.', { design: 'other', sampleSize: null }],
    ['cells from patients treated with vesicles are a lab study', 'Exosomes in vitiligo', 'Melanocytes from vitiligo patients were treated with MSC exosomes in culture.', { design: 'in_vitro' }],
    ['cells from a named tissue of counted people, treated with vesicles, are a lab study', 'Exosomes in hair loss', 'Dermal papilla cells from balding scalp of 8 men with androgenetic alopecia were treated with exosomes.', { design: 'in_vitro', sampleSize: null }],
    ['an exosome-enriched secretome of cells has those cells as its source', 'Exosome-enriched secretome of Wharton jelly MSCs for facial photoaging', 'Fifty women received intradermal injections of the secretome or hyaluronic acid.', { sources: ['umbilical_cord_msc'] }],
    ['imiquimod-induced skin inflammation is the psoriasis model', 'Exosomes in a mouse model', 'Mice with imiquimod-induced skin inflammation were treated with MSC exosomes.', { indications: ['psoriasis'] }],
    ['MC903-induced dermatitis is the atopic dermatitis model', 'Exosomes in a mouse model', 'Mice with MC903-induced dermatitis were treated with MSC exosomes.', { indications: ['atopic_dermatitis'] }],
    ['contact hypersensitivity is an inflammatory skin model', 'Exosomes in a mouse model', 'Mice with oxazolone-induced contact hypersensitivity were treated with MSC exosomes.', { relevant: true, indications: ['inflammation_other'] }],
    ['advances "highlighted" in a paper make a review', 'Exosomes in skin regeneration', 'In this paper, recent advances in exosome research in skin regeneration are highlighted.', { design: 'review' }],
    ['a chapter describing methods is a methods paper', 'Exosomes in skin regeneration', 'This chapter describes methods for isolating exosomes from adipose stem cells and applying them in wound models.', { design: 'other' }],
    ['hair transplantation is hair loss, and its graft survival no other concern', 'Exosomes after hair transplantation: a randomized controlled trial', 'Forty men undergoing follicular unit excision were randomized to topical exosomes or saline on the recipient area. Graft survival and shedding were assessed at 6 months.', { indications: ['hair_loss'] }],
    ['a melanin index read in a photoaging trial is an outcome, not a target', 'Exosome serum for photoaged skin: an 8-week clinical study', 'Thirty women with photoaged facial skin applied an exosome serum for 8 weeks. Wrinkle depth, elasticity and melanin index were measured. Wrinkles decreased by 12% and the melanin index fell by 5%.', { indications: ['photoaging'] }],
    ['hyperpigmentation after acne is pigmentation, not acne', 'Exosomes reduce hyperpigmentation after acne: a split-face trial', 'Twenty-four patients were randomized to exosome serum on one side and vehicle on the other for 8 weeks.', { indications: ['pigmentation'] }],
    ['a condition only measured and reported beside the titled target is an outcome', 'Exosome serum for rosacea: a clinical study', 'Thirty patients applied exosomes for 8 weeks. Erythema index, skin hydration and wrinkle depth were measured. Wrinkle depth and erythema decreased.', { indications: ['inflammation_other'] }],
    ['elasticity measured in a melasma trial is an outcome', 'Exosome serum for melasma: a clinical study', 'Thirty patients applied exosomes for 8 weeks. MASI and skin elasticity were measured. Elasticity improved and MASI decreased.', { indications: ['pigmentation'] }],
    ['a search of a trial registry treats nobody', 'Exosome-based therapies in clinical trials for skin disease: a registry analysis', 'ClinicalTrials.gov was searched and 28 trials were identified.', { design: 'other' }],
    ['an economic model treats nobody', 'Cost-effectiveness of exosome therapy for diabetic foot ulcers: a modelling study', 'A Markov model compared exosome therapy with standard care over 5 years.', { design: 'other' }],
    ['molecular docking is computation, not a lab study', 'Molecular docking of exosomal proteins with skin receptors', 'In silico docking and molecular dynamics simulations predicted binding of exosomal proteins to collagen receptors.', { design: 'other' }],
    ['vesicles given or an active product given is a controlled comparison', 'Exosome serum for facial wrinkles', 'Twenty patients applied an exosome serum or hyaluronic acid for 8 weeks.', { design: 'human_controlled' }],
    // The same probes rewritten as the probe command does (participants for patients, sEVs for exosomes, received for were treated with).
    ['a case series of participants', 'Granulomatous reactions after exosome microneedling', 'We report three participants who developed facial granulomas after microneedling with a commercial exosome product.', { design: 'human_uncontrolled', sampleSize: 3 }],
    ['serum vesicles of counted participants are measured, not a serum product given', 'Circulating melanoma exosomes as biomarkers', 'Circulating melanoma exosomes were precipitated from serum of 40 participants. NMSC-derived EVs carried circular RNAs.', { design: 'other' }],
    ['cells from patients that received vesicles are a lab study', 'Exosomes in vitiligo', 'Melanocytes from vitiligo patients received MSC exosomes in culture.', { design: 'in_vitro' }],
    ['cells engineered to produce small vesicles are their source', 'Engineered vesicles ease atopic dermatitis', 'HEK293T cells were engineered to produce small extracellular vesicles displaying a skin-penetrating peptide.', { sources: ['other'] }],
    ['vesicles in brackets isolated from biopsies after a laser are measured', 'Laser treatment changes vesicle release from skin in melasma', 'Twelve women with melasma were treated with picosecond laser, and small extracellular vesicles (sEVs) were isolated from skin biopsies before and after treatment.', { design: 'other', sampleSize: null }],
    ['cells named, then "their exosomes", are the source', 'Stem cell vesicles heal skin wounds in mice', 'Adipose-derived stem cells were cultured, and their exosomes were injected into wounds of mice.', { sources: ['adipose_msc'] }],
    ['"vesicles secreted by" cells are extracellular vesicles', 'Stem cell products heal skin wounds in mice', 'Vesicles secreted by adipose-derived stem cells were injected into wounds of mice.', { relevant: true, sources: ['adipose_msc'] }],
    ['a claim of melanin reduction is pigmentation', 'Plant exosomes show melanin reduction in vitro', 'Plant exosomes were added to human skin cells in culture.', { indications: ['pigmentation'] }],
    ['an anti-pruritic claim is an inflammatory skin target', 'Plant exosomes show anti-pruritic effects in vitro', 'Plant exosomes were added to human skin cells in culture.', { indications: ['inflammation_other'] }],
    ['vesicles given with a needle-free injector are injected', 'Exosomes for facial rejuvenation: a case series', 'Twelve women with facial wrinkles were treated. Exosomes were delivered with a needle-free injector.', { routes: ['injection'] }],
    ['vesicles applied after focused ultrasound had an energy device', 'Exosomes for facial rejuvenation: a case series', 'Twelve women with facial wrinkles were treated. Exosomes were applied after high-intensity focused ultrasound.', { routes: ['laser_assisted'] }],
    ['vesicles applied after a peel are topical', 'Exosomes for facial rejuvenation: a case series', 'Twelve women with facial wrinkles were treated. Exosomes were applied after chemical peeling.', { routes: ['topical'] }],
    ['activated platelets and regulatory T cells are named by what was done to them, and are still the source', 'Vesicles heal skin wounds in mice', 'Exosomes derived from activated platelets were applied to skin wounds of mice. Exosomes derived from regulatory T cells were injected.', { sources: ['platelet', 'blood_immune'] }],
    ['outer root sheath cells are skin cells, not a plant root', 'Vesicles heal skin wounds in mice', 'Exosomes derived from outer root sheath cells were applied to skin wounds of mice.', { sources: ['skin_cell'] }],
    ['a man "in his 40s" is a case', 'Exosome treatment in the clinic', 'A man in his 40s received exosome injections for hair loss.', { design: 'human_uncontrolled', sampleSize: 1 }],
    ['cases "are reported" make a case series', 'Exosome treatment in the clinic', 'Three cases of delayed hypersensitivity after exosome treatment are reported.', { design: 'human_uncontrolled', sampleSize: 3 }],
    ['the epidermal growth factor receptor is no skin context', 'Exosomal epidermal growth factor receptor in non-small cell lung cancer', 'Plasma exosomal EGFR predicted response to gefitinib.', { relevant: false }],
    ['an intestinal anastomosis is another organ\'s wound', 'Exosomes promote anastomotic wound healing after colectomy in rats', 'Exosomes accelerated healing of colonic anastomoses.', { relevant: false }],
    ['a quasi-randomized allocation is a controlled study, not a trial', 'Exosome serum for acne scars', 'Forty patients were allocated by a quasi-randomized method to exosome serum or vehicle.', { design: 'human_controlled' }],
    ['a pseudo-randomized allocation is a controlled study', 'Exosome serum for acne scars', 'Forty patients were pseudo-randomized by hospital number to exosome serum or vehicle.', { design: 'human_controlled' }],
    ['randomization not performed is no trial', 'Exosome serum for acne scars', 'Forty patients were assigned to exosome serum or vehicle; randomization was not performed.', { design: 'human_controlled' }],
    ['vesicles injected "or PBS" are still injected: the control\'s saline does not cancel them', 'hucMSC exosomes heal burns in rats', 'Rats with deep second-degree burns received subcutaneous injections of hucMSC-Exos or PBS around the wound.', { design: 'animal', routes: ['injection'] }],
    ['an inducing agent\'s cream is the model, not a topical route of the vesicles', 'MSC exosomes ease psoriasis-like dermatitis in mice', 'Mice received daily imiquimod cream on the shaved back for 6 days and were treated with subcutaneous injections of MSC exosomes.', { design: 'animal', routes: ['injection'] }],
    ['vesicles applied on one half of the scalp are topical', 'Rose stem cell exosomes for hair growth: a randomized split-scalp trial', 'Forty-two subjects with androgenetic alopecia were randomly assigned to apply rose stem cell exosomes on one half of the scalp and placebo on the other for 16 weeks.', { design: 'rct', routes: ['topical'] }],
    ['a wound use proposed after a scratch assay is the study\'s use', 'Exosomes from hypoxic keratinocytes promote fibroblast migration', 'Keratinocytes were cultured under 1% oxygen, and their exosomes were collected. Exosomes increased migration of dermal fibroblasts in scratch assays, suggesting a role in wound repair.', { design: 'in_vitro', indications: ['wound_healing'] }],
    ['a scratch assay alone is no wound', 'Exosomes from hypoxic keratinocytes promote fibroblast migration', 'Keratinocytes were cultured under 1% oxygen, and their exosomes were collected. In the scratch assay, exosome-treated fibroblasts closed the wound faster.', { design: 'in_vitro', indications: [] }],
    ['vesicles compared "with vehicle in 40 patients" were given to them, not measured in their samples', 'Exosomes for photoaging: a randomized trial', 'This open-label randomized trial compared exosomes with vehicle in 40 patients with photoaging.', { design: 'rct', sampleSize: 40 }],
    ['an exosome powder prepared from cells has those cells as its source', 'Vesicles heal diabetic wounds', 'Lyophilized exosome powder prepared from adipose-derived stem cell conditioned medium was applied to wounds of diabetic mice.', { design: 'animal', sources: ['adipose_msc'] }],
    ['photodamaged skin is photoaging', 'Exosomes in patients: an open study', 'Twenty patients with photodamaged skin applied an exosome cream twice daily for 8 weeks.', { indications: ['photoaging'] }],
    ['sagging skin is photoaging', 'Exosomes in patients: an open study', 'Twenty women with sagging skin applied an exosome cream twice daily for 8 weeks.', { indications: ['photoaging'] }],
    ['dull skin is a brightening target', 'Exosome serum for dull skin: a pilot study', 'Twenty women applied an exosome serum twice daily for 8 weeks.', { indications: ['pigmentation'] }],
    ['the xerosis of the people enrolled, named once, is their target', 'Exosomes in patients: an open study', 'Twenty patients with xerosis applied an exosome cream twice daily for 8 weeks, and lesions improved.', { indications: ['barrier_hydration'] }],
    ['the skin infection of the people enrolled, named once, is their target', 'Exosomes in patients: an open study', 'Twenty patients with cutaneous leishmaniasis applied an exosome cream twice daily for 8 weeks, and lesions improved.', { indications: ['other'] }],
    ['sebocytes are skin cells, a skin context', 'Outer membrane vesicles of Cutibacterium acnes', 'OMVs of C. acnes induced inflammation in human sebocytes.', { relevant: true }],
    ['baldness is a skin context', 'Vesicles and baldness', 'Exosomes prevent baldness in mice.', { relevant: true }],
    ['a non-randomized crossover compares within people', 'Exosomes for photoaging: a crossover study', 'In a non-randomized crossover design, 20 patients received exosome serum for 4 weeks followed by vehicle for 4 weeks.', { design: 'human_controlled' }],
    ['an erratum is no study, whatever its title reports', 'Erratum: Exosomes from adipose stem cells promote wound healing', 'In the original article, the figure legend was incorrect.', { design: 'other' }],
    ['vesicles dripped onto wounds are put on the wound bed', 'Exosomes heal wounds in diabetic mice', 'Exosomes were dripped onto full-thickness wounds of diabetic mice daily.', { routes: ['wound_application'] }],
    ['vesicles pushed in by a dermal infusion device are topical, not an infusion into a vein', 'Exosomes for photoaging: a pilot study', 'Twenty patients with photoaging had exosomes infused with a dermal infusion device after microdermabrasion.', { routes: ['topical'] }],
    ['vesicles sprayed onto the scalp are topical', 'Exosomes for hair loss: a pilot study', 'Twenty men with androgenetic alopecia sprayed an exosome solution onto the scalp daily.', { routes: ['topical'] }],
    ['randomization denied in a list after "without" is no trial', 'Exosomes for acne scars: a pilot study', 'Eight patients with acne scars were treated with exosome-assisted microneedling without a control group or randomization.', { design: 'human_uncontrolled' }],
    ['"we treated <cells> with" vesicles is lab work, beside trials named in the background', 'Exosomes for hair loss', 'Although exosomes have been tested in randomized trials of alopecia, their mechanism is unclear. We treated dermal papilla cells with exosomes and measured Wnt signalling.', { design: 'in_vitro' }],
    ['a title "A case of ..." with no abstract is one case', 'A case of granulomatous reaction after exosome injection', '', { design: 'human_uncontrolled', sampleSize: 1 }],
    ['a title "... in two patients" with no abstract is a series of two, not their samples', 'Delayed hypersensitivity to exosome injections in two patients', '', { design: 'human_uncontrolled', sampleSize: 2 }],
    ['a title calling for caution is an opinion', 'Unregulated exosome products: a call for caution', '', { design: 'other' }],
    ['vesicles that "brighten skin in human volunteers" were given to them', 'Plant exosomes brighten skin in human volunteers: an open-label study', '', { design: 'human_uncontrolled' }],
    ['"the use of exosomes in 30 patients" treats them', 'Exosomes for acne scars', 'We evaluated the use of exosomes in 30 patients with acne scars after fractional laser.', { design: 'human_uncontrolled' }],
    ['"our experience with exosomes in 45 women" treats them', 'Exosomes for hair loss', 'Our experience with exosomes in 45 women with female pattern hair loss is reported.', { design: 'human_uncontrolled' }],
    ['vesicles "in the sebum of 30 patients" are their samples', 'Exosomes for acne scars', 'Exosomes in the sebum of 30 patients with acne carried inflammatory microRNAs.', { design: 'other' }],
    ['UVB-exposed skin is photoaging\'s model, and sunburn cells a sign of its damage', 'Exosomes and UVB damage', 'Exosomes reduced sunburn cell formation in UVB-exposed mouse skin.', { indications: ['photoaging'] }],
    ['lupus named among skin diseases is an inflammatory skin target', 'Exosomes as biomarkers and therapeutics in inflammatory skin diseases', 'Inflammatory skin diseases including psoriasis, atopic dermatitis, lupus and vitiligo involve dysregulated immune responses. We review how exosomes contribute to them.', { indications: ['pigmentation', 'atopic_dermatitis', 'psoriasis', 'inflammation_other'] }],
    ['lupus of the kidney is a non-skin condition, not a skin one', 'Exosomes in lupus nephritis', 'Urinary exosomes predicted lupus nephritis flares in 40 patients.', { indications: ['other'] }],
    ['MSCs made from embryonic stem cells are MSCs, not the stem cells', 'Vesicles heal diabetic wounds', 'Extracellular vesicles derived from embryonic stem cell-derived MSCs were applied to full-thickness wounds of diabetic mice.', { sources: ['msc_other'] }],
    ['natural killer cells are immune cells', 'Vesicles heal diabetic wounds', 'Extracellular vesicles derived from natural killer cells were applied to full-thickness wounds of diabetic mice.', { sources: ['blood_immune'] }],
    ['gingival fibroblasts are another organ\'s cells, not skin cells', 'Vesicles heal diabetic wounds', 'Extracellular vesicles derived from human gingival fibroblasts were applied to full-thickness wounds of diabetic mice.', { sources: ['other'] }],
    ['"a randomized trial of exosomes in 40 patients" treats them', 'Exosome trial', 'We report the 2-year extension of a randomized trial of exosomes in 40 patients with alopecia.', { design: 'rct' }],
    ['a trial this paper plans is no trial done', 'Exosome serum for acne scars', 'This randomized trial will enrol 60 patients with acne scars. Participants will be randomized to exosome serum or vehicle.', { design: 'other' }],
    ['a larger study promised in the conclusion is none of this paper\'s', 'Exosomes for acne scars: a pilot study', 'Twenty patients were treated with exosome-assisted microneedling and improved. A larger randomized study will be conducted to confirm these results.', { design: 'human_uncontrolled' }],
    ['vesicles applied under occlusion are topical', 'Exosomes for photoaging: a pilot study', 'Twenty women had exosomes applied under occlusion overnight.', { routes: ['topical'] }],
    ['vesicles applied to the periorbital area are topical', 'Exosomes for photoaging: a pilot study', 'Twenty women had exosomes applied with a cotton swab to the periorbital area.', { routes: ['topical'] }],
    ['vesicles grafted in nanofat are injected', 'Exosomes for scars: a pilot study', 'Twenty patients received nanofat grafting enriched with exosomes into atrophic scars.', { routes: ['injection'] }],
    ['vesicles given through the caudal vein are systemic, not injected locally', 'Exosomes in mice', 'Exosomes were given by caudal vein injection to mice with skin wounds.', { routes: ['systemic'] }],
    ['vesicles given intratumorally are injected locally', 'Exosomes in mice', 'Mice with melanoma received exosomes intratumorally.', { routes: ['injection'] }],
    ['vesicles "harvested from conditioned media of" cells have those cells as source', 'Vesicles heal diabetic wounds', 'Exosomes harvested from conditioned media of BMSCs were applied to wounds of diabetic mice.', { sources: ['bone_marrow_msc'] }],
    ['a serum-free medium is no blood source', 'Vesicles heal diabetic wounds', 'Exosomes isolated from the serum-free medium of UC-MSCs were applied to wounds of diabetic mice.', { sources: ['umbilical_cord_msc'] }],
    ['a title comparing isolation methods is a methods paper, though cells are cultured for it', 'Ultracentrifugation versus size-exclusion chromatography for isolating keratinocyte exosomes', 'Exosomes from HaCaT culture medium were isolated by ultracentrifugation or SEC and compared for yield and purity.', { design: 'other' }],
    ['a method whose vesicles the title says heal wounds is judged by its treatment', 'A scalable method for isolating MSC exosomes that accelerate wound healing', 'Exosomes isolated by the new method were applied to full-thickness wounds of diabetic mice and accelerated closure.', { design: 'animal' }],
    ['neck lines are photoaging, and a skin context', 'Exosome treatment for horizontal neck lines: a pilot study', 'Twenty patients with horizontal neck lines received exosome treatment for 8 weeks.', { relevant: true, indications: ['photoaging'] }],
    ['aging hands are photoaging', 'Exosome treatment for aging hands: a pilot study', 'Twenty patients received exosome treatment for 8 weeks.', { relevant: true, indications: ['photoaging'] }],
    ['crepey and lax skin are photoaging', 'Exosomes in patients: an open study', 'Twenty patients with crepey or lax skin received exosome treatment for 8 weeks.', { indications: ['photoaging'] }],
    ['thinning hair is hair loss', 'Exosomes in patients: an open study', 'Twenty women with thinning hair received exosome treatment for 8 weeks.', { indications: ['hair_loss'] }],
    ['a systematic search of databases, studies included', 'Exosomes in skin disease', 'We conducted a systematic search of PubMed, Embase and Scopus for studies of exosomes in skin disease. Thirty-two studies were included.', { design: 'review' }],
    ['sides allocated by coin toss are randomized', 'Split-scalp study of exosomes for alopecia', 'In 24 patients, exosomes were injected into one half of the scalp and saline into the other half, allocated by coin toss.', { design: 'rct' }],
    ['cells whose inflammation vesicles amplify are no source', 'Neutrophil vesicles in psoriasis', 'Extracellular vesicles released by neutrophils amplified keratinocyte inflammation.', { sources: ['blood_immune'] }],
    ['a retrospective review of patients treated is their study, not a review', 'Exosomes for acne scars', 'A retrospective review of 102 patients treated with exosomes after laser.', { design: 'human_uncontrolled', sampleSize: 102 }],
    ['the medical records of patients reviewed', 'Exosomes for hair loss', 'A retrospective review of the medical records of 45 patients treated with exosome injections.', { design: 'human_uncontrolled', sampleSize: 45 }],
    ['wounds of patients dressed with vesicles', 'Exosomes for burns', 'Burn wounds in 12 patients (16 wounds) were dressed with exosome hydrogel.', { design: 'human_uncontrolled', sampleSize: 12 }],
    ['"from human induced pluripotent stem cell-derived MSCs": induced names the cells', 'iMSC exosomes protect skin', 'Exosomes from human induced pluripotent stem cell-derived MSCs (iMSCs) protected keratinocytes from UVB.', { sources: ['msc_other'] }],
    ['a carcinoma cell line named alone', 'Tumour vesicles and angiogenesis in skin cancer', 'A431 cell-derived exosomes promoted angiogenesis.', { sources: ['tumor_cell'] }],
    ['cells named before a comma are not the source of the vesicles after it', 'Exosomes derived from M2 macrophages attenuate psoriasis-like inflammation', 'M2-Exos were administered intravenously to mice. In HaCaT cells, M2-Exos suppressed IL-17A-induced proliferation.', { sources: ['blood_immune'] }],
    ['UV that induces pigment is a pigmentation model, not photoaging', 'Keratinocyte exosomes regulate melanin in melanocytes', 'Exosomes secreted by UVB-irradiated keratinocytes increased tyrosinase activity and melanin content in melanocytes. They play a role in UV-induced pigmentation.', { indications: ['pigmentation'] }],
    ['cohorts of patients add up', 'A phase I trial of umbilical cord MSC exosomes for chronic wounds', 'This open-label phase I trial evaluated topical exosomes in 15 patients with chronic wounds. Three cohorts of five patients received low, medium or high doses applied to the wound bed.', { design: 'human_uncontrolled', sampleSize: 15 }],
    ['vesicles applied to "deep second-degree burn wounds"', 'Keratinocyte exosomes heal burns', 'Exosomes were isolated from keratinocytes, and we applied them to deep second-degree burn wounds in rats.', { design: 'animal', routes: ['wound_application'] }],
    ['comparable areas on the same patients are a within-patient control', 'Wharton\'s jelly MSC exosomes for burn patients: a pilot study', 'Ten patients with deep partial-thickness burns received exosome spray on the burn wounds daily, while comparable burn areas on the same patients were treated with silver sulfadiazine.', { design: 'human_controlled' }],
    ['skin cells as the source of vesicles for aged muscle', 'Exosomes derived from dermal fibroblasts rescue aged muscle', 'Exosomes secreted by human dermal fibroblasts improved muscle regeneration in aged mice.', { relevant: false }],
    ['two arms each named by what it received add up', 'Exosomes after laser for melasma', 'In this non-randomized controlled study, 30 patients received exosomes after laser and 30 received laser alone.', { design: 'human_controlled', sampleSize: 60 }],
    ['those who went on to a second session are not a second arm', 'Exosomes after laser for melasma', 'In this open study, 20 patients received exosomes after laser and 15 received a second session.', { sampleSize: 20 }],
    ['patients who declined treatment served as controls', 'Exosomes for acne scars', 'Thirty patients received exosome injections; patients who declined exosome treatment served as controls (n = 15).', { design: 'human_controlled' }],
    ['actinic keratoses are the nearest to skin cancer, not nothing', 'Exosomes for actinic keratoses', 'Facial actinic keratoses were treated with exosome injections in 20 patients. The lesions cleared.', { indications: ['skin_cancer'] }],
    ['seborrheic keratoses are a skin concern outside the list', 'Exosomes for seborrheic keratoses', 'Seborrheic keratoses were treated with exosome injections in 20 patients. The lesions flattened.', { indications: ['other'] }],
    ['tear troughs are facial ageing', 'Exosomes for tear trough deformity', 'Tear trough deformities were treated with exosome injections in 20 patients. The hollows filled.', { indications: ['photoaging'] }],
    ['animals counted after other words in their brackets', 'Exosomes protect hairless mice from UVB', 'Female SKH-1 hairless mice (6 weeks old, n = 30) were irradiated with UVB and treated with exosomes.', { design: 'animal', sampleSize: 30 }],
    ['animals counted per group after other words in their brackets are no total', 'Exosomes heal wounds of diabetic mice', 'Diabetic mice (8 weeks old, n = 10 per group) were treated with exosomes or PBS.', { design: 'animal', sampleSize: null }],
    ['adolescents are people treated and counted', 'Exosomes for acne', 'Forty adolescents with acne applied exosome gel for 8 weeks.', { design: 'human_uncontrolled', sampleSize: 40 }],
    ['a count inside brackets that open with the total is a part of it', 'Exosomes for melasma: a pilot study', 'Patients with melasma (n = 20; 18 women; mean age 41 years) applied exosome serum for 8 weeks.', { sampleSize: 20 }],
    ['a review planned, not done, is a protocol', 'Exosomes in wound healing: a scoping review protocol', 'This scoping review will map the evidence on exosomes in chronic wound healing following the JBI methodology.', { design: 'other' }],
    ['a narrative review that "will discuss" is a review', 'Exosomes in skin aging', 'This review will discuss the roles of exosomes in skin aging and their therapeutic potential.', { design: 'review' }],
    ['vesicles from fish skin come from another animal tissue', 'Fish skin vesicles heal wounds', 'Extracellular vesicles isolated from tilapia skin promoted wound healing in rats.', { sources: ['other'] }],
    ['a tail-vein injection is systemic, not local', 'Melanoma exosomes prime lymph nodes for metastasis', 'B16F10 melanoma cells secrete exosomes. Tail-vein injection of these exosomes into mice increased lymph node metastasis.', { design: 'animal', routes: ['systemic'] }],
    ['the patch of a microneedle study of scars is its microneedle patch', 'Exosome-loaded microneedle patch for keloids', 'Fibroblast exosomes were incorporated into dissolving microneedles. In a keloid xenograft model in nude mice, the patch reduced keloid volume.', { design: 'animal', routes: ['microneedling'], indications: ['scar'] }],
    ['a microneedle patch on wounds is also put on the wound', 'Exosome-loaded microneedle patch heals diabetic wounds', 'Exosomes were incorporated into dissolving microneedles. In diabetic mice with full-thickness wounds, the patch accelerated wound closure.', { design: 'animal', routes: ['microneedling', 'wound_application'], indications: ['wound_healing'] }],
    ['"with or without exosomes" names two arms and denies nothing', 'Fractional laser with or without exosomes for acne scars: a randomized split-face trial', 'Twenty patients were treated on both sides of the face.', { design: 'rct', indications: ['scar'] }],
    ['"an RCT" in the title is a randomized trial', 'Exosome serum after microneedling for photoaging: an RCT', 'Twenty women had microneedling on both halves of the face, with exosomes added on one half.', { design: 'rct', sampleSize: 20 }],
    ['keratinocytes differentiated from iPSCs are skin cells, not stem cells', 'Exosomes from iPSC keratinocytes accelerate wound closure', 'Exosomes from keratinocytes derived from human iPSCs were applied to wounds in mice.', { sources: ['skin_cell'] }],
    ['MSCs differentiated from induced pluripotent stem cells are MSCs', 'Exosomes for photoaging', 'Exosomes from MSCs differentiated from induced pluripotent stem cells reduced wrinkles in mice.', { sources: ['msc_other'] }],
    ['cells of no stated kind made from iPSCs stay stem cells', 'Exosomes for photoaging', 'Exosomes from cells derived from induced pluripotent stem cells reduced wrinkles in mice.', { sources: ['stem_cell_other'] }],
    ['the erythema of the people enrolled is the target', 'Exosomes in patients with skin conditions', 'Twenty patients with facial erythema received exosome treatment and improved at 12 weeks.', { indications: ['inflammation_other'] }],
    ['erythema after a treatment is an adverse event, not a target', 'Exosomes for acne: a pilot study', 'Twenty patients with acne received exosome treatment; transient erythema occurred in three.', { indications: ['acne'] }],
    ['a review counting the randomized trials and case series it included', 'Exosome-based therapies for chronic wounds: a systematic review of clinical studies', 'We systematically searched MEDLINE, Embase and CENTRAL. Seven studies (two randomized trials, five case series; 213 patients) were included.', { design: 'review', sampleSize: null }],
    ['a review whose included trials randomized people', 'Exosomes in aesthetic medicine: a systematic review', 'The included trials randomized 520 patients to exosomes or control treatments. Exosomes improved skin texture.', { design: 'review' }],
    ['a review of the case reports it identified', 'Adverse events of exosome injections: a systematic review of case reports', 'We identified 15 case reports and 3 case series describing adverse events after exosome injections for skin rejuvenation.', { design: 'review' }],
    ['a title counting its own case reports', 'Granulomatous reactions after exosome injections: three case reports', 'We describe three women who developed nodules after exosome injections at a spa.', { design: 'human_uncontrolled', sampleSize: 3 }],
    ['a trial that names earlier randomized trials', 'Exosomes for melasma: a randomized trial', 'Forty patients were randomized to exosome serum or placebo. Two randomized trials had shown benefit before.', { design: 'rct', sampleSize: 40 }],
    ['testosterone injected to model alopecia is no route of the vesicles', 'Amniotic epithelial cell exosomes promote hair regrowth in mice', 'Androgenetic alopecia was induced in C57BL/6 mice by subcutaneous injection of testosterone. Exosomes were applied topically to the dorsal skin daily.', { design: 'animal', routes: ['topical'], indications: ['hair_loss'] }],
    ['capsules of vesicles taken are oral', 'Oral milk exosome supplements for skin hydration: a randomized trial', 'Fifty healthy women took capsules containing bovine milk exosomes or placebo daily for 12 weeks.', { design: 'rct', routes: ['oral'], sampleSize: 50 }],
    ["vesicles isolated from patients' own serum and injected back treat them", 'Autologous serum-derived exosomes for chronic urticaria: an open pilot study', 'Exosomes were isolated from the autologous serum of 15 patients with chronic spontaneous urticaria and injected intramuscularly weekly for 8 weeks.', { design: 'human_uncontrolled', routes: ['systemic'], sampleSize: 15 }],
    ["vesicles isolated from patients' serum and measured do not", 'Serum exosomes in chronic urticaria', 'Exosomes were isolated from the serum of 15 patients with chronic spontaneous urticaria and analysed by proteomics.', { design: 'other' }],
    ['applied to the ears that an abbreviated species infected', 'Milk exosomes reduce acne inflammation in mice', 'Goat milk exosomes were applied to C. acnes-infected ears of mice.', { design: 'animal', routes: ['topical'] }],
    ['freckles and lentigines are pigmentation', 'Exosome serum for freckles and solar lentigo: a pilot study', 'Twenty patients received exosome treatment. Outcomes improved at 12 weeks.', { indications: ['pigmentation'] }],
    ['photodamage is photoaging', 'Exosome serum for photodamage of the neck: a pilot study', 'Twenty patients received exosome treatment. Outcomes improved at 12 weeks.', { indications: ['photoaging'] }],
    ['pressure sores and surgical incisions are wounds', 'Exosome gel for pressure sores and surgical incisions: a pilot study', 'Twenty patients received exosome treatment. Outcomes improved at 12 weeks.', { indications: ['wound_healing'] }],
    ['lipoatrophy is another cosmetic concern', 'Exosome injections for facial lipoatrophy: a case series', 'Twenty patients received exosome treatment. Outcomes improved at 12 weeks.', { indications: ['other'] }],
    ['hemangiomas and port-wine stains are other skin concerns', 'Exosomes for infantile hemangioma and port-wine stains: a pilot study', 'Twenty patients received exosome treatment. Outcomes improved at 12 weeks.', { indications: ['other'] }],
    ['lentigo maligna stays a skin cancer', 'Exosomes for lentigo maligna: a pilot study', 'Twenty patients received exosome treatment. Outcomes improved at 12 weeks.', { indications: ['skin_cancer'] }],
    ['a cohort who chose vesicles compared with one who chose PRP is controlled', 'Exosomes for androgenetic alopecia: a prospective cohort study', 'Forty patients who chose exosome injections were compared with 40 patients who chose PRP.', { design: 'human_controlled', sampleSize: 80 }],
    ['one forearm treated and the other given vehicle is a split-body control', 'Exosomes for photoaging of the forearms', 'In 20 patients, one forearm was treated with exosomes and the other with vehicle.', { design: 'human_controlled', sampleSize: 20 }],
    ['scars of the urethra are not of the skin', 'Exosomes in hypertrophic scars of the urethra', 'Exosomes reduced fibrosis in urethral stricture scars in rabbits.', { relevant: false }],
    ['skin cells as the source of vesicles for retinopathy', 'Exosomes from skin keratinocytes in diabetic retinopathy', 'Keratinocyte-derived exosomes carried miRNAs linked to diabetic retinopathy.', { relevant: false }],
    ['retinol in a title is skin care, not the retina', 'Exosomes and retinol for photoaging: a split-face study', 'Twenty women applied exosome serum with retinol to one side of the face and retinol alone to the other.', { relevant: true }],
    ['vesicles from fish milt or roe come from another animal tissue', 'Salmon milt-derived exosome-like vesicles for wrinkles', 'Vesicles isolated from salmon milt reduced MMP-1 in UVB-irradiated fibroblasts.', { sources: ['other'] }],
    ['vesicles of cord blood stem cells are no blood sample', 'Umbilical cord blood MSC exosomes for acne: a case series', 'Five patients with acne were treated and improved.', { design: 'human_uncontrolled', sources: ['umbilical_cord_msc'] }],
    ['vesicles circulating in the blood are measured', 'Circulating platelet-derived microparticles in psoriasis', 'Microparticles were measured in the plasma of 40 patients and 40 healthy controls.', { design: 'other' }],
    ['a compound number word, kept whole by the rewriting to digits', 'Exosomes for photoaging: a randomized trial', 'One hundred and twenty volunteers were randomized to exosome or vehicle cream.', { design: 'rct', sampleSize: 120 }],
    ['a title counting its individuals', 'Exosomes after fractional CO2 laser for acne scars in 12 individuals', '', { design: 'human_uncontrolled', sampleSize: 12 }],
    ['two arms of individuals each named by what it received', 'Exosomes after laser for melasma', 'In this non-randomized, open-label, controlled study, 30 individuals received exosomes after laser and 30 received laser alone.', { design: 'human_controlled', sampleSize: 60 }],
    ['female participants and men add up', 'Exosomes for photoaging', 'Sixty-two female participants and 18 men received topical exosome serum for 8 weeks.', { sampleSize: 80 }],
    ['a retraction notice is no study', 'Retraction notice to "Umbilical cord MSC exosomes alleviate psoriasis in mice"', 'This article has been retracted at the request of the Editor-in-Chief because of duplicated images.', { design: 'other' }],
    ['a position statement opening a title is an opinion', "Position statement of the Korean Dermatological Association on exosome products", 'Exosome products are widely marketed. The association recommends against their use outside clinical trials.', { design: 'other' }],
    ['vesicle release blocked in xenografts is an animal study', 'Squamous cell carcinoma exosomes carry miR-21 to fibroblasts', 'Exosomes secreted by cSCC cell lines activated dermal fibroblasts. Exosome secretion was blocked with GW4869 in SCC13 xenografts, which slowed tumor growth.', { design: 'animal' }],
    ['a review naming xenograft studies stays a review', 'Exosomes in skin cancer: a review', 'This review summarizes in vitro and xenograft studies of tumour exosomes in melanoma.', { design: 'review' }],
    ['a patch test of a serum containing vesicles is topical', 'Skin safety of exosome-containing cosmetics: a 48-hour patch test', 'Thirty-two healthy volunteers underwent a 48-hour occlusive patch test with a serum containing human adipose stem cell exosomes.', { design: 'human_uncontrolled', routes: ['topical'], sampleSize: 32 }],
    ['vesicles microinjected into scars are injected', 'Exosomes for hypertrophic scars: a pilot study', 'Exosomes were microinjected into the scars of 20 patients.', { design: 'human_uncontrolled', routes: ['injection'], sampleSize: 20 }],
    ['the skin infection of the animals treated is the target', 'Mesenchymal stem cell exosomes in a mouse model', 'Exosomes were injected subcutaneously into mice with S. aureus skin infection, and lesions improved.', { indications: ['other'] }],
    ['an itch a compound induced is the target', 'Mesenchymal stem cell exosomes in a mouse model', 'Exosomes were injected subcutaneously into mice with compound 48/80-induced itch, and scratching decreased.', { indications: ['inflammation_other'] }],
    ['ischemic skin flaps are another skin concern', 'Mesenchymal stem cell exosomes in a mouse model', 'Exosomes were injected subcutaneously into mice with ischemic skin flaps, and necrosis decreased.', { indications: ['other'] }],
    ['a title that claims vesicles regrow hair targets hair loss', 'Plant exosomes regrow hair', 'Exosomes were tested in cells and in a clinical study of 20 volunteers.', { indications: ['hair_loss'] }],
    ['vesicles of human amniotic epithelial stem cells named by abbreviation', 'Exosomes accelerate diabetic wound healing', 'hAESC-Exos were applied to full-thickness wounds of diabetic mice.', { sources: ['placental'] }],
    ['an earlier intralesional drug is no route of the vesicles', 'Exosomes for alopecia areata: a case report', 'A woman with alopecia areata resistant to intralesional corticosteroids received microneedling with topical adipose stem cell-derived exosomes.', { routes: ['microneedling'] }],
    ['two arms named by their sizes, vesicles or an active treatment', 'Exosome and hyaluronic acid boosters for neck lines', 'Thirty-two women received intradermal exosome injections (n = 16) or hyaluronic acid injections (n = 16).', { design: 'human_controlled', sampleSize: 32 }],
    ['a letter quoting the title of a split-face trial it answers', 'Re: "Exosomes for acne scars: a randomized split-face trial"', 'We read with interest the trial by Kim et al. and question its blinding.', { design: 'other' }],
    ['tissue taken from patients undergoing surgery is a sample, not a treatment', 'Exosomes of keloid fibroblasts promote fibroblast proliferation', 'Keloid tissue was obtained from 6 patients undergoing excision. Exosomes of keloid fibroblasts enhanced the proliferation of normal fibroblasts.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['a title about another organ targets a condition of that organ (other), named or not', 'The angiogenic effects of exosomes secreted from retinal pigment epithelial cells', 'Exosomes secreted by these cells under TNF-alpha increased the tube formation of endothelial cells.', { relevant: false, indications: ['other'], sources: ['other'] }],
    ['tissue of an inner organ that releases vesicles is their source (other)', 'Exosomes protect sensory hair cells', 'Inner ear tissue released exosomes carrying HSP70 that protected hair cells in explants.', { sources: ['other'] }],
    ['survival of skin flaps is a skin concern outside the list (other)', 'Exosomes promote survival of skin flaps in rats', 'Exosomes were injected through the tail vein of rats with abdominal flaps.', { indications: ['other'] }],
    ['arthritis is a non-skin condition', 'Mesenchymal stem cell exosomes ameliorate collagen-induced arthritis in mice', 'MSC exosomes were injected intraperitoneally into DBA/1 mice; paw swelling was reduced.', { relevant: false, indications: ['other'] }],
    ['a title about obesity names a non-skin condition', 'Adipocyte-derived exosomes induce insulin resistance in obese mice', 'Exosomes from adipose tissue of obese mice were injected intravenously into lean mice.', { relevant: false, indications: ['other'] }],
    ['diabetes beside a wound in a title is the model of the wound', 'Exosomes heal skin wounds of mice with diabetes', 'Full-thickness wounds of diabetic mice were treated with exosome gel.', { indications: ['wound_healing'] }],
    ['"oral" vesicles are swallowed', 'Milk exosomes reduce necrotizing enterocolitis in a neonatal rat model', 'Oral milk exosomes reduced the severity of necrotizing enterocolitis in rat pups.', { routes: ['oral'], indications: ['other'] }],
    ['a periodontal wound is not skin', 'Exosomes in periodontal wound healing: a review', 'This review discusses mesenchymal stem cell exosomes for periodontal tissue regeneration and gingival wound healing.', { relevant: false, indications: ['other'] }],
    ['microglia are immune cells', 'Microglia-derived exosomes in skin inflammation', 'Exosomes derived from activated microglia were injected intradermally into the ears of mice.', { sources: ['blood_immune'] }],
    ['trophoblasts are placental', 'Trophoblast-derived exosomes promote wound healing', 'Exosomes from human trophoblast cells accelerated wound closure in mice.', { sources: ['placental'] }],
    ['endometrial regenerative cells of menstrual blood are MSCs of another tissue', 'Exosomes accelerate skin wound healing', 'Exosomes from menstrual blood-derived endometrial regenerative cells were applied to wounds of mice.', { sources: ['msc_other'] }],
    ['cerebrospinal fluid is another source; synovial fluid MSCs are MSCs', 'Exosomes in neurofibromatosis', 'Exosomes were isolated from cerebrospinal fluid of children with neurofibromatosis, and exosomes from synovial fluid MSCs were compared.', { sources: ['msc_other', 'other'] }],
    ['Sertoli cells are another source', 'Exosomes of Sertoli cells suppress skin allograft rejection', 'Sertoli cell-derived exosomes were administered intravenously to mice receiving skin allografts.', { sources: ['other'] }],
    ['a condition of those enrolled is a target though named once', 'Exosomes improve skin texture: an open-label study', 'Thirty-one women with rough skin texture and enlarged pores applied an exosome ampoule daily for 8 weeks.', { indications: ['photoaging', 'other'] }],
    ['lipedema is a concern outside the list', 'Exosome therapy for lipedema-associated skin changes', 'Five women with lipedema received exosome injections into the thighs.', { indications: ['other'] }],
    ['a chick embryo in its egg is a living animal', 'Chick chorioallantoic membrane assay of melanoma exosome angiogenesis', 'Melanoma exosomes were placed on the chorioallantoic membrane of fertilized chicken eggs and increased vessel density.', { design: 'animal' }],
    ['vesicles "fed to" worms are swallowed', 'Exosomes extend lifespan in Caenorhabditis elegans', 'Plant-derived exosome-like nanoparticles were fed to C. elegans, which lived longer.', { design: 'animal', routes: ['oral'] }],
    ['vesicles applied to the face "for aging" target photoaging', 'Topical application of exosomes in cosmetics: a review of clinical evidence', 'We reviewed clinical studies in which exosome products were applied topically to the face for aging, pigmentation and acne scars.', { design: 'review', indications: ['photoaging', 'scar', 'pigmentation'] }],
    ['a study of how vesicles keep in storage is characterization (other)', 'Stability of exosomes in cosmetic formulations at different storage temperatures', 'ADSC exosomes were incorporated into cream, gel and serum formulations and stored at 4, 25 and 40 degrees for 3 months. Particle number was monitored.', { design: 'other' }],
    ['a plant named by its Latin binomial is a plant', 'Morinda citrifolia-derived exosome-like nanovesicles promote skin wound healing', 'Nanovesicles were isolated from Dendrobium officinale by ultracentrifugation and applied to wounds of mice.', { sources: ['plant'] }],
    ['a bacterium, or cells, named so are not plants', 'Staphylococcus aureus extracellular vesicles induce dermatitis', 'Dermal papilla cell-derived exosomes were compared with the bacterial vesicles in keratinocytes.', { sources: ['skin_cell', 'microbial'] }],
    ['less common bacteria and medicinal mushrooms are microbial', 'Vesicles of Helicobacter pylori and Ganoderma lucidum in skin', 'EVs from Helicobacter pylori induced IL-8 in keratinocytes, and nanovesicles from edible mushrooms reduced melanin.', { sources: ['microbial'] }],
    ['sea cucumbers, jellyfish, silkworms and antlers are other animal sources', 'Extracellular vesicles derived from sea cucumber promote skin repair', 'Vesicles were isolated from sea cucumber and from deer antler and applied to wounds of mice.', { sources: ['other'] }],
    ['cicatricial (scarring) alopecia is hair loss, not a scar', 'Exosomes for cicatricial alopecia: a pilot study', 'Twelve patients with scarring alopecia received exosome injections every 4 weeks.', { indications: ['hair_loss'] }],
    ['pyoderma gangrenosum and necrobiosis lipoidica are inflammatory skin diseases', 'Exosomes for pyoderma gangrenosum: a pilot study', 'Twelve patients with pyoderma gangrenosum received exosome injections every 4 weeks.', { relevant: true, indications: ['inflammation_other'] }],
    ['skin tears are wounds', 'Exosomes for skin tears: a pilot study', 'Twelve elderly patients with skin tears received exosome dressings.', { indications: ['wound_healing'] }],
    ['animals with induced dry skin or a disrupted barrier target the barrier', 'Mesenchymal stem cell exosomes in a mouse model', 'Mice with SDS-induced dry skin, and mice with tape stripping-induced barrier disruption, were treated with exosome injections.', { indications: ['barrier_hydration'] }],
    ['bleomycin-induced skin fibrosis is the scleroderma model, not a scar', 'Mesenchymal stem cell exosomes in a mouse model', 'Mice with bleomycin-induced skin fibrosis were treated with exosome injections.', { indications: ['inflammation_other'] }],
    ['itch induced by a compound is inflammation', 'Mesenchymal stem cell exosomes in a mouse model', 'Mice with itch induced by compound 48/80 were treated with exosome injections.', { indications: ['inflammation_other'] }],
    ['alpha-MSH-stimulated melanoma cells model pigmentation; outer root sheath cells, hair', 'Effects of adipose stem cell exosomes in vitro', 'Exosomes were added to alpha-MSH-stimulated B16F10 cells and to outer root sheath cells.', { design: 'in_vitro', indications: ['hair_loss', 'pigmentation'] }],
    ['exosome "facials" are about the skin', 'Exosome facials: buyer beware', '', { relevant: true }],
    ['a gel applied to healed scars is topical', 'Adipose stem cell exosomes in a rabbit scar model', 'Exosomes were mixed with a thermosensitive gel and applied to the healed scars of rabbit ears.', { routes: ['topical'] }],
    ['vesicles compared with observation only are a controlled study', 'Exosome injections versus observation in keloid recurrence after excision: a prospective cohort', 'Forty keloids excised in 32 patients were followed; 20 keloids received postoperative exosome injections and 20 were observed only.', { design: 'human_controlled', sampleSize: 32 }],
    ['a matched-pair cohort is a controlled study', 'Exosome treatment for acne scars: a matched-pair cohort study', 'Patients with acne scars were treated with exosomes after fractional laser, and scars improved.', { design: 'human_controlled' }],
    ['vesicles in a body fluid come from it', 'Extracellular vesicles in the plasma of patients with melanoma', 'Vesicles were counted by nanoparticle tracking; exosomes in patients\' saliva and in the cerebrospinal fluid were compared.', { sources: ['blood_immune', 'other'] }],
    ['vesicles "in" anything but a body fluid are not linked to it', 'Exosomes in the treatment of melanoma: dendritic cell vaccines', 'Exosomes in wound healing and in the management of keratinocyte damage were discussed.', { sources: [] }],
    ['a tumour that gave only its lysate is no source of the vesicles', 'Exosomes from dendritic cells pulsed with B16 melanoma lysate', 'Dendritic cells were loaded with lysates of A375 melanoma cells and their exosomes were collected.', { sources: ['blood_immune'] }],
    ['UV irradiation after a pigmentation finding is its stimulus, not photoaging', 'Keratinocyte exosomes regulate melanin transfer', 'Keratinocyte exosomes increased tyrosinase activity and melanin content in melanocytes, an effect enhanced by UVB irradiation of the donor cells.', { indications: ['pigmentation'] }],
    ['wounds made to model a scar are its means, not a target', 'Adipose stem cell exosomes reduce hypertrophic scarring in a rabbit ear model', 'Full-thickness wounds were created on the ventral side of rabbit ears (n = 12 rabbits). Exosomes were injected into the wound margins on day 14. Scar elevation index was reduced.', { indications: ['scar'] }],
    ['a scar model treated "after wound closure" is still the wound as its means', 'Amniotic epithelial cell exosomes attenuate hypertrophic scar formation in a rabbit ear model', 'Full-thickness wounds were made on rabbit ears. After wound closure, exosomes or saline were injected intralesionally weekly. The scar elevation index was lower.', { indications: ['scar'] }],
    ['a scar model that also reports healing keeps the wound', 'Adipose stem cell exosomes reduce hypertrophic scarring in a rabbit ear model', 'Full-thickness wounds were created on rabbit ears. Exosomes accelerated wound healing and reduced the scar elevation index.', { indications: ['wound_healing', 'scar'] }],
    ['an intradermal challenge with bacteria is the model, not the route of the vesicles', 'Outer membrane vesicle vaccine protects against skin infection', 'Outer membrane vesicles were used to immunize mice intramuscularly. Immunized mice had smaller skin abscesses after intradermal challenge with MRSA, and mice infected intradermally with S. aureus recovered.', { routes: ['systemic'] }],
    ['two arms given with their sizes, the comparator first, are a controlled study', 'Retrospective analysis of polynucleotide and exosome treatments for dark circles', 'Medical records of 45 patients treated with either intradermal polynucleotide injections (n = 23) or exosome-assisted microneedling (n = 22) were reviewed.', { design: 'human_controlled', sampleSize: 45 }],
    ['an emollient containing vesicles is topical', 'Colostrum exosomes for atopic dermatitis: a randomized trial', 'Sixty children were randomized to an emollient containing colostrum exosomes or the same emollient without them.', { routes: ['topical'] }],
    ['a critical appraisal of the evidence is a review', 'Exosomes for hair loss: hope or hype? A critical appraisal', 'Exosome treatments for androgenetic alopecia are offered in many clinics, yet published evidence consists of few small uncontrolled studies. We appraise the evidence and discuss safety concerns.', { design: 'review' }],
    ['vesicles purified or characterized in the passive voice are the authors\' own work, not a review', 'Ginseng exosome-like nanovesicles', 'Nanovesicles were purified on a sucrose density gradient; scanning electron microscopy showed spherical particles of about 150 nm.', { design: 'other' }],
    ['vesicles named only as what may explain an effect were not studied', 'Adipose-derived stem cell conditioned medium improves photoaged skin in hairless mice', 'Conditioned medium from ADSCs was injected intradermally into UVB-irradiated mice. Wrinkles decreased. The paracrine effects may be mediated by growth factors and exosomes contained in the medium.', { relevant: false, sources: [], routes: [] }],
    ['vesicles that may explain an effect, named before it, were not studied', 'Platelet-rich plasma for androgenetic alopecia: a randomized split-scalp trial', 'Thirty men received PRP injections on one half of the scalp. Platelet-derived growth factors and extracellular vesicles released on activation may explain these effects.', { relevant: false }],
    ['cells that act through secreted factors including vesicles are no vesicle study', 'Umbilical cord stem cell infusion for psoriasis: a pilot study', 'Seven patients with psoriasis received umbilical cord MSC infusions. MSCs act through secreted factors including exosomes.', { relevant: false }],
    ['vesicles in the title count, whatever the title supposes', 'Exosomes may mediate the rejuvenating effect of adipose stem cells on skin', 'Stem cells were cultured.', { relevant: true }],
    ['a supposed mechanism beside vesicles that were studied leaves the record relevant', 'Stem cell secretome for skin wounds', 'The effects may be mediated by exosomes. Exosomes were isolated by ultracentrifugation and applied to wounds of mice.', { relevant: true }],
    ['a repeat insult patch test of a vesicle product treats people and is about the skin', 'Safety of an exosome cream: a human repeat insult patch test', 'A repeat insult patch test was performed in 52 healthy volunteers with an exosome-containing cream. No irritation or sensitization occurred.', { relevant: true, design: 'human_uncontrolled', sampleSize: 52 }],
    ['HaCaT and other named keratinocyte or fibroblast lines are skin', 'Exosomes from adipose stem cells inhibit the apoptosis of HaCaT cells', 'ADSC-Exo reduced the apoptosis and oxidative stress of HaCaT cells induced by H2O2.', { relevant: true }],
    ['an open study in which subjects with a condition used a product treats people', 'Whitening efficacy of a serum with rice-derived exosomes', 'In an 8-week open study, 25 Asian female subjects with facial hyperpigmentation used a serum containing rice exosomes. Melanin index decreased.', { design: 'human_uncontrolled', sampleSize: 25, routes: ['topical'] }],
    ['a scalp tonic is topical', 'Exosomes for hair thinning: a clinical trial', 'Forty-four adults with mild hair thinning used a scalp tonic with plant stem cell exosomes daily.', { routes: ['topical'] }],
    ['hair follicle stem cells named as a source are no target of hair growth', 'Hair follicle stem cell-derived exosomes accelerate wound re-epithelialization', 'Exosomes were isolated from cultured mouse hair follicle stem cells and applied to excisional wounds of mice.', { sources: ['stem_cell_other'], indications: ['wound_healing'] }],
    ['skin that only yields vesicles for a study of a brain disease is no skin context', 'Skin-derived exosomal alpha-synuclein as a biomarker of Parkinson\'s disease', 'Exosomes were isolated from skin biopsies of 25 patients with Parkinson\'s disease and 20 controls.', { relevant: false }],
    ['skin fibroblasts of patients with ALS are a source, not a skin context', 'Exosomes from skin fibroblasts of patients with amyotrophic lateral sclerosis carry misfolded SOD1', 'Dermal fibroblasts were obtained from skin biopsies of 10 patients; their exosomes transmitted SOD1 aggregation to motor neurons.', { relevant: false }],
    ['an ex vivo wound model of animal skin treats no animal', 'Exosomes in an ex vivo porcine skin wound model', 'Wounds created in porcine skin explants cultured ex vivo healed faster when treated with exosomes.', { design: 'in_vitro' }],
    ['skin-derived precursors are non-mesenchymal stem cells; fibroblast-like synoviocytes are no skin cells', 'Exosomes from skin-derived precursors and from fibroblast-like synoviocytes', 'Exosomes from skin-derived precursors (SKPs) and EVs from fibroblast-like synoviocytes were injected into mice with wounds.', { sources: ['stem_cell_other', 'other'] }],
    ['pressure injuries and hand-foot syndrome are skin conditions', 'Exosomes for pressure injuries and hand-foot syndrome', 'Twelve patients with stage 3 pressure injuries received exosome hydrogel dressings.', { relevant: true, indications: ['wound_healing', 'inflammation_other'] }],
    ['steroid-dependent dermatitis is an inflammatory skin disease', 'Exosome compresses for hormone-dependent dermatitis', '90 patients with facial hormone-dependent dermatitis were treated with exosome wet compresses.', { indications: ['inflammation_other'] }],
    ['a randomized title about cells in vitro is no trial', 'A randomized study of exosome doses on keratinocyte migration in vitro', 'HaCaT cells were randomly assigned to three exosome concentrations.', { design: 'in_vitro' }],
    ['vesicles infused in a hydradermabrasion facial are topical', 'Exosome hydrafacial for dull skin', 'Twenty subjects received an exosome-infused hydradermabrasion facial monthly.', { routes: ['topical'] }],
    ['a tumour the vesicles kill is their target, not their source', 'Exosomes from NK cells kill melanoma cells', 'NK cell-derived exosomes induced apoptosis in melanoma cells and suppressed tumor growth in mice after intravenous injection.', { sources: ['blood_immune'] }],
    ['cells given vesicles of another source before or during a challenge are not their source', 'Lactobacillus vesicles protect keratinocytes', 'Lactobacillus EVs were added to HaCaT keratinocytes before S. aureus EV stimulation; fibroblasts during exosome exposure proliferated.', { sources: ['microbial'] }],
    ['vesicles applied to the skin of irradiated mice, named in four words, are topical', 'Placental MSC exosomes protect against UV damage', 'Human placenta-derived MSC exosomes were applied to UVB-irradiated nude mice dorsal skin daily for 8 weeks.', { routes: ['topical'] }],
    ['sources only earlier studies used, beside the study\'s own, are left out', 'Exosomes from hypoxia-preconditioned gingival MSCs promote wound healing', 'Previous studies reported that exosomes from adipose-derived stem cells and bone marrow MSCs promote wound healing. Here, gingival MSCs were preconditioned under hypoxia, and their exosomes were applied to wounds of diabetic rats.', { sources: ['msc_other'] }],
    ['a source named only as what the authors reported before is the study\'s own', 'Exosomes accelerate healing of diabetic wounds', 'We previously reported that exosomes from adipose-derived stem cells promote angiogenesis. Here, we examined whether these exosomes accelerate diabetic wound healing in mice after local injection.', { sources: ['adipose_msc'] }],
    ['routes that vesicles have been explored by, in a background, are not the study\'s', 'Milk-derived exosomes as an oral therapy for atopic dermatitis', 'Exosomes from stem cells and plants have been explored for inflammatory skin diseases, usually by injection or topical application. Bovine milk exosomes were given by oral gavage to mice with dermatitis.', { routes: ['oral'] }],
    ['vesicles applied in a gel to wounds are put on the wound bed', 'Gingival MSC exosomes heal wounds', 'Exosomes were applied in a fibrin gel to full-thickness wounds of diabetic rats.', { routes: ['wound_application'] }],
    ['a laser the condition relapses after or resists is no route of the study', 'Exosome serum for melasma: an open-label study', 'Melasma often relapses after laser or hydroquinone. Twenty-two women with melasma applied an exosome serum twice daily for 8 weeks.', { routes: ['topical'] }],
    ['case series listed among the study types a review covers are no case series', 'Exosomes for skin rejuvenation: from bench to bedside', 'In this review, we summarize preclinical and clinical studies, including randomized trials and case series, and discuss regulatory issues.', { design: 'review' }],
    ['limb ischaemia is another organ\'s disease: keratinocytes there only yield the vesicles', 'Exosomes from human keratinocytes promote angiogenesis in a mouse model of hindlimb ischemia', 'Keratinocyte-derived exosomes were injected into the ischemic gastrocnemius muscle of mice; blood flow recovery and capillary density increased.', { relevant: false }],
    ['parasites are another source; lymphoma cells are tumour cells, not T cells; a viral skin infection is another indication', 'Exosomes from Leishmania, lymphoma cells and varicella-infected keratinocytes', 'Exosomes released by L. major promastigotes and exosomes from cutaneous T-cell lymphoma (CTCL) cell lines were studied beside exosomes from varicella-zoster virus-infected keratinocytes.', { sources: ['skin_cell', 'tumor_cell', 'other'], indications: ['other'] }],
    ['synthetic lipid vesicles (ethosomes, lipid nanovesicles, nanovesicles made of phospholipids) are no extracellular vesicles', 'Lipid nanovesicles loaded with curcumin for acne', 'Ethosomes, lipid vesicles containing ethanol, and curcumin-loaded nanovesicles prepared from phospholipids reduced acne lesions in 30 patients.', { relevant: false }],
    ['exosome-mimetic liposomes are synthetic mimetics', 'Exosome-mimetic liposomes for wound healing', 'Liposomes functionalized with exosomal membrane proteins accelerated wound closure in diabetic mice.', { relevant: true, sources: ['other'] }],
    ['a title that claims to restore the barrier targets it', 'Exosomes restore barrier proteins in human skin explants', 'Human skin explants were cultured and treated with exosomes for 6 days.', { indications: ['barrier_hydration'] }],
    ['vesicles nebulized onto wounds are put on the wound bed', 'Nebulized exosomes for burn wounds', 'Exosomes were nebulized onto burn wounds of rats daily.', { routes: ['wound_application'] }],
    ['sources only studies still needed may compare, beside the study\'s own, are left out', 'Bone marrow MSC exosomes reduce scars in rabbits', 'BMSC exosomes were injected into rabbit ear scars, reducing the scar elevation index. Studies comparing exosomes from adipose stem cells and umbilical cord MSCs are needed.', { sources: ['bone_marrow_msc'] }],
    ['pores named in a title beside the skin\'s texture are another concern; a hydrogel\'s pore size is not', 'Exosomes improve skin quality after microneedling: skin texture, pores and radiance', 'Twenty-five adults received three sessions of microneedling with exosomes; wrinkles and texture improved.', { indications: ['photoaging', 'other'] }],
    ['a hydrogel\'s pore size in a title is the material\'s', 'Pore size of exosome-loaded hydrogels governs release in diabetic wounds', 'Hydrogels loaded with exosomes were applied to wounds of diabetic mice.', { indications: ['wound_healing'] }],
    ['three sources listed in a review\'s sentence are examples of vesicles in general, unless the sentence says what the review covers', 'Research progress of exosomes in skin photoaging', 'Exosomes derived from mesenchymal stem cells, keratinocytes and plants have shown anti-photoaging effects. The mechanisms and applications are reviewed.', { design: 'review', sources: [] }],
    ['three sources named where a review says what it covers are its sources', 'Research progress of exosomes in skin photoaging', 'This review focuses on exosomes derived from mesenchymal stem cells, keratinocytes and plants in skin photoaging.', { design: 'review', sources: ['msc_other', 'skin_cell', 'plant'] }],
    ['a paper titled as perspectives, which discusses, is an opinion', 'Safety assessment of exosome-containing cosmetics: regulatory perspectives', 'Cosmetic products containing exosomes are increasingly marketed. We discuss their regulatory status and the safety data required.', { design: 'other' }],
    ['a review lists the routes its scope sentence names, and no routes named only in passing', 'Overcoming the skin barrier: strategies for exosome delivery', 'Exosomes can be given by injection. This review focuses on delivery of exosomes with microneedles for skin diseases.', { design: 'review', routes: ['microneedling'] }],
    ['a review\'s microneedle patches in a wound study are microneedles, not a wound dressing', 'Microneedle patches for exosome delivery in wound healing: a review', 'We summarize microneedle designs that deliver exosomes to chronic wounds.', { design: 'review', routes: ['microneedling'] }],
    ['people allocated, then counted in a closing bracket, were enrolled', 'Exosome therapy for burn scars allocated by hospital number', 'Patients with burn scars were allocated to exosome or silicone gel by odd or even hospital number (n = 36).', { design: 'human_controlled', sampleSize: 36 }],
    ['an ear oedema or skin inflammation induced by TPA or croton oil is an inflammatory skin model', 'Exosomes suppress chemically induced inflammation in mice', 'Ear edema was induced by topical TPA, and exosomes were applied 30 min later; croton oil-induced skin inflammation was reduced too.', { indications: ['inflammation_other'] }],
    ['burned skin is a burn wound', 'Exosomes promote sweat gland regeneration in burned skin', 'MSC exosomes induced sweat gland-like cells and, injected into the paws of mice, restored sweating.', { indications: ['wound_healing'] }],
    ['the lung disease of systemic sclerosis is no skin context', 'MSC exosomes attenuate systemic sclerosis-associated interstitial lung disease', 'Bleomycin was instilled intratracheally in mice; MSC exosomes given intravenously reduced lung fibrosis.', { relevant: false }],
    ['eyelash growth and eyebrow hypotrichosis are hair loss', 'Exosome serum for eyelash growth and eyebrow hypotrichosis', 'Twenty women applied an exosome serum to the eyelid margins and brows for 12 weeks.', { indications: ['hair_loss'] }],
    ['a review of wounds codes wounds, not the skin diseases its background gives as examples', 'Exosome-based therapies for chronic wounds: a review', 'Skin diseases such as psoriasis, atopic dermatitis and vitiligo affect millions of people worldwide. This review focuses on exosomes in the healing of chronic wounds, including diabetic foot ulcers and pressure ulcers.', { design: 'review', indications: ['wound_healing'] }],
    ['a plant the animals were fed is no source of their plasma vesicles', 'Ginseng-fed mice release skin-protective exosomes', 'Mice were fed ginseng extract for 8 weeks; plasma exosomes were isolated and added to UVB-irradiated fibroblasts.', { sources: ['blood_immune'] }],
    ['an exosome serum derived from cells has those cells as its source', 'Exosome serum after microneedling for acne scars', 'Fifteen patients received microneedling, each session followed by application of an exosome serum derived from adipose stem cells.', { design: 'human_uncontrolled', sources: ['adipose_msc'] }],
    ['what reviewed studies improved beside the titled condition is its outcome', 'Exosome-based therapies for skin rejuvenation: a systematic review', 'Twelve clinical studies were included. Exosomes improved wrinkles, elasticity and pigmentation when combined with microneedling or fractional lasers.', { design: 'review', indications: ['photoaging'] }],
    ['a condition a reviewed model sets up stays a target', 'Exosomes in skin rejuvenation and beyond: a review', 'Exosomes reduced melanin in UVB-induced hyperpigmentation models and improved wrinkles.', { design: 'review', indications: ['photoaging', 'pigmentation'] }],
    ['the injection of a free drug is the comparator, not a route of the vesicles', 'Microneedle patches of siRNA-loaded vesicles for melanoma', 'Patches of EVs loaded with BRAF siRNA, applied over B16F10 tumors in mice, suppressed tumor growth more than intratumoral injection of free siRNA.', { design: 'animal', routes: ['microneedling'] }],
    ['vesicles named beside the free drug keep their injection', 'Vesicles for melanoma', 'B16F10 tumor-bearing mice received intratumoral injection of exosomes or free siRNA.', { design: 'animal', routes: ['injection'] }],
    ['two cohorts compared, the first named by its condition, are a controlled study of both', 'Exosome-assisted healing of venous leg ulcers: a retrospective cohort study', 'We compared 34 patients with venous leg ulcers treated with topical exosomes plus compression and 41 patients treated with compression alone.', { design: 'human_controlled', sampleSize: 75 }],
    ['scar scores compared in a burn trial are an outcome', 'Exosome gel on deep second-degree burn wounds', 'Eighty patients with burns were divided into two groups. Wound healing time, scar scores and adverse reactions were compared. The Vancouver Scar Scale score 3 months after healing was lower.', { indications: ['wound_healing'] }],
    ['mice of two ages that only give serum vesicles are donors, not treated', 'Serum exosomes from young mice reverse senescence of aged dermal fibroblasts', 'Serum exosomes were collected from 2-month-old and 24-month-old C57BL/6 mice. Young serum exosomes reduced senescence markers in dermal fibroblasts from aged donors.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['vesicles "for" a condition "in elderly patients" are a use, not vesicles of patients\' samples', 'Umbilical cord MSC exosomes for chronic pruritus in elderly patients: an open-label study', 'Sixteen elderly patients with chronic pruritus of unknown origin applied UC-MSC exosome lotion twice daily for 4 weeks.', { design: 'human_uncontrolled', sampleSize: 16 }],
    ['injections of PBS or of vesicles inject the vesicles', 'ADSC exosomes in a murine model of hypertrophic scarring', 'Mice were divided into 4 groups (n = 5 per group) and received intralesional injections of PBS or three doses of ADSC exosomes.', { design: 'animal', routes: ['injection'] }],
    ['the cancer of patients whose skin its treatment harms is not a target', 'Topical exosomes for radiation dermatitis in breast cancer patients: a pilot study', 'Twenty women receiving adjuvant breast radiotherapy applied exosome cream to the irradiated skin daily.', { indications: ['inflammation_other'] }],
    ['a title counting the patients of the authors\' experience, and injections into the scalp, are a human study', 'Our experience with exosomes in 30 patients with hair loss', 'Exosomes were injected into the scalp every 4 weeks for 3 sessions. Hair density increased in 24 patients.', { design: 'human_uncontrolled', sampleSize: 30, routes: ['injection'] }],
    ['men who "had exosome serum massaged into the face" were treated', 'Exosomes for facial rejuvenation in men', 'Fourteen men aged 35-60 had exosome serum massaged into the face after each of four microneedling sessions. At week 16, wrinkles had improved in all participants.', { design: 'human_uncontrolled', sampleSize: 14 }],
    ['a model made by subcutaneous testosterone is no injection of the vesicles', 'Topical MSC exosomes promote hair regrowth in an androgenetic alopecia model', 'An androgenetic alopecia model was established in mice by subcutaneous testosterone. Topical MSC exosomes applied daily restored anagen follicles.', { design: 'animal', routes: ['topical'] }],
    ['skin fibrosis in a title is scleroderma where the abstract induces it with bleomycin', 'Exosomes derived from menstrual blood stem cells attenuate skin fibrosis', 'Menstrual blood-derived stem cell exosomes reduced collagen deposition in bleomycin-induced skin fibrosis in mice.', { indications: ['inflammation_other'] }],
    ['skin fibrosis of a scar stays a scar', 'Exosomes attenuate skin fibrosis of hypertrophic scars', 'Exosomes reduced collagen deposition and myofibroblasts in hypertrophic scars of rabbit ears.', { indications: ['scar'] }],
    ['vesicles that promoted fibroblast proliferation were tested in vitro, though the title characterizes them', 'Nano-flow cytometry characterization of umbilical cord MSC sEVs for wound repair', 'sEVs were enriched by tangential flow filtration and analysed by nano-flow cytometry. The sEVs promoted fibroblast proliferation.', { design: 'in_vitro' }],
    ['vesicles prepared, then injected into the scalps of 12 women, treated people', 'Exosomes prepared in-house from adipose stem cells for hair loss', 'Exosomes were prepared in our laboratory from adipose stem cells by ultracentrifugation and injected into the scalps of 12 women with female pattern hair loss.', { design: 'human_uncontrolled', sampleSize: 12 }],
    ['a review of published case reports is a review, not a case report', 'Adverse events associated with exosome products in aesthetic medicine: a review of case reports', 'We reviewed published case reports of adverse events after exosome treatments. Twelve reports describing 19 patients were found.', { design: 'review', sampleSize: null }],
    ['hydrogel microneedles listed among microneedle kinds are no wound dressing', 'Microneedle-mediated delivery of exosomes for skin diseases: a review', 'This review summarizes dissolving, hydrogel and hollow microneedle systems for exosome delivery and their applications in wound healing and scars.', { design: 'review', routes: ['microneedling'] }],
    ['vesicles named only as what an effect came "possibly through" were not studied', 'Adipose-derived stem cell transplantation improves diabetic wound healing in rats', 'ADSCs were injected around full-thickness wounds of 30 diabetic rats. Wound closure was faster, possibly through the paracrine release of growth factors and exosomes.', { relevant: false, routes: [] }],
    ['neuralgia is a condition of the nerves, not the skin', 'Exosomes relieve post-herpetic neuralgia in rats', 'Intrathecal MSC exosomes reduced mechanical allodynia in a rat model of post-herpetic neuralgia.', { relevant: false, indications: ['other'] }],
    ['an inducer given intraperitoneally makes the model, not a systemic route of the vesicles', 'Lactobacillus plantarum vesicles restore chemotherapy-induced hair loss in mice', 'We induced alopecia in C57BL/6 mice by intraperitoneal cyclophosphamide after depilation and applied the EVs topically to the dorsal skin.', { design: 'animal', routes: ['topical'] }],
    ['patients divided into a study and a control group were enrolled in a controlled study', 'Exosome gel combined with negative pressure wound therapy for diabetic foot ulcers', 'Ninety-six patients with diabetic foot ulcers were divided into a study group and a control group according to the order of admission, 48 cases each.', { design: 'human_controlled', sampleSize: 96 }],
    ['halves of one lesion treated two ways are a controlled study', 'Exosome injection for keloids: a self-controlled study', 'Fifteen keloids in 12 patients were divided into two halves; one half was injected with exosomes and the other half with triamcinolone acetonide every 4 weeks for 3 sessions.', { design: 'human_controlled', sampleSize: 12 }],
    ['people divided into group A and group B are a controlled study', 'Microneedling with or without exosomes for androgenetic alopecia', 'Forty men were divided into group A (exosomes + microneedling, n = 20) and group B (microneedling, n = 20).', { design: 'human_controlled', sampleSize: 40 }],
    ['a burn that qualifies a scar is no wound', 'Exosomes for post-burn hypertrophic scars: a randomized controlled study', 'Sixty patients were randomly assigned to pressure garment therapy combined with exosome injection or pressure garment therapy alone.', { indications: ['scar'] }],
    ['imiquimod applied to the back makes the model, not a topical route', 'Dose-dependent effects of ADSC exosomes on psoriasis-like dermatitis', 'Imiquimod cream was applied daily to the shaved back of mice, and exosomes were injected subcutaneously every other day.', { design: 'animal', routes: ['injection'] }],
    ['animals given injections are counted', 'Intradermal exosomes around burn wounds in pigs', 'Exosomes were administered via intradermal injection at four sites around each burn wound in three Bama minipigs.', { design: 'animal', sampleSize: 3 }],
    ['vesicles of cells "from aged donors" are lab work on donors\' cells, not samples of people', 'Fibroblast exosomes from aged donors promote keratinocyte senescence', 'Exosomes from fibroblasts of elderly donors (over 70 years) induced senescence markers in young keratinocytes, while exosomes from young donor fibroblasts did not.', { design: 'in_vitro' }],
    ['"and other inflammatory dermatoses" beside psoriasis names more than psoriasis', 'Extracellular vesicles of immune cells in inflammatory skin diseases', 'We review how EVs released by mast cells, neutrophils, T cells and dendritic cells drive psoriasis, atopic dermatitis and other inflammatory dermatoses.', { design: 'review', indications: ['atopic_dermatitis', 'psoriasis', 'inflammation_other'] }],
    ['a donor site divided into two areas treated two ways is a controlled study', 'Clinical study of exosome-loaded dressing in skin graft donor sites', 'Sixty patients requiring split-thickness skin grafting were enrolled. The donor site of each patient was divided into two areas: area A was covered with exosome-loaded dressing and area B with vaseline gauze.', { design: 'human_controlled', sampleSize: 60 }],
    ['a review of transdermal delivery for several conditions, wounds among them, keeps its topical route', 'Engineered exosomes for transdermal drug delivery', 'This review covers exosome engineering for transdermal delivery of drugs in psoriasis, melanoma and wound healing.', { design: 'review', routes: ['topical'] }],
    ['two siblings described and treated are a case series of 2', 'Exosome therapy in two siblings with epidermolysis bullosa', 'We describe two siblings with junctional epidermolysis bullosa whose chronic wounds were treated with topical MSC exosomes for 6 months.', { design: 'human_uncontrolled', sampleSize: 2 }],
    ['"a comparative review" is a review; a retrospective review of patients is not', 'Exosomes from adipose, bone marrow and umbilical cord mesenchymal stem cells in skin repair: a comparative review', 'We compare the composition and regenerative effects of exosomes from the three most used MSC sources in wound healing and skin aging.', { design: 'review' }],
    ['vesicles that "may also contribute to" an effect were not studied', 'Platelet-rich plasma for hair loss: mechanisms', 'PRP releases growth factors from alpha granules. Platelet-derived microvesicles may also contribute to its effects.', { relevant: false }],
    ['vesicles added to naive CD4+ T cells were tested in vitro', 'Exosomes from psoriatic skin lesions induce Th17 differentiation', 'Exosomes were isolated from lesional skin biopsies of 12 psoriasis patients and added to naive CD4+ T cells, which differentiated into Th17 cells.', { design: 'in_vitro' }],
    ['vesicles released by CD14+ monocytes have those cells as their source', 'Vesicles aggravate psoriasis', 'Exosomes released by CD14+ monocytes of psoriasis patients activated keratinocytes in culture.', { sources: ['blood_immune'] }],
    ['groups made "by the envelope method" are randomized', 'Exosomes combined with microneedle for alopecia areata', 'Seventy patients with alopecia areata were divided into two groups by the envelope method, 35 cases in each group. The control group was given microneedle treatment, and the study group was given exosomes combined with microneedle treatment.', { design: 'rct', sampleSize: 70 }],
    ['vesicles applied "to the right side only" after laser on the whole face are a controlled study', 'Fractional picosecond laser for acne scars', 'Eighteen patients underwent fractional picosecond laser on the whole face in three sessions; exosomes were applied to the right side only.', { design: 'human_controlled', sampleSize: 18 }],
    ['vesicles isolated from patients "before and after" a drug are samples, not a before-and-after study of vesicles', 'Exosomal PD-L1 in the plasma of patients with metastatic melanoma predicts response to anti-PD-1 therapy', 'Plasma exosomes were isolated from 78 patients with stage IV melanoma before and after pembrolizumab. An increase of exosomal PD-L1 after treatment distinguished responders from non-responders.', { design: 'other', sampleSize: null }],
    ['two wound areas of each patient, one sprayed with vesicles and the other given a cream, are a controlled study', 'Exosome spray on second-degree burn wounds', 'Twenty-four patients with deep second-degree burns had two comparable wound areas selected; one was sprayed with exosomes daily and the other received silver sulfadiazine cream.', { design: 'human_controlled', sampleSize: 24 }],
    ['keratinocytes "differentiated from human iPSCs, and their exosomes" are the source, not the iPSCs', 'Keratinocyte exosomes accelerate re-epithelialization', 'Keratinocytes were differentiated from human iPSCs, and their exosomes were isolated by size-exclusion chromatography.', { sources: ['skin_cell'] }],
    ['an abbreviation in brackets between the vesicles and their link: "apoptotic vesicles (apoVs) were generated from"', 'Apoptotic vesicles promote wound healing', 'Apoptotic vesicles (apoVs) were generated from staurosporine-treated human bone marrow MSCs.', { sources: ['bone_marrow_msc'] }],
    ['"exosome-like nanovesicles (PDENs) from grapes" are plant vesicles', 'Nanovesicles in skin care', 'Exosome-like nanovesicles (PDENs) from grapes reduced melanin in melanocytes.', { sources: ['plant'] }],
    ['a study group and "a reference group", made by odd and even numbers, are a controlled study', 'Effect of exosome gel on diabetic foot ulcer', 'Eighty patients were divided into a study group and a reference group by the odd-even number method (40 cases each). The reference group received conventional debridement and dressing change, and the study group was additionally treated with exosome gel.', { design: 'human_controlled', sampleSize: 80 }],
    ['what the control group took orally is no route of the vesicles', 'Adipose stem cell exosomes in chloasma', '60 patients with chloasma were randomly divided into a treatment group and a control group, 30 cases each. The control group took tranexamic acid tablets orally, and the treatment group was given ADSC exosome introduction by electroporation in addition.', { design: 'rct', routes: ['topical'] }],
    ['a control arm given vesicles alone keeps their route', 'Exosome injections with or without laser for acne scars', 'Forty patients were randomized. The control group received intradermal exosome injections alone, and the combination group received laser plus exosomes.', { routes: ['laser_assisted', 'injection'] }],
    ['"hypertrophic scar after burn" is a scar, not a wound', 'Exosomes combined with ultra-pulse CO2 laser in the treatment of hypertrophic scar after burn', 'A total of 96 patients with hypertrophic scar after burn were divided into two groups.', { indications: ['scar'] }],
    ['a retrospective study whose patients "were divided into the control group (n=52, ...) and the combined group" is controlled', 'Fractional radiofrequency microneedle combined with exosomes on acne scars', 'A retrospective analysis was performed on 110 patients with atrophic acne scars. According to different treatment methods, they were divided into the control group (n=52, fractional radiofrequency microneedle) and the combined group (n=58, fractional radiofrequency microneedle combined with exosomes).', { design: 'human_controlled', sampleSize: 110 }],
    ['vesicles "or PBS by local injection" are injected too', 'Exosomes inhibit hypertrophic scar formation in a rabbit ear model', 'Rabbit ear wounds were created and treated with exosomes overexpressing miR-29a, control exosomes or PBS by local injection.', { design: 'animal', routes: ['injection'] }],
    ['vesicles "from Leishmania major-infected macrophages" come from the macrophages, not the parasite', 'Exosomal miR-146a from Leishmania major-infected macrophages modulates cutaneous lesion development', 'Macrophages infected with Leishmania major released exosomes enriched in miR-146a.', { sources: ['blood_immune'] }],
    ['vesicles that keratinocytes "stimulated with S. aureus" released are not the bacterium\'s', 'Vesicles in atopic dermatitis', 'Keratinocytes stimulated with S. aureus released exosomes that activated dendritic cells.', { sources: [] }],
    ['keratinocytes "stimulated with S. aureus EVs" were given the bacterium\'s vesicles', 'Vesicles in atopic dermatitis', 'Keratinocytes stimulated with S. aureus EVs released IL-6.', { sources: ['microbial'] }],
    ['"exosome-enriched autologous plasma" gives plasma vesicles', 'Exosome-enriched plasma for lichen planopilaris', 'The charts of 14 patients treated with intradermal injections of exosome-enriched autologous plasma were reviewed.', { sources: ['blood_immune'] }],
    ['a patch test beside injections tests the product; it is no topical route', 'Delayed hypersensitivity reactions to exosome injections: a report of three cases', 'We describe three women who developed persistent facial swelling 2 to 6 weeks after intradermal injections of an exosome skin booster. Patch testing was negative.', { routes: ['injection'] }],
    ['a patch test alone applies the product to the skin', 'Skin compatibility of an exosome cream', 'A repeat insult patch test of an exosome cream was performed in 52 volunteers.', { routes: ['topical'] }],
    ['vesicles "applied to a randomly assigned half of the scalp" are topical', 'Low-level light therapy combined with exosomes for androgenetic alopecia', 'Twenty-four men received LLLT on the whole scalp three times weekly for 16 weeks; exosome solution was applied to a randomly assigned half of the scalp after each session.', { routes: ['topical'] }],
    ['"20 also received exosomes ... and 20 received IPL alone" are two arms', 'Exosomes with intense pulsed light for rosacea', 'Forty patients with rosacea received 3 IPL sessions; 20 also received exosome application after each session and 20 received IPL alone.', { design: 'human_controlled', sampleSize: 40 }],
    ['"skin inflammation induced by particulate matter" is an inflammatory skin condition', 'Lactobacillus vesicles attenuate skin inflammation induced by particulate matter', 'L. paracasei-derived EVs reduced IL-6 in PM10-exposed HaCaT cells and, given orally, reduced skin inflammation in PM10-exposed hairless mice.', { indications: ['inflammation_other'] }],
    ['skin inflammation "induced by Staphylococcus aureus" in a study of atopic dermatitis-like inflammation is that dermatitis', 'Lactobacillus plantarum-derived extracellular vesicles protect against skin inflammation induced by Staphylococcus aureus', 'Oral administration of L. plantarum EVs to mice reduced S. aureus EV-induced atopic dermatitis-like inflammation.', { indications: ['atopic_dermatitis'] }],
    ['imiquimod-induced skin inflammation is the psoriasis model, not another inflammation', 'Exosomes reduce imiquimod-induced skin inflammation in mice', 'Mice with imiquimod-induced skin inflammation were treated with exosomes.', { indications: ['psoriasis'] }],
    ['vesicles "applied externally" are topical', 'Adipose stem cell exosomes on hair follicle regeneration in mice', 'Thirty-two C57BL/6 mice were depilated and randomly divided into 4 groups, 8 in each group. The exosomes were applied externally once a day for 21 days.', { routes: ['topical'] }],
    ['nursing home residents assigned to usual care or usual care plus vesicles are a controlled study', 'Usual care with or without topical exosomes for pressure injuries in nursing home residents', 'Residents with stage 2 pressure injuries in four nursing homes were assigned by home to usual care (2 homes, 31 residents) or usual care plus exosome spray (2 homes, 29 residents).', { design: 'human_controlled' }],
    ['"exosome-enriched platelet lysate gel" gives platelet vesicles', 'Exosome-enriched platelet lysate gel for diabetic foot ulcers', 'Seventy-two patients were randomized to weekly exosome-enriched platelet lysate gel or standard of care alone.', { sources: ['platelet'] }],
    ['dermatology residents surveyed are not people treated', 'Exosome products: a survey of dermatology residents', 'We surveyed 120 dermatology residents about their use of exosome products; 34 had used them.', { design: 'other' }],
    ['itch named in the title is the target', 'Extracellular vesicles from keratinocytes regulate sensory neurons and itch', 'Keratinocyte-derived EVs were taken up by dorsal root ganglion neurons. Intradermal injection of the EVs into mouse cheeks induced scratching.', { indications: ['inflammation_other'] }],
    ['itching that resolved in a trial of another target is a harm, not a target', 'Exosome serum for photoaging: a pilot study', 'Twenty women applied exosome serum for 8 weeks. Wrinkles decreased; mild itching resolved within a day.', { indications: ['photoaging'] }],
    ['itch in the title of a psoriasis study is the psoriasis\'s', 'Exosomal delivery of curcumin attenuates imiquimod-induced psoriasis and associated itch', 'Curcumin-loaded milk exosomes were applied topically to imiquimod-treated mice. Scratching bouts and IL-17A decreased.', { indications: ['psoriasis'] }],
    ['botulinum toxin "mixed with exosomes" injects the vesicles too', 'Exosomes and botulinum toxin for facial rejuvenation', 'Fifteen women received intradermal botulinum toxin (microbotox) mixed with exosomes across the forehead and cheeks.', { routes: ['injection'] }],
    ['a hyaluronic acid filler "mixed with exosomes" injects the vesicles too', 'Exosome-loaded hyaluronic acid filler for lip augmentation', 'Twenty women received lip injections of a hyaluronic acid filler mixed with exosomes.', { routes: ['injection'] }],
    ['skin fibrosis of lymphedema is no scar', 'Adipose stem cell exosomes for lymphedema-associated skin changes', 'Six patients with secondary lower limb lymphedema and skin fibrosis received monthly subcutaneous exosome injections for 4 months.', { indications: ['other'] }],
    ['skin abrasions are wounds, and a spray on them is put on the wound', 'Effect of exosome spray on healing of skin abrasions in children', 'One hundred children with fresh skin abrasions were randomly assigned to exosome spray or iodophor disinfection (50 each).', { indications: ['wound_healing'], routes: ['wound_application'] }],
    ['groups made "by the digital table method" or "by lottery" are randomized', 'Exosome with negative pressure wound therapy for pressure injury', 'A total of 76 patients with pressure injuries were divided into two groups by the digital table method. Another 100 patients were divided into group A and group B by lottery.', { design: 'rct' }],
    ['atrophic scars after varicella are scars, not an infection', 'Adipose-derived stem cell exosomes for facial atrophic scars after varicella: a case series', 'Seven patients with post-varicella atrophic scars received three sessions of fractional CO2 laser followed by topical exosomes.', { indications: ['scar'] }],
    ['"exosome facial masks" are topical', 'Exosome with low-dose isotretinoin for moderate acne', 'Eighty patients were divided into a study group and a control group by coin toss. The control group took isotretinoin 10 mg/day orally for 12 weeks, and the study group was given exosome facial masks twice a week on this basis.', { routes: ['topical'] }],
    ['"hypertrophic scar formation after burn injury" in patients with healed burns is a scar, not a wound', 'Exosomes reduce hypertrophic scar formation after burn injury: a randomized study', 'Forty-two patients with healed deep second-degree burns on the limbs were randomized to silicone gel sheeting alone or silicone gel sheeting plus monthly intralesional exosome injections.', { indications: ['scar'] }],
    ['bacteria cultured from patients\' lesions are no cell culture; people who developed papules after treatment were treated', 'Mycobacterial infections after microneedling with an exosome serum at a spa: an outbreak report', 'Six women developed painful facial papules 3 weeks after microneedling followed by application of an exosome serum. Mycobacterium abscessus was cultured from lesions of four patients.', { design: 'human_uncontrolled', routes: ['microneedling'], sampleSize: 6 }],
    ['cells cultured from biopsies are still cultured', 'Keloid fibroblast exosomes activate normal fibroblasts', 'Fibroblasts were cultured from keloid biopsies, and their exosomes were added to normal dermal fibroblasts.', { design: 'in_vitro' }],
    ['human hair follicles in organ culture treated with vesicles are no treated people', 'Dermal papilla exosomes prolong anagen in hair follicle organ culture', 'Microdissected human scalp hair follicles kept in organ culture were treated with the exosomes for 6 days. Hair shaft elongation increased.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['UVB that makes cells release vesicles for melanogenesis is no photoaging, though named far from it', 'UVB-irradiated keratinocytes release extracellular vesicles that stimulate melanogenesis in melanocytes', 'Keratinocytes were exposed to UVB and their EVs were added to melanocytes, which produced more melanin.', { indications: ['pigmentation'] }],
    ['"exosome-enriched <cells> conditioned medium" is those cells\' vesicles', 'Exosome-enriched conditioned medium versus platelet-rich plasma in acne scars: a split-face study', 'Thirty patients received microneedling; one side received exosome-enriched adipose stem cell conditioned medium and the other autologous PRP.', { sources: ['adipose_msc'] }],
    ['"the exosome fraction of <cells>" is those cells\' vesicles', 'Secretome versus exosome fraction in female pattern hair loss: a randomized comparison', 'Forty women were randomized to scalp injections of the whole secretome or the exosome fraction of amniotic MSCs.', { sources: ['placental'] }],
    ['wounds covered by exosome-soaked gauze had the vesicles put on them', 'Umbilical cord MSC exosomes in deep second-degree burns', 'The wounds of 30 patients were divided into two parts: part A wounds were covered by exosome-soaked gauze, part B wounds by plain gauze.', { routes: ['wound_application'] }],
    ['vesicles co-inoculated with parasites into footpads are injected; parasites inoculated alone are not', 'Leishmania exosomes in experimental cutaneous leishmaniasis', 'Exosomes secreted by L. major promastigotes were co-inoculated with parasites into the footpads of mice. Lesions grew larger.', { routes: ['injection'] }],
    ['parasites inoculated into the ear, then vesicles applied, is no injection of vesicles', 'Exosomes in experimental cutaneous leishmaniasis', 'Parasites were inoculated into the ear dermis of mice. Exosomes from MSCs were applied topically to the lesions.', { routes: ['topical'] }],
    ['people treated in a clause of a sentence that also names mice are treated people', 'Placental MSC exosomes for chronic wounds: from bench to bedside', 'Exosomes were tested on fibroblasts, in db/db mice with excisional wounds, and in an open-label study in which 12 patients with diabetic foot ulcers received weekly exosome gel applications for 8 weeks. Ulcer area fell by 67%.', { design: 'human_uncontrolled', sampleSize: 12 }],
    ['sources a primary paper names in its own review part are others\' sources', 'Exosomes in acne: a review of mechanisms and a pilot study', 'We first review how exosomes from C. acnes, sebocytes and immune cells shape acne inflammation. We then report a pilot study in which 10 patients with acne applied an adipose stem cell exosome gel twice daily for 6 weeks.', { design: 'human_uncontrolled', sources: ['adipose_msc'] }],
    ['patients\' serum vesicles tested on a mast cell line are lab work, not only samples', 'Serum exosomes from patients with chronic urticaria activate mast cells', 'Serum exosomes of 30 patients with chronic spontaneous urticaria were isolated by precipitation. Patient exosomes induced histamine release from LAD2 mast cells.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['melanosome transfer and melanocyte dendricity are pigmentation', 'Keratinocyte exosomes regulate melanocyte dendricity', 'Keratinocyte exosomes increased dendrite formation and melanosome transfer in cultured melanocytes.', { indications: ['pigmentation'] }],
    ['a product "to one side" and another "to the other" is a concurrent comparison', 'Two marketed exosome serums for post-laser recovery', 'Twenty patients received fractional CO2 laser to both cheeks and applied one exosome serum to one side and another exosome serum to the other.', { design: 'human_controlled' }],
    ['what "was enriched" or "transfected" in past tense is the authors\' own lab work, under a title of "the role of"', 'The role of exosomal miR-21 from adipose stem cells in hypertrophic scar fibroblasts', 'Adipose-derived stem cell exosomes were enriched in miR-21-5p. Its transfer by exosomes into hypertrophic scar fibroblasts reduced collagen and alpha-SMA.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['one ear against the other is a split design of the animals\', not of people', 'ADSC exosomes reduce hypertrophic scarring in rabbit ears', 'Twelve New Zealand white rabbits (24 ears) received full-thickness wounds on each ear. Exosomes were injected into the scars of one ear and PBS into the other from day 21.', { design: 'animal', sampleSize: 12 }],
    ['a split-face trial in people that also names mice stays a comparison of people', 'Exosomes for acne scars: from mice to a split-face study', 'Exosomes reduced scars in mice. Twenty patients then received exosomes on one half of the face and saline on the other half.', { design: 'human_controlled' }],
    ['women given vesicles from porcine placenta are treated people; the pig is only the source', 'Porcine placenta-derived extracellular vesicles for facial skin aging in women: an open-label study', 'Twenty-four women aged 45-60 received three sessions of microneedling with EVs purified from porcine placenta. Wrinkle depth decreased by 16% after 12 weeks.', { design: 'human_uncontrolled', routes: ['microneedling'], sampleSize: 24 }],
    ['rat MSC exosomes added to human fibroblasts are lab work: the rat is only the source', 'Rat bone marrow MSC exosomes and human dermal fibroblasts: senescence reversal', 'Exosomes from rat BMSCs were added to senescent human dermal fibroblasts, and p16 decreased.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['"based on our earlier studies in mice, we treated" is this study\'s treatment, not history', 'Embryonic stem cell exosomes for radiation dermatitis: a first-in-human case series', 'Based on our earlier studies in mice, we treated four patients with chronic radiation dermatitis with topical exosomes applied daily for 12 weeks.', { design: 'human_uncontrolled', routes: ['topical'] }],
    ['patients "divided into a single group and a combined group" are two arms', 'Fractional laser combined with exosomes for post-burn scars', 'A total of 64 patients were divided into a single group and a combined group, with 32 cases in each.', { design: 'human_controlled' }],
    ['a low-level laser is no energy device, and a "laser group" names an arm', 'Plasma exosomes with low-level laser in alopecia areata', 'Fifty-six patients were randomly assigned to a laser group (low-level laser therapy three times a week) or a combination group (low-level laser therapy plus intradermal injection of plasma exosomes). Regrowth was faster in the combination group than in the laser group.', { routes: ['injection'] }],
    ['groups counted in brackets, "a conventional group (n=35) and an exosome group (n=35)", are two arms', 'Exosome gel in nursing of pressure injuries', 'Seventy bedridden patients with pressure injuries were divided into a conventional group (n=35) and an exosome group (n=35) according to the time of admission.', { design: 'human_controlled' }],
    ['"the left face ... and the right face ..." is a split-face comparison of people', 'Exosome with microneedle for enlarged facial pores', 'Sixty patients with enlarged facial pores were selected. The left face was treated with microneedle combined with exosome, and the right face was treated with microneedle combined with normal saline.', { design: 'human_controlled', sampleSize: 60 }],
    ['areas rolled "in the order of the right cheek, the left cheek" are no two sides compared', 'Microneedle injection of MSC vesicles for melasma', 'Thirty patients were treated with microneedles, rolled in the order of the right cheek, the left cheek and the forehead, while exosome liquid was applied.', { design: 'human_uncontrolled' }],
    ['pups "fed formula with or without" milk exosomes took them orally', 'Human breast milk exosomes promote neonatal skin barrier maturation in rats', 'Newborn rat pups were fed formula with or without human breast milk exosomes for 14 days. Exosome-fed pups had a thicker stratum corneum.', { routes: ['oral'] }],
    ['an inhalation injury beside the burns is a non-skin condition too', 'Nebulized MSC exosomes for inhalation burn injury with cutaneous burns in rats', 'Rats with combined smoke inhalation and 30% TBSA burns received nebulized MSC exosomes. Lung injury and burn wound healing improved.', { indications: ['wound_healing', 'other'] }],
    ['sources side by side as compound words ("fibroblast-derived and MSC-derived exosomes") are each a source', 'Extracellular vesicles in keloid pathogenesis: a systematic review', 'Twenty-three studies were included. Fibroblast-derived and MSC-derived exosomes were the most studied.', { design: 'review', sources: ['msc_other', 'skin_cell'] }],
    ['"keratinocyte- or platelet-derived EVs" names two sources', 'Keratinocyte- or platelet-derived extracellular vesicles and melanogenesis', 'Melanocytes were treated with keratinocyte- or platelet-derived EVs for 48 h, and melanin content was measured.', { design: 'in_vitro', sources: ['skin_cell', 'platelet'] }],
    ['a cohort that "applied the same emollient without exosomes" is a concurrent control', 'An exosome emollient for atopic dermatitis in children: a prospective cohort study', 'Children with moderate atopic dermatitis (n = 48) applied an emollient containing umbilical cord MSC exosomes twice daily for 4 weeks; 50 matched children applied the same emollient without exosomes.', { design: 'human_controlled' }],
    ['vesicles "applied weekly in a fibrin gel under compression bandaging" to ulcers are put on the wound', 'Autologous serum exosomes for chronic venous leg ulcers: a pilot study', 'Exosomes isolated from the autologous serum of 10 patients with venous leg ulcers were applied weekly in a fibrin gel under compression bandaging for 8 weeks.', { routes: ['wound_application'] }],
    ['a comparator\'s cream ("intradermal exosomes, retinoic acid cream or PBS") is not how the vesicles were given', 'iPSC-MSC exosomes attenuate UVB-induced photoaging in hairless mice', 'SKH-1 hairless mice were irradiated with UVB for 8 weeks and treated with intradermal iPSC-MSC exosomes, retinoic acid cream or PBS.', { routes: ['injection'] }],
    ['the sources of the studies a systematic review "included" are what it covers, three in one sentence', 'Exosome therapy for hair loss: a systematic review and meta-analysis', 'Eight clinical studies with 412 patients treated with exosomes from adipose stem cells, umbilical cord MSCs or platelets were included. Pooled hair density increased.', { design: 'review', sources: ['adipose_msc', 'umbilical_cord_msc', 'platelet'] }],
    ['patients "of whom 29 also received" vesicles beside what all received are compared, and "exosome injections" inject them though the sentence injects a drug too', 'Exosomes with botulinum toxin for facial contouring and skin quality: a retrospective analysis', 'We retrospectively analyzed 58 patients who received botulinum toxin injections into the masseter, of whom 29 also received intradermal exosome injections on the cheeks in the same session.', { design: 'human_controlled', routes: ['injection'] }],
    ['a dermatophyte named in the title (Trichophyton) and again in the abstract is the skin infection studied', 'Extracellular vesicles from Trichophyton rubrum and their interaction with keratinocytes', 'Extracellular vesicles produced by the dermatophyte were characterized. Fungal EVs induced cytokines in HaCaT keratinocytes.', { indications: ['other'] }],
    ['hair graying is a pigment disorder, and dermal papilla cells named as the vesicles\' source are no hair-loss target', 'Exosomes from human dermal papilla cells prevent hair graying in mice', 'Mice with stress-induced hair graying received intradermal injections of dermal papilla cell-derived exosomes. Exosomes preserved melanocyte stem cells.', { indications: ['pigmentation'] }],
    ['sunburn is the inflammatory target of a study that protects against it', 'Sunburn protection by topical plant extracellular vesicles in human volunteers', 'Twelve volunteers applied cucumber-derived extracellular vesicles to one buttock and vehicle to the other before solar-simulated UV irradiation.', { indications: ['inflammation_other'] }],
    ['patients "divided into two equal groups", one given vesicles and one tranexamic acid, are compared', 'Microneedling with exosomes versus tranexamic acid in melasma', 'This study was conducted on 40 female patients with melasma, who were divided into two equal groups; group I was treated by microneedling with exosomes and group II by microneedling with tranexamic acid.', { design: 'human_controlled' }],
    ['"61 patients received topical exosomes after each session and 76 did not" compares two cohorts', 'Exosomes for hyperpigmentation after picosecond laser: a retrospective review', 'Charts of 137 patients treated with picosecond laser were reviewed. Sixty-one patients received topical exosomes after each session and 76 did not.', { design: 'human_controlled', sampleSize: 137 }],
    ['a list of compound sources may hold a word of its own ("keratinocyte-, immune cell- and MSC-derived exosomes")', 'Exosomes in psoriasis', 'This chapter discusses the roles of keratinocyte-, immune cell- and MSC-derived exosomes in psoriasis.', { design: 'review', sources: ['msc_other', 'skin_cell', 'blood_immune'] }],
    ['a face treated "on the right side ... with laser plus exosomes and on the left side with laser plus PRP" is a split-face comparison', 'Exosomes or PRP after fractional CO2 laser for atrophic acne scars', 'Patients (n = 40) were treated on the right side of the face with laser plus exosomes and on the left side with laser plus PRP; the side was not randomized.', { design: 'human_controlled' }],
    ['"dermal papilla cell- and MSC-derived exosomes" names both sources', 'Exosomes in hair regeneration: a systematic review of preclinical studies', 'We identified 31 animal studies of exosomes for hair growth. Dermal papilla cell- and MSC-derived exosomes were most common.', { design: 'review', sources: ['msc_other', 'skin_cell'] }],
    ['"adipose stem cell conditioned medium-derived small extracellular vesicles": six words between the source and its vesicles', 'Exosome cream after fractional laser for acne scars', 'One half of the face was treated with a cream containing human adipose stem cell conditioned medium-derived small extracellular vesicles (sEVs).', { sources: ['adipose_msc'] }],
    ['vesicles "isolated ... from autologous serum of 10 participants with chronic venous leg ulcers ... and applied" were given to them', 'Autologous serum exosomes for venous leg ulcers: a pilot study', 'Exosomes were isolated by ultrafiltration from autologous serum of 10 participants with chronic venous leg ulcers of more than 6 months\' duration and applied weekly in a fibrin gel.', { design: 'human_uncontrolled', routes: ['wound_application'] }],
    ['"exosomes from human bone marrow, adipose and human umbilical cord MSCs": a bone marrow the MSCs six words on belong to', 'MSC exosomes for radiation-induced skin injury: a review', 'This review summarizes preclinical studies of exosomes from human bone marrow, adipose and human umbilical cord MSCs in radiation skin injury models.', { design: 'review', sources: ['adipose_msc', 'umbilical_cord_msc', 'bone_marrow_msc'] }],
    ['a source ten words on from its vesicles, past "including" ("exosomes from many kinds of cells, among them dermal papilla cells and mesenchymal stem cells")', 'Exosomes for hair loss: a review', 'Exosomes from many kinds of cells, among them dermal papilla cells and mesenchymal stem cells, promote hair growth in animal models.', { design: 'review', sources: ['msc_other', 'skin_cell'] }],
    ['what vesicles are "for" ends their link to a source: the fibroblasts are the target', 'Exosome fraction of amniotic MSCs for UVB-induced photoaging of human dermal fibroblasts', 'The exosome fraction of human amniotic MSC secretome reduced MMP-1 in UVB-irradiated fibroblasts.', { sources: ['placental'] }],
    ['"exosomes from mesenchymal stem cells were given to patients": the stem cells are the source, not cells treated in a dish', 'Exosomes in prurigo nodularis', 'Exosomes from mesenchymal stem cells were given to patients with prurigo nodularis.', { design: 'human_uncontrolled' }],
    ['"Rat bone marrow mesenchymal stem cell exosomes" are the rat\'s cells\' vesicles, not rats treated', 'Rat bone marrow mesenchymal stem cell exosomes and human dermal fibroblasts', 'Exosomes from rat BMSCs were added to replicative-senescent human dermal fibroblasts. SA-beta-gal positivity decreased.', { design: 'in_vitro' }],
    ['"mesenchymal stem cell exosomes promotes hair regrowth in a model": stem cells named as a source are no cell assay', 'Topical mesenchymal stem cell exosomes promote hair regrowth in an androgenetic alopecia model', 'An androgenetic alopecia model was established by subcutaneous testosterone. Topical exosomes applied daily restored anagen follicles.', { design: 'animal' }],
    ['platelet-rich plasma spelled out is a treatment, not plasma sampled for vesicles', 'Platelet-rich plasma or adipose stem cell exosomes for hair loss: a retrospective cohort study', 'Records of 86 patients were reviewed: 44 received intradermal platelet-rich plasma and 42 received intradermal ADSC-derived exosomes.', { design: 'human_controlled' }],
    ['"exosomes from adipose, bone marrow and hUC-MSCs": a bone marrow whose MSCs are named in an abbreviation', 'Exosomes from adipose, bone marrow and hUC-MSCs in skin repair: a comparative review', 'We compare the composition and regenerative effects of exosomes from the three most used MSC sources in wound healing.', { design: 'review', sources: ['adipose_msc', 'umbilical_cord_msc', 'bone_marrow_msc'] }],
    ['routes abbreviated as animal studies write them: "i.v." (before a number, which would end a sentence), "i.p."', 'Exosomes after stroke in rats, and in arthritic mice', 'Rats received exosomes i.v. 24 h later. In a second model, exosomes were injected i.p. into DBA/1 mice.', { routes: ['systemic'] }],
    ['"s.c." injects vesicles, but tumour cells "implanted s.c." are the model', 'Ginseng nanoparticles against melanoma and for wounds in mice', 'B16F10 melanoma cells were implanted s.c. in C57BL/6 mice, which then received intravenous ginseng nanoparticles.', { routes: ['systemic'] }],
    ['vesicles "given s.c. around the wound"', 'Exosomes around wounds in rats', 'Exosomes were given s.c. around full-thickness wounds in rats.', { routes: ['injection'] }],
    ['a link to a source ends with the vesicles\' sentence: "isolated by ultracentrifugation and analysed by mass spectrometry. Proteins of neutrophil ..."', 'Proteomics of sweat extracellular vesicles in hidradenitis suppurativa', 'Sweat was collected from 15 patients. Extracellular vesicles were isolated by ultracentrifugation and analysed by mass spectrometry. Proteins of neutrophil degranulation were enriched.', { sources: ['other'] }],
    ['"exosome yield and function from <cells>" names their source', 'Comparison of exosome yield and function from adipose-derived stem cells cultured in 2D and 3D', 'Exosomes from spheroids more strongly promoted the migration of dermal fibroblasts.', { sources: ['adipose_msc'] }],
    ['"topical 5% minoxidil" is the comparator\'s route, not the vesicles\'', 'Exosomes plus minoxidil versus minoxidil alone for androgenetic alopecia', 'Fifty men were allocated to topical 5% minoxidil twice daily plus monthly intradermal exosome injections or minoxidil alone.', { routes: ['injection'] }],
    ['"water light needle", as translated abstracts name a mesotherapy injector, injects', 'Observation on the curative effect of exosomes in the treatment of chloasma', 'Fifty patients with chloasma were treated with exosome introduction by water light needle once every 2 weeks, a total of 6 times.', { routes: ['injection'] }],
    ['an inducer "for 6 days with" intraperitoneal vesicles: "with" ends the inducer\'s phrase', 'BMSC exosomes in imiquimod-induced psoriasis-like dermatitis', 'BALB/c mice received topical imiquimod for 6 days with intraperitoneal injection of BMSC exosomes or PBS.', { routes: ['systemic'] }],
    ['"prepared exosomes from the patients\' own serum and applied them to the lesions of eleven adults": vesicles from serum given back to people', 'A pilot study of autologous serum-derived exosomes for refractory atopic dermatitis', 'We prepared exosomes from the patients\' own serum and applied them to eczematous lesions of eleven adults with atopic dermatitis twice weekly for 8 weeks.', { design: 'human_uncontrolled', routes: ['topical'], sampleSize: 11 }],
    ['"31 patients had received X and 32 had Y": two counted arms', 'Exosomes and microneedling for rolling acne scars: a retrospective cohort study', 'Records of 63 patients were reviewed. Thirty-one patients had received microneedling with exosome solution and 32 had microneedling with hyaluronic acid serum.', { design: 'human_controlled' }],
    ['skin equivalents "exposed to UVA" model photoaging', 'Bovine colostrum exosomes in a 3D skin model', 'Colostrum-derived exosomes were tested on full-thickness skin equivalents exposed to UVA. Procollagen I increased.', { indications: ['photoaging'] }],
    ['"subsequently injected melanoma cells" are the model, not the vesicles\' route', 'Melanoma-derived exosomes educate bone marrow progenitors', 'Exosomes from B16-F10 cells were injected intravenously into mice, which increased metastasis of subsequently injected melanoma cells.', { routes: ['systemic'] }],
    ['patients who "chose between" two treatments are two arms', 'Platelet-rich plasma exosomes versus PRP for chronic diabetic foot ulcers: a prospective study', 'Thirty-two patients chose between PRP-derived exosome gel (n = 17) and conventional PRP gel (n = 15), applied weekly for 8 weeks.', { design: 'human_controlled' }],
    ['"we isolated EVs from hair follicle stem cells": vesicles of cultured cells, profiled', 'Extracellular vesicles from hair follicle stem cells', 'We isolated EVs from human hair follicle stem cells by differential ultracentrifugation and analysed their miRNA content by sequencing.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['an "exosome spray" on skin under radiotherapy, no wound: topical', 'Exosome spray for radiation dermatitis in breast cancer patients: a randomized trial', 'Eighty women receiving breast radiotherapy were randomized to prophylactic exosome spray plus standard skin care or standard skin care alone.', { routes: ['topical'] }],
    ['"lymphoma cells treated with MSC exosomes": cells of any kind treated with vesicles are cell culture', 'Mesenchymal stem cell-derived exosomes suppress cutaneous T-cell lymphoma growth', 'MyLa and HH cutaneous T-cell lymphoma cells treated with MSC exosomes showed reduced proliferation and increased apoptosis.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['"two symmetrical striae areas: one treated with ... and the other with ..."', 'Exosomes with or without fractional laser for striae alba', 'Twenty women had two symmetrical striae areas: one treated with fractional laser plus exosomes and the other with exosomes alone.', { design: 'human_controlled' }],
    ['a laser that caused the condition ("laser hair removal", "laser-induced") is no route of the vesicles', 'Exosomes for laser hair removal-induced folliculitis', 'Thirty-six patients with folliculitis after laser hair removal were assigned to topical exosomes or fusidic acid cream for 2 weeks.', { routes: ['topical'] }],
    ['"...; 35 were also treated with exosome microneedling": a counted part of them also had the vesicles', 'Efficacy of exosomes combined with oral tranexamic acid for melasma', 'Seventy patients with melasma took oral tranexamic acid twice daily for 12 weeks; 35 were also treated with biweekly exosome microneedling.', { design: 'human_controlled' }],
    ['vesicles "in Matrigel" on wounds are put on the wound bed', 'Dental pulp stem cell exosomes heal diabetic wounds in rats', 'Diabetic rats (n = 18) with full-thickness wounds received DPSC-Exos in Matrigel or Matrigel alone (n = 9 each).', { routes: ['wound_application'] }],
    ['"vesicles produced by the yeast ... and exposed keratinocytes": the cells exposed to them are not their source', 'Extracellular vesicles of a skin commensal yeast in keratinocytes', 'We isolated extracellular vesicles produced by the skin commensal yeast Malassezia sympodialis and exposed primary human keratinocytes to them.', { sources: ['microbial'] }],
    ['"a cohort of 112 women receiving exosome ... injections was followed for 6 months": people treated, not a review for want of a cue', 'Real-world outcomes of exosome-assisted skin booster treatment', 'A cohort of 112 women receiving exosome-containing skin booster injections for skin laxity was followed for 6 months.', { design: 'human_uncontrolled', sampleSize: 112 }],
    ['"given oral tranexamic acid plus exosome introduction by microneedle": the oral drug is not the vesicles\' route', 'Efficacy of stem cell exosome in the treatment of chloasma', 'The study group (43 cases) were given oral tranexamic acid plus exosome introduction by microneedle.', { routes: ['microneedling'] }],
    ['a primary paper\'s general sentence "derived from various cells such as A, B and C" names no source of its own vesicles', 'Exosome products after plastic surgery: five case reports', 'Exosomes, tiny extracellular vesicles derived from various cells such as adipose-derived stem cells, bone marrow-derived mesenchymal stem cells, and human umbilical cord mesenchymal stem cells, exhibit considerable potential in wound healing. We present five patients treated with a commercial exosome product after surgery.', { design: 'human_uncontrolled', sources: [] }],
    ['sources given as examples in a general sentence give way to the one the study used', 'Exosomes from adipose stem cells heal wounds in rats', 'Exosomes from several cell types, such as bone marrow MSCs, keratinocytes and macrophages, promote tissue repair. Here, exosomes from adipose stem cells were applied to rat wounds.', { sources: ['adipose_msc'] }],
    ['three sources a study compared are its own, examples-like words or not', 'Comparison of exosomes from three MSC sources for wound healing in mice', 'Exosomes derived from various MSCs, including adipose, bone marrow and umbilical cord MSCs, were compared in a murine excisional wound model.', { sources: ['adipose_msc', 'umbilical_cord_msc', 'bone_marrow_msc'] }],
    ['"scar formation after wounding", exosomes "injected into the healed wounds": the wound is the scar model\'s means', 'Umbilical cord MSC exosomes suppress hypertrophic scar formation after wounding in a rabbit ear model', 'Full-thickness wounds were created on rabbit ears, and exosomes were injected into the healed wounds from day 14 to prevent hypertrophic scarring. Scar elevation index decreased.', { indications: ['scar'] }],
    ['a randomized trial of horses, named so by its title and publication type, treats animals', 'Platelet lysate-derived extracellular vesicles for distal limb wounds in horses: a randomized clinical trial', 'Twenty horses with distal limb wounds were randomized to topical EVs or saline. Wound healing time was shorter with EVs.', { design: 'animal', sampleSize: 20 }, ['Randomized Controlled Trial']],
    ['a title\'s "vehicle-controlled" in reconstructed epidermis is a lab experiment', 'A double-blind, vehicle-controlled evaluation of an exosome serum in reconstructed human epidermis', 'Reconstructed human epidermis models were treated with an exosome serum or its vehicle. Filaggrin expression increased with the serum.', { design: 'in_vitro', routes: ['in_vitro'] }],
    ['a split-face randomized title stands beside lab work "in vitro" and efficacy "in vivo"', 'Skin brightening by adipose stem cell exosomes: a prospective, split-face, randomized placebo-controlled study', 'We studied the antipigmentation effect in vitro and the skin brightening efficacy in vivo of exosomes from adipose stem cells.', { design: 'rct' }],
    ['"mice received intraperitoneal injections of MSC exosomes": animals treated, not cells taken from mice', 'Exosomes attenuate psoriasis', 'IMQ-treated mice received intraperitoneal injections of MSC exosomes every other day.', { design: 'animal', routes: ['systemic'] }],
    ['"in a cohort of 60 Chinese women, topical exosomes reduced wrinkles": people treated and counted', 'Exosomes in facial rejuvenation', 'In a cohort of 60 Chinese women, topical exosomes reduced wrinkle depth after 12 weeks.', { design: 'human_uncontrolled', sampleSize: 60 }],
    ['"thirty participants completed an 8-week regimen of exosome serum": people treated and counted', 'Exosomes in facial rejuvenation', 'Thirty participants completed an 8-week regimen of exosome serum.', { design: 'human_uncontrolled', sampleSize: 30 }],
    ['"two sisters ... were each injected": two people', 'Exosomes in facial rejuvenation', 'Two sisters with facial atrophy were each injected with autologous exosomes.', { design: 'human_uncontrolled', sampleSize: 2 }],
    ['"had one side treated with X and the other with Y": a split-body comparison', 'Exosomes vs platelet-rich plasma in striae', 'Twenty women with striae alba had one side treated with fractional laser plus exosomes and the other with fractional laser plus PRP.', { design: 'human_controlled' }],
    ['a strain is not a count of animals', 'Dental pulp stem cell exosomes heal wounds of diabetic mice', 'Full-thickness wounds were made on type 2 diabetic C57BL/6 mice and treated with exosomes from dental pulp stem cells.', { design: 'animal', sources: ['msc_other'], sampleSize: null }],
  ];
  it.each(cases)('%s', (_name, title, text, expected, types) => {
    expect(labels(title, text, types)).toMatchObject(expected);
  });

  it('leaves out sources a primary study names only in its background, beside its own', () => {
    const sections = ['BACKGROUND: Exosomes from adipose stem cells and platelets have been applied to wounds in patients.', 'METHODS: HaCaT cells were treated with exosomes isolated from hUC-MSCs.'];
    expect(labels('Exosomes from human umbilical cord MSCs suppress inflammation in keratinocytes', sections)).toMatchObject({ design: 'in_vitro', sources: ['umbilical_cord_msc'] });
    // Named nowhere else, the background's source is the study's.
    expect(labels('Exosomes suppress inflammation in keratinocytes', ['BACKGROUND: Exosomes from adipose stem cells are promising.', 'METHODS: HaCaT cells were treated with the exosomes.']).sources).toEqual(['adipose_msc']);
  });

  it('keeps their labels under every rewriting of the probe command', () => {
    expect(labelChanges(cases)).toEqual([]);
  });

  it('reads a record with a title only: a reaction at the injection site is a skin context', () => {
    expect(labels('Granulomatous reaction to exosome injection', '', ['Case Reports'])).toMatchObject({ relevant: true, design: 'human_uncontrolled', sampleSize: 1 });
    // A letter titled with a harm people had reports cases, where a letter titled with a topic is comment.
    expect(labels('Granulomatous reaction to exosome injections for hair restoration', '', ['Letter']).design).toBe('human_uncontrolled');
    expect(labels('Exosome injections for hair restoration: a note of caution', '', ['Letter']).design).toBe('other');
  });

  it('takes a video or a lecture for other, however its text reads', () => {
    expect(labels('Exosomes in hair restoration', 'This video demonstrates the technique of scalp exosome injection.', ['Video-Audio Media']).design).toBe('other');
  });

  it('takes a letter that reports people the authors treated for a case series', () => {
    const letter = labels('Exosome injections for hair loss: a research letter', 'We treated 10 patients with androgenetic alopecia with exosome injections; hair density increased in 7.', ['Letter']);
    expect(letter).toMatchObject({ design: 'human_uncontrolled', sampleSize: 10 });
    const experience = labels('Exosome treatment of chronic wounds', 'We report our experience treating four patients with venous ulcers using weekly topical exosomes.', ['Letter']);
    expect(experience).toMatchObject({ design: 'human_uncontrolled', sampleSize: 4 });
  });
});

describe('section labels written into the text of an unlabelled abstract', () => {
  it('are read as sections: what the patients section names is who was treated', () => {
    const text =
      "Patients: Eighteen adults with venous leg ulcers of more than 6 weeks' duration. Intervention: Exosome gel applied at each weekly dressing change for 12 weeks. Results: Ulcer area decreased by a median of 64%.";
    const record = parseArticleXml(
      `<PubmedArticle><MedlineCitation><PMID Version="1">7</PMID><Article><ArticleTitle>Topical exosome gel for venous leg ulcers: an uncontrolled pilot</ArticleTitle><Abstract><AbstractText>${text}</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>`,
    );
    expect(classify(record, rules).labels).toMatchObject({ design: 'human_uncontrolled', sampleSize: 18, routes: ['wound_application'] });
  });
});

describe('labels survive rewritings that keep them', () => {
  const abstracts: [string, string][] = [
    ['Adipose stem cell exosomes reduce melanin in vitro', 'Exosomes were characterized by nanoparticle tracking analysis. In vitro, melanocytes took up the exosomes and tyrosinase activity fell.'],
    ['Exosome gel for diabetic wounds in mice', 'Full-thickness wounds of 24 diabetic mice were treated with a hydrogel containing exosomes derived from umbilical cord MSCs; in vivo, wounds closed faster.'],
    ['Exosome serum for wrinkles: a randomized, vehicle-controlled trial', 'Forty women were randomized to exosome serum or vehicle for 12 weeks. Wrinkles improved; mild erythema occurred in two women.'],
    ['Circulating exosomes in psoriasis', 'Neutrophil-derived exosomes were isolated from the plasma of 30 patients with psoriasis. Exosomes from keratinocytes were added to cultured T cells.'],
  ];
  const rewrites: Record<string, (t: string) => string> = {
    british: (t) => t.replace(/randomiz/g, 'randomis').replace(/characteriz/g, 'characteris'),
    'EVs for exosomes': (t) => t.replace(/\bexosomes\b/g, 'extracellular vesicles').replace(/\bExosomes\b/g, 'Extracellular vesicles').replace(/\bExosome\b/g, 'Extracellular vesicle'),
    'sEVs for exosomes': (t) => t.replace(/\bexosomes\b/gi, 'sEVs').replace(/\bexosome\b/gi, 'sEV'),
    hyphens: (t) => t.replace(/\b(in|ex) (vitro|vivo)\b/gi, '$1-$2'),
    dashes: (t) => t.replace(/(\w)-(\w)/g, '$1–$2'),
  };
  it.each(Object.entries(rewrites))('%s', (_name, rewrite) => {
    for (const [title, text] of abstracts) expect(labels(rewrite(title), rewrite(text)), title).toEqual(labels(title, text));
  });
});

describe('confidence', () => {
  const classified = (...a: Parameters<typeof rec>) => classify(rec(...a), rules);

  it('is high for a clear design and low, with a reason, for a fallback or a close call', () => {
    const clear = classified('Exosome serum for wrinkles: a randomized controlled trial', 'Forty women were randomly assigned to exosome serum or placebo for 12 weeks.', ['Randomized Controlled Trial']);
    expect(clear.confidence.design).toEqual({ level: 'high', reason: null });
    const voice = classified('Exosomes and the skin', 'We describe our experience with exosomes.');
    expect(voice.labels.design).toBe('other');
    expect(voice.confidence.design).toMatchObject({ level: 'low', reason: expect.stringMatching(/no design cue/) });
    const close = classified('Exosomes in wound healing', 'This review summarises what is known. Full-thickness wounds in diabetic mice healed faster with exosomes in our hands, and we review the mechanisms.');
    expect(close.confidence.design.level).toBe('low');
    expect(close.confidence.design.reason).toMatch(/within one step/);
    // The losing cues are kept.
    expect(close.decision.design.map((c) => c.design)).toEqual(expect.arrayContaining(['review', 'animal']));
  });

  it('doubts a tier taken over a weaker cue of a higher one', () => {
    const c = classified('Designer vesicles speed burn wound healing', 'The vesicles were internalized by cells and released their microRNAs. They accelerated burn wound healing as well as natural exosomes did.');
    expect(c.labels.design).toBe('in_vitro');
    expect(c.confidence.design).toMatchObject({ level: 'low', reason: expect.stringMatching(/over a weaker animal cue/) });
  });

  it('doubts a human tier when no sentence gives people vesicles, and trusts one that does', () => {
    const drug = classified('Exosomes and acne outcomes', 'Forty patients with acne were treated with isotretinoin for 12 weeks. Exosomes in acne are a topic for future work.');
    expect(drug.confidence.design).toMatchObject({ level: 'low', reason: expect.stringMatching(/no sentence says they received vesicles/) });
    const given = classified('Exosome cream for acne: an open-label study', 'Forty patients with acne applied an exosome cream twice daily for 12 weeks in an open-label study. Lesion counts fell in patients treated with the cream.');
    expect(given.labels.design).toBe('human_uncontrolled');
    expect(given.confidence.design.level).toBe('high');
  });

  it('doubts a record set aside because it names vesicles only as a possible mechanism', () => {
    const supposed = classified('Conditioned medium improves photoaged skin', 'Conditioned medium was applied to the skin of mice. The effects may be mediated by exosomes.');
    expect(supposed.labels.relevant).toBe(false);
    expect(supposed.confidence.relevant).toMatchObject({ level: 'low', reason: expect.stringMatching(/only as a possible mechanism \("exosomes"\)/) });
    const none = classified('Conditioned medium improves photoaged skin', 'Conditioned medium was applied to the skin of mice.');
    expect(none.confidence.relevant.level).toBe('high');
  });

  it('reads "diabetes" as a keyword beside a diabetic wound as the wound\'s model, and alone as the disease', () => {
    const wound = labels('Exosomes accelerate wound closure in diabetic mice', 'Exosomes from Wharton\'s jelly MSCs were applied to excisional wounds in db/db mice.', ['Journal Article'], ['exosomes', 'wound healing', 'diabetes']);
    expect(wound.indications).toEqual(['wound_healing']);
    const disease = labels('Adipocyte exosomes and insulin signalling in mice', 'Exosomes from adipocytes were injected intraperitoneally into mice fed a high-fat diet.', ['Journal Article'], ['exosomes', 'diabetes']);
    expect(disease.indications).toEqual(['other']);
  });

  it('sets aside vesicles named only in the keywords, and doubts it', () => {
    const r = rec('Adipose-derived stem cell conditioned medium for androgenetic alopecia', 'Twenty-two men received conditioned medium on one half of the scalp and saline on the other after microneedling.', ['Journal Article'], ['conditioned medium', 'exosomes', 'hair loss']);
    const c = classify(r, rules);
    expect(c.labels).toMatchObject({ relevant: false, sources: [], routes: [] });
    expect(c.confidence.relevant).toMatchObject({ level: 'low', reason: expect.stringMatching(/only in the keywords \("exosomes"\)/) });
    // Named in the abstract too, they count.
    r.abstract[0].text += ' Exosomes isolated from the medium were applied as well.';
    expect(classify(r, rules).labels.relevant).toBe(true);
  });

  it('doubts a sample size when a larger count lost narrowly, or no count is found for people', () => {
    const two = classified('Exosomes for acne scars', 'A total of 40 patients were enrolled. Sixty patients received exosomes after laser in the clinic over the same period.');
    expect(two.labels.sampleSize).toBe(40);
    expect(two.confidence.sample_size).toMatchObject({ level: 'low', reason: expect.stringMatching(/two candidate sizes: 40 .* and 60/) });
    expect(two.decision.sampleSize.map((c) => c.value)).toEqual(expect.arrayContaining([40, 60]));
    const none = classified('Exosomes for acne scars: an open-label study', 'Patients received exosomes after fractional laser in an open-label study.');
    expect(none.confidence.sample_size).toMatchObject({ level: 'low', reason: 'no count of people found' });
    const animal = classified('Exosomes heal wounds in mice', 'Full-thickness wounds of diabetic mice were treated with exosomes.');
    expect(animal.confidence.sample_size.level).toBe('high');
  });

  it('doubts a set value named once in the abstract body, not one in the title', () => {
    const once = classified('Exosomes heal wounds in mice', 'Wounds of diabetic mice were treated with exosomes from adipose-derived stem cells. Healing was faster.');
    expect(once.labels.sources).toEqual(['adipose_msc']);
    expect(once.confidence.sources).toMatchObject({ level: 'low', reason: expect.stringMatching(/adipose_msc named once/) });
    const titled = classified('Adipose stem cell-derived exosomes heal wounds in mice', 'Wounds of diabetic mice were treated with exosomes.');
    expect(titled.confidence.sources.level).toBe('high');
  });

  it('doubts a lab or animal study of vesicles with no source found, not one without vesicles', () => {
    const unsourced = classified('Exosomes heal skin wounds in mice', 'Exosomes were applied to full-thickness wounds of mice; closure was faster.');
    expect(unsourced.labels).toMatchObject({ design: 'animal', sources: [] });
    expect(unsourced.confidence.sources).toMatchObject({ level: 'low', reason: expect.stringMatching(/nearly always says where its vesicles come from/) });
    const noVesicles = classified('Conditioned medium heals skin wounds in mice', 'Stem cell conditioned medium was applied to full-thickness wounds of mice.');
    expect(noVesicles.labels.sources).toEqual([]);
    expect(noVesicles.confidence.sources.level).toBe('high');
  });

  it('leaves empty, and doubts, the sources a review lists only as examples of vesicles in general', () => {
    const general = classified(
      'Extracellular vesicles in skin aging: a review',
      'Skin aging has many causes. Extracellular vesicles derived from various cells, including mesenchymal stem cells, keratinocytes and plants, have shown anti-aging effects. This review summarizes their roles.',
      ['Review'],
    );
    expect(general.labels.sources).toEqual([]);
    expect(general.confidence.sources).toMatchObject({ level: 'low', reason: expect.stringMatching(/msc_other, skin_cell, plant named together in one sentence/) });
    // Listed as what the review covers, not as examples: kept.
    const covered = classified(
      'Extracellular vesicles in skin aging: a review',
      'This review covers extracellular vesicles derived from mesenchymal stem cells, keratinocytes and plants in skin aging.',
      ['Review'],
    );
    expect(covered.labels.sources).toEqual(['msc_other', 'skin_cell', 'plant']);
  });

  it('doubts the sources of a review that only its abstract names', () => {
    const general = classified(
      'Exosomes in dermatology: a review',
      'This review summarizes exosome therapy for skin. Exosomes derived from adipose-derived stem cells were applied to wounds in several studies, and exosomes from adipose-derived stem cells improved scars.',
    );
    expect(general.labels.design).toBe('review');
    expect(general.labels.sources).toEqual(['adipose_msc']);
    expect(general.confidence.sources).toMatchObject({ level: 'low', reason: 'a review is coded with the sources it is about; adipose_msc only in its abstract' });
    const about = classified(
      'Adipose stem cell-derived exosomes in dermatology: a review',
      'This review summarizes exosome therapy for skin. Exosomes derived from adipose-derived stem cells were applied to wounds in several studies, and exosomes from adipose-derived stem cells improved scars.',
    );
    expect(about.confidence.sources.level).toBe('high');
  });

  it('doubts an empty set of indications where the study names whom it treats by a condition no rule knows', () => {
    const unknown = classified('Exosomes for a rare skin condition: a pilot study', 'Twelve patients with porokeratosis received topical exosomes for 8 weeks.');
    expect(unknown.labels.indications).toEqual([]);
    expect(unknown.confidence.indications).toMatchObject({ level: 'low', reason: expect.stringMatching(/names a condition \("porokeratosis"\)/) });
    // A lab study with no condition found at all: primary studies nearly always target one.
    const lab = classified('MSC exosomes act on skin cells', 'MSC exosomes were added to TGF-beta1-stimulated dermal fibroblasts in culture.');
    expect(lab.labels.indications).toEqual([]);
    expect(lab.confidence.indications).toMatchObject({ level: 'low', reason: expect.stringMatching(/primary study nearly always targets a condition/) });
    const review = classified('Exosomes: a review', 'This review summarizes exosome biology.', ['Review']);
    expect(review.confidence.indications.level).toBe('high');
  });

  it('doubts a letter or comment taken over people named as treated', () => {
    const comment = classified('Exosome serums for skin: a comment', 'Twenty patients who had bought exosome serums online were evaluated in our clinic.', ['Comment']);
    expect(comment.labels.design).toBe('other');
    expect(comment.confidence.design).toMatchObject({ level: 'low', reason: expect.stringMatching(/though people are named as treated/) });
    const editorial = classified('Exosomes in aesthetic medicine: hype or hope?', 'Marketing of exosome products outpaces the evidence.', ['Editorial']);
    expect(editorial.confidence.design.level).toBe('high');
  });

  it('doubts a condition that a study names only as the use it proposes', () => {
    const proposed = classified('Keratinocyte vesicles enhance fibroblast migration', 'Keratinocyte EVs increased the migration of dermal fibroblasts in culture. They may be candidates for promoting wound repair.');
    expect(proposed.labels.indications).toEqual(['wound_healing']);
    expect(proposed.confidence.indications).toMatchObject({ level: 'low', reason: expect.stringMatching(/only as a use the study proposes/) });
    // Named as the model too: the proposal adds nothing to doubt.
    const model = classified('Keratinocyte vesicles heal wounds in mice', 'Keratinocyte EVs were applied to excisional wounds of mice. They may be candidates for promoting wound repair.');
    expect(model.confidence.indications.level).toBe('high');
  });

  it('doubts a condition of a primary study that only its abstract names, beside the one its title names', () => {
    const model = classified(
      'Adipose stem cell exosomes reduce hypertrophic scar in rabbits',
      'Hypertrophic scars were made in rabbit ears and treated with exosomes. Scar thickness fell. In an excisional wound model, wound closure was faster after exosomes.',
    );
    expect(model.labels.indications).toEqual(['wound_healing', 'scar']);
    expect(model.confidence.indications).toMatchObject({ level: 'low', reason: 'wound_healing named in the abstract only, beside scar in the title or keywords' });
    // Named twice, in one sentence of outcomes: an outcome, left out, and said so.
    const outcome = classified('Exosome serum improves photoaged skin: a randomized trial', 'Sixty women with photoaging applied exosome serum or vehicle for 12 weeks. Wrinkles, elasticity, hydration and melanin index improved, and transepidermal water loss decreased.');
    expect(outcome.labels.indications).toEqual(['photoaging']);
    expect(outcome.confidence.indications).toMatchObject({ level: 'low', reason: expect.stringMatching(/barrier_hydration left out/) });
    // Both in the title: no doubt from this.
    const both = classified('Adipose stem cell exosomes heal wounds and reduce scars in rabbits', 'Scars and wounds of rabbits were treated with exosomes. Scar thickness fell and wound closure was faster.');
    expect(both.confidence.indications.level).toBe('high');
  });
});

// Text written to make the rules backtrack or rescan: each of these once cost from seconds to four
// minutes for one record, holding up every record after it. Bounded now, they finish with the others.
describe('hostile abstracts', () => {
  const hostile: Record<string, string> = {
    'a negation before every match, in one endless sentence': 'no exosome '.repeat(2700),
    'number words without end': 'twenty-one and '.repeat(2000),
    'one number word, thousands of times': 'one '.repeat(7500),
    'a cue that looks ahead to the sentence end, repeated': 'rejuvenation '.repeat(2300),
  };
  it.each(Object.entries(hostile))('%s', (_name, text) => {
    const c = classify(rec('Exosomes for skin', text, ['Randomized Controlled Trial']), rules);
    expect(c.labels.relevant).toBe(true);
  });

  it('explains a record with a title of megabytes in a bounded text, naming what it leaves out', () => {
    const r = rec('Exosomes heal skin wounds in mice. '.repeat(100_000), 'Exosomes healed skin wounds in mice.');
    const text = formatExplanation(r, classify(r, rules), rules.version);
    expect(text.length).toBeLessThan(20_000);
    expect(text.split('\n')[0]).toMatch(/^PMID 90001000 \(2024\): Exosomes heal skin .* \.\.\.\(3499000 more characters\)$/);
  });

  it('cuts a sentence past 1,500 characters at a space, and keeps every word', () => {
    const text = `${'exosomes heal skin '.repeat(300)}end.`;
    const spans = sentenceSpans(text);
    expect(spans.length).toBeGreaterThan(3);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('ends no sentence at a full stop inside brackets that close soon, and still ends one at a stray bracket', () => {
    const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(sentences('Women received an exosome solution (ExoFill, Cellbio Co. Ltd. Seoul, Korea) after microneedling. Pores shrank.')).toEqual([
      'Women received an exosome solution (ExoFill, Cellbio Co. Ltd. Seoul, Korea) after microneedling.',
      'Pores shrank.',
    ]);
    expect(sentences('Pores shrank (see Fig. 2). Next (a stray bracket. Another sentence.')).toEqual(['Pores shrank (see Fig. 2).', 'Next (a stray bracket.', 'Another sentence.']);
  });

  it('reads no part of a word a window cuts as a word, and keeps the words it holds whole', () => {
    const text = 'they were divided into three groups; subgroups followed';
    expect(wholeWords(text, 5, 33)).toBe('were divided into three ');
    expect(wholeWords(text, 40, text.length)).toBe(' followed');
    expect(wholeWords(text, -5, 999)).toBe(text);
    expect(following(text, 4, 29)).toBe(' were divided into three ');
    expect(preceding(text, text.length, 15)).toBe(' followed');
    expect(preceding(text, text.length, 18)).toBe('subgroups followed');
    expect(following('a b', 1, 5)).toBe(' b');
  });

  const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

  it('ends a sentence at a full stop that lacks its space, and not inside an abbreviation', () => {
    expect(sentences('Wounds closed by day 14 in mice.We then treated 12 patients (P < 0.05).A 64-year-old woman healed in 10%.MSCs were safe.')).toEqual([
      'Wounds closed by day 14 in mice.',
      'We then treated 12 patients (P < 0.05).',
      'A 64-year-old woman healed in 10%.',
      'MSCs were safe.',
    ]);
    expect(sentences('Vesicles (e.g.Exo-A) from E.coli and S.Typhimurium, 0.5 mg.Kg-1 and pH 7.4, were studied.')).toHaveLength(1);
    expect(sentences('Trials Registered On ClinicalTrials.Gov Or Registry.Org: An Analysis')).toHaveLength(1);
  });

  it('ends a sentence at a lone capital after a word ("ultraviolet B."), not at an initial ("S. Aureus")', () => {
    expect(sentences('Cells were exposed to ultraviolet B. Keratinocytes were then treated with group A. Exosomes helped.')).toEqual([
      'Cells were exposed to ultraviolet B.',
      'Keratinocytes were then treated with group A.',
      'Exosomes helped.',
    ]);
    expect(sentences('Vesicles of S. Aureus and of (C. Acnes) were compared.')).toHaveLength(1);
  });

  it('lists the matches of a global regex as matchAll() does, empty ones and a nested use of the same regex too', () => {
    const text = 'n = 12 mice; n = 8 rats, and n=  3 rabbits';
    for (const re of [/n\s*=\s*(\d+)/gi, /\b/g, /x*/g]) expect(matchesOf(re, text).map((m) => [m.index, m[0], m[1]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]));
    const N = /\d+/g;
    const pairs = matchesOf(N, text).flatMap((m) => matchesOf(N, text).map((k) => `${m[0]}:${k[0]}`));
    expect(pairs).toHaveLength(9);
    expect(N.lastIndex).toBe(0);
  });
});
