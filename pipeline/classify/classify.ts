// Record in, labels out: runs every rule of data/rules/ over a record's text and
// turns the matches into the labels of shared/taxonomy.md, keeping for each
// label the rule ids and text spans that produced it. Pure, no I/O.

import type { Classification, ClassifiableRecord, Evidence } from '../types.ts';
import type { RuleSet } from './rules.ts';
import { inScopeOf, matchField, textAfter, toEvidence, type Match } from './match.ts';
import { recordText, type FieldName, type RecordText } from './text.ts';
import { chooseDesign } from './design.ts';
import { chooseSources } from './sources.ts';
import { chooseIndications } from './indications.ts';
import { chooseRoutes } from './routes.ts';
import { designConfidence, indicationConfidence, relevanceConfidence, sampleSizeConfidence, setConfidence, sourceConfidence } from './confidence.ts';
import { sampleSize } from './sample-size.ts';
import { detailCuesFor, studyDetails } from './details.ts';

// Skin words that name cells or samples: "keratinocytes" (relevant.skin_context.cells), or "dermal" / "skin" before
// "fibroblasts", "cells", "biopsies" or "-derived" (where the skin is only where vesicles were taken from).
const SKIN_CELLS = 'relevant.skin_context.cells';
const CELLS_AFTER = /^[\s-]+(?:(?:(?:derived|primary|human)[\s-]+)?(?:fibroblasts?|cells?|keratinocytes?|stem\s+cells?)|derived|biops(?:y|ies)|samples?|punch(?:es)?)\b/i;
const namesCells = (text: RecordText, m: Match) => m.rule === SKIN_CELLS || CELLS_AFTER.test(textAfter(text, m, 40));
// Melanoma is a skin cancer wherever it spreads: its cells' vesicles in the brain, lung or liver are still about it;
// unless the record is about a melanoma of the eye or a mucosa, whose bare "melanoma cells" are that one's.
const MELANOMA = /^melanoma/i;
const NOT_SKIN_MELANOMA = /\b(?:uveal|ocular|choroidal|conjunctival|mucosal|intraocular)\s+melanomas?\b/i;
const skinMelanoma = (text: RecordText, m: Match) => MELANOMA.test(m.snippet) && !NOT_SKIN_MELANOMA.test(`${text.title.text} ${text.abstract.text}`);
// What a count in a plan or a hope is in the scope of (ConText): not this study's people.
const HYPOTHETICAL = new Set(['hypothetical']);
// The study-detail cue of an adverse event that occurred.
const HARM = 'adverse_events:reported';

/**
 * Evidence quotes the text as written, where the rules read it with asides blanked (asides.ts): same offsets. Where
 * the rules' text moved words ("patients (n = 46)" read as "46 patients"), a span that cuts into them takes them whole.
 */
function quoteAsWritten(evidence: Record<string, Evidence[]>, text: RecordText): void {
  for (const list of Object.values(evidence)) {
    for (const e of list) {
      const f = text[e.field as FieldName];
      if (!f || f.shown === f.text || e.end <= e.start) continue;
      for (const m of f.moved ?? []) {
        if (e.start > m.start && e.start < m.end) e.start = m.start;
        if (e.end > m.start && e.end < m.end) e.end = m.end;
      }
      e.snippet = f.shown.slice(e.start, e.end);
    }
  }
}

export function classify(record: ClassifiableRecord, rules: RuleSet): Classification {
  rules.anchors.recycle();
  const text = recordText(record);
  const evidence: Record<string, Evidence[]> = {};

  const relevance = matchField(rules, 'relevant', text);
  // Vesicles named only in the authors' keywords (of a conditioned-medium, cell or PRP study) are not shown to be
  // studied: set aside as a call a reader should be able to check. MeSH, assigned from the full text, still counts.
  const named = relevance.get('vesicle') ?? [];
  const keywordsOnly = named.length > 0 && named.every((m) => m.field === 'keywords');
  if (keywordsOnly) relevance.delete('vesicle');
  const hasVesicles = relevance.has('vesicle');
  // A title naming another organ makes the abstract's bare organ-sensitive words (wound, ulcer) that organ's,
  // and skin cells only the source of vesicles for it ("dermal fibroblast exosomes for tendon repair").
  const otherOrgan = relevance.has('other_organ');
  let skinWords = (relevance.get('skin_context') ?? []).filter((m) => !(otherOrgan && (m.rule.endsWith('.organ-words') || (namesCells(text, m) && !skinMelanoma(text, m)))));
  // Under such a title, skin named once in the abstract is a comparison or an aside ("like skin, cartilage ...").
  if (otherOrgan && skinWords.length === 1 && skinWords[0].field === 'abstract') skinWords = [];
  if (skinWords.length) relevance.set('skin_context', skinWords);
  else relevance.delete('skin_context');
  const relevant = hasVesicles && relevance.has('skin_context');
  // Vesicles named only as what may explain an effect ("may be mediated by growth factors and exosomes") were not
  // studied: not relevant, but a call a reader should be able to check.
  // Sought only where it could matter: a record with a skin context and no vesicles counted.
  const supposed =
    hasVesicles || !relevance.has('skin_context') ? [] : keywordsOnly ? named : (matchField(rules, 'relevant', text, (v) => v === 'vesicle', 'mechanism').get('vesicle') ?? []);
  evidence.relevant = toEvidence([...(relevance.get('vesicle') ?? []).slice(0, 1), ...(relevance.get('skin_context') ?? []).slice(0, 1)]);

  const design = chooseDesign(matchField(rules, 'design', text));
  evidence.design = design.evidence;

  // A review codes the conditions, sources and routes it reviews, which are what others' studies did ("clinical
  // studies have shown efficacy in scarring", "we review evidence that oral milk EVs ..."): in a review, that is no
  // history to set aside.
  const keep = design.design === 'review' ? 'historical' : undefined;

  // Sources and routes describe vesicles: a record without them has none.
  const source = hasVesicles ? chooseSources(rules, text, design.design, keep) : { sources: [], found: new Map(), examplesOnly: [] };
  const { sources } = source;
  for (const s of sources) evidence[`sources:${s}`] = toEvidence(source.found.get(s));

  // The details' cues depend on the design only; their harms tell indications which conditions are adverse events.
  const detailCues = matchField(rules, 'details', text, detailCuesFor(design.design, hasVesicles));
  const indication = chooseIndications(rules, text, design.design, keep, (relevance.get('other_organ') ?? []).filter((m) => m.field === 'title'), detailCues.get(HARM));
  const { indications } = indication;
  for (const i of indications) evidence[`indications:${i}`] = toEvidence(indication.found.get(i));

  // Nor does a study that only measures vesicles in people's samples give them any way ("plasma EVs before and after
  // laser treatment": the laser is how the people were treated).
  const given = hasVesicles && !(design.design === 'other' && design.samplesOnly);
  const route = given ? chooseRoutes(rules, text, design.design, indications, keep) : { routes: [], found: new Map() };
  const { routes } = route;
  for (const r of routes) evidence[`routes:${r}`] = toEvidence(route.found.get(r));

  const n = sampleSize(text, design.design, record.publicationTypes, (e) => inScopeOf(text, rules, e, HYPOTHETICAL));
  if (n.value !== null) evidence.sample_size = n.evidence;

  const labels = { relevant, design: design.design, sources, routes, sampleSize: n.value, indications };
  const details = studyDetails(text, labels, detailCues, hasVesicles, design.found.has('historical_controls'));
  Object.assign(evidence, details.evidence);
  quoteAsWritten(evidence, text);
  return {
    labels,
    evidence,
    confidence: {
      relevant: relevanceConfidence(relevant, relevance, supposed),
      design: designConfidence(design, hasVesicles),
      sources: sourceConfidence(sources, source.found, design.design, { examplesOnly: source.examplesOnly, hasVesicles }),
      routes: setConfidence(routes, route.found),
      sample_size: sampleSizeConfidence(n, labels),
      indications: indicationConfidence(indications, indication.found, design.design, indication),
    },
    decision: { design: design.cues, sampleSize: n.candidates },
    details: details.details,
    detailConfidence: details.confidence,
  };
}
