// Record in, labels out: runs every rule of data/rules/ over a record's text and
// turns the matches into the labels of shared/taxonomy.md, keeping for each
// label the rule ids and text spans that produced it. Pure, no I/O.

import type { Classification, ClassifiableRecord, Evidence, Indication, Route, Source } from '../types.ts';
import { INDICATIONS, ROUTES, SOURCES } from '../types.ts';
import type { RuleField, RuleSet } from './rules.ts';
import { beyondAbstract, matchRule, toEvidence, type Match } from './match.ts';
import { recordText, sentenceAt, type FieldName, type RecordText } from './text.ts';
import { chooseDesign, PRIMARY_DESIGNS } from './design.ts';
import { designConfidence, indicationConfidence, relevanceConfidence, sampleSizeConfidence, setConfidence, sourceConfidence } from './confidence.ts';
import { sampleSize } from './sample-size.ts';
import { detailCuesFor, studyDetails } from './details.ts';

export type Found = Map<string, Match[]>;

/** Every rule of a field (or those whose value `wanted` keeps) run over a record's text; `keep` as in matchRule. */
export function run(rules: RuleSet, field: RuleField, text: RecordText, wanted?: (value: string) => boolean, keep?: string): Found {
  const found: Found = new Map();
  for (const rule of rules.byField[field]) {
    if (wanted && !wanted(rule.value)) continue;
    const ms = matchRule(rule, text, rules, keep);
    if (!ms.length) continue;
    if (rule.spec.minMentions && ms.length < rule.spec.minMentions && ms.every((m) => m.field === 'abstract')) continue;
    // Concatenated, not spread into push: a hostile 10 MB title gives more matches than a call's arguments may hold.
    found.set(rule.value, (found.get(rule.value) ?? []).concat(ms));
  }
  return found;
}


// Skin words that name cells: "keratinocytes", or "dermal" / "skin" before "fibroblasts" or "cells".
const SKIN_CELLS = /^(?:keratinocytes?|melanocytes?)$/i;
const CELLS_AFTER = /^[\s-]+(?:(?:derived|primary|human)[\s-]+)?(?:fibroblasts?|cells?|keratinocytes?|stem\s+cells?)\b/i;
/** The n characters of a match's field that follow it. */
const textAfter = (text: RecordText, m: Match, n: number) => text[m.field as FieldName].text.slice(m.end, m.end + n);
const namesCells = (text: RecordText, m: Match) => SKIN_CELLS.test(m.snippet) || CELLS_AFTER.test(textAfter(text, m, 40));

const SPECIFIC_MSC: Source[] = ['adipose_msc', 'umbilical_cord_msc', 'bone_marrow_msc', 'placental'];
const SPECIFIC_INFLAMMATORY: Indication[] = ['psoriasis', 'atopic_dermatitis', 'acne'];
const MODEL = /\bmodels?\b/i;
const EXAMPLES = /\b(?:various|different|diverse|multiple|numerous|many|several|variety|such\s+as|including|e\.g\.)/i;
const MELANOMA_CELLS = /^[\s-]+(?:cells?|cell\s+lines?)\b/i;

// Whom a study treats, by their condition: "patients with actinic keratosis", "mice with imiquimod-induced lesions".
const WITH_CONDITION = /\b(?:patients|participants|subjects|volunteers|women|men|adults|children|individuals|cases|mice|rats|rabbits|pigs)\s+with\s+((?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s+(?:were|was|who|received|underwent|had|and|treated|in|at|from|for)\b|[,;.()])/i;
const namedCondition = (text: RecordText) => WITH_CONDITION.exec(text.title.text)?.[1] ?? WITH_CONDITION.exec(text.abstract.text)?.[1] ?? null;

export function classify(record: ClassifiableRecord, rules: RuleSet): Classification {
  rules.anchors.recycle();
  const text = recordText(record);
  const evidence: Record<string, Evidence[]> = {};

  const relevance = run(rules, 'relevant', text);
  const hasVesicles = relevance.has('vesicle');
  // A title naming another organ makes the abstract's bare organ-sensitive words (wound, ulcer) that organ's,
  // and skin cells only the source of vesicles for it ("dermal fibroblast exosomes for tendon repair").
  const otherOrgan = relevance.has('other_organ');
  let skinWords = (relevance.get('skin_context') ?? []).filter((m) => !(otherOrgan && (m.rule.endsWith('.organ-words') || namesCells(text, m))));
  // Under such a title, skin named once in the abstract is a comparison or an aside ("like skin, cartilage ...").
  if (otherOrgan && skinWords.length === 1 && skinWords[0].field === 'abstract') skinWords = [];
  if (skinWords.length) relevance.set('skin_context', skinWords);
  else relevance.delete('skin_context');
  const relevant = hasVesicles && relevance.has('skin_context');
  evidence.relevant = toEvidence([...(relevance.get('vesicle') ?? []).slice(0, 1), ...(relevance.get('skin_context') ?? []).slice(0, 1)]);

  const design = chooseDesign(run(rules, 'design', text));
  evidence.design = design.evidence;

  // A review codes the conditions and sources it reviews, which are what others' studies did ("clinical
  // studies have shown efficacy in scarring"): in a review, that is no history to set aside.
  const keep = design.design === 'review' ? 'historical' : undefined;

  // Sources and routes describe vesicles: a record without them has none.
  let sources: Source[] = [];
  let examplesOnly: Source[] = [];
  let foundSources: Found = new Map();
  if (hasVesicles) {
    const found = (foundSources = run(rules, 'sources', text, undefined, keep));
    sources = SOURCES.filter((s) => found.has(s));
    // "MSC" unspecified gives way to a named MSC tissue.
    if (sources.some((s) => SPECIFIC_MSC.includes(s))) sources = sources.filter((s) => s !== 'msc_other');
    // A review or other non-primary paper that names three or more kinds of source in one sentence of its
    // abstract, as examples ("from various cells, including ..."), and none in its title or keywords, covers
    // vesicles in general (taxonomy v2: empty).
    if (!PRIMARY_DESIGNS.includes(design.design) && sources.length >= 3) {
      const ms = sources.flatMap((s) => found.get(s)!);
      const first = ms[0].field === 'abstract' ? sentenceAt(text.abstract, ms[0].start) : null;
      const sentence = first ? text.abstract.text.slice(first.start, first.end) : '';
      if (EXAMPLES.test(sentence) && ms.every((m) => m.field === 'abstract' && sentenceAt(text.abstract, m.start) === first)) {
        examplesOnly = sources;
        sources = [];
      }
    }
    for (const s of sources) evidence[`sources:${s}`] = toEvidence(found.get(s));
  }

  let foundIndications = run(rules, 'indications', text, undefined, keep);
  // A study that names no target but the use it proposes ("candidates for promoting wound repair", usual in
  // lab studies) targets that use; a label the reviewer should see.
  const proposedOnly = !foundIndications.size && !keep;
  if (proposedOnly) foundIndications = run(rules, 'indications', text, undefined, 'hypothetical');
  let indications = INDICATIONS.filter((i) => foundIndications.has(i));
  // Cancer in a melanoma paper is the melanoma, not a second, non-skin condition.
  if (indications.includes('skin_cancer')) {
    const cancerOnly = (foundIndications.get('other') ?? []).every((m) => /cancer|tumou?r/i.test(m.snippet));
    if (cancerOnly) indications = indications.filter((i) => i !== 'other');
  }
  // B16 and other melanoma cell lines are the usual model of melanin synthesis: where pigmentation is found
  // and melanoma is named only as such cells, the study is of pigmentation, not of skin cancer.
  if (indications.includes('pigmentation') && foundIndications.get('skin_cancer')?.every((m) => /^melanoma/i.test(m.snippet) && MELANOMA_CELLS.test(textAfter(text, m, 20))))
    indications = indications.filter((i) => i !== 'skin_cancer');
  // A primary study targets what it names in its title or dwells on; a condition named once in the abstract
  // beside it is an outcome measured along the way or background (taxonomy v2).
  if (PRIMARY_DESIGNS.includes(design.design)) {
    // Named in one sentence of the abstract only ("hydration and water loss improved"): an outcome or background,
    // however often; unless that sentence sets up a model of it, a target of its own.
    const once = (i: Indication) => {
      const ms = foundIndications.get(i)!;
      const first = ms[0].field === 'abstract' ? sentenceAt(text.abstract, ms[0].start) : null;
      if (first === null || !ms.every((m) => m.field === 'abstract' && sentenceAt(text.abstract, m.start) === first)) return false;
      return ms.length === 1 || !MODEL.test(text.abstract.text.slice(first.start, first.end));
    };
    const leading = indications.some((i) => !once(i) && foundIndications.get(i)!.some((m) => m.field === 'title' || foundIndications.get(i)!.length >= 3));
    if (leading) indications = indications.filter((i) => !once(i));
    // Hydration and barrier are the taxonomy's own outcomes along the way: beside a target the title
    // names, they are that target's outcomes unless the title names them too.
    const titled = (i: Indication) => beyondAbstract(foundIndications.get(i));
    if (indications.includes('barrier_hydration') && !titled('barrier_hydration') && indications.some((i) => i !== 'barrier_hydration' && titled(i)))
      indications = indications.filter((i) => i !== 'barrier_hydration');
  }
  // "Psoriasis is an inflammatory skin disease": the category names the specific disease, not a second one.
  if (indications.some((i) => SPECIFIC_INFLAMMATORY.includes(i)) && foundIndications.get('inflammation_other')?.every((m) => m.rule.endsWith('.category')))
    indications = indications.filter((i) => i !== 'inflammation_other');
  for (const i of indications) evidence[`indications:${i}`] = toEvidence(foundIndications.get(i));

  let routes: Route[] = [];
  let foundRoutes: Found = new Map();
  if (hasVesicles) {
    const found = (foundRoutes = run(rules, 'routes', text));
    routes = ROUTES.filter((r) => found.has(r));
    if (!PRIMARY_DESIGNS.includes(design.design)) {
      // Reviews and other non-primary records list a route only when it is what they are about (title, keywords, MeSH).
      routes = routes.filter((r) => beyondAbstract(found.get(r)));
    }
    // Vesicles given during microneedling or after an energy device are not also topical.
    if (routes.includes('microneedling') || routes.includes('laser_assisted')) routes = routes.filter((r) => r !== 'topical');
    // A wound bed needs a wound.
    if (!indications.some((i) => i === 'wound_healing' || i === 'scar')) routes = routes.filter((r) => r !== 'wound_application');
    // Put on a wound bed in a carrier is wound_application, not topical on intact skin.
    else if (routes.includes('wound_application')) routes = routes.filter((r) => r !== 'topical');
    // Topical on a wound is on the wound bed: in a study of wounds, it is wound_application.
    else if (routes.includes('topical') && indications.includes('wound_healing')) {
      found.set('wound_application', found.get('topical')!);
      routes = ROUTES.filter((r) => r === 'wound_application' || (routes.includes(r) && r !== 'topical'));
    }
    // No rule gives in_vitro: it is the route of in-vitro designs, and theirs only.
    if (design.design === 'in_vitro') routes = ['in_vitro'];
    for (const r of routes) evidence[`routes:${r}`] = toEvidence(found.get(r));
  }

  const n = sampleSize(text, design.design, record.publicationTypes);
  if (n.value !== null) evidence.sample_size = n.evidence;

  const labels = { relevant, design: design.design, sources, routes, sampleSize: n.value, indications };
  const details = studyDetails(text, labels, run(rules, 'details', text, detailCuesFor(design.design, hasVesicles)), hasVesicles);
  Object.assign(evidence, details.evidence);
  return {
    labels,
    evidence,
    confidence: {
      relevant: relevanceConfidence(relevant, relevance),
      design: designConfidence(design, hasVesicles),
      sources: sourceConfidence(sources, foundSources, design.design, examplesOnly),
      routes: setConfidence(routes, foundRoutes),
      sample_size: sampleSizeConfidence(n, labels),
      indications: indicationConfidence(indications, foundIndications, design.design, { proposedOnly, unnamed: indications.length ? null : namedCondition(text) }),
    },
    decision: { design: design.cues, sampleSize: n.candidates },
    details: details.details,
    detailConfidence: details.confidence,
  };
}
