// Certainty per claim, in the manner of GRADE, on studies made up for the test.

import { describe, expect, it } from 'vitest';
import { buildClaims, rateClaim } from '../pipeline/report/claims.ts';
import type { Study } from '../pipeline/report/study.ts';
import { EMPTY_DETAILS, type Design, type StudyDetails } from '../pipeline/types.ts';

let next = 1;
function study(design: Design, n: number | null, details: Partial<StudyDetails> = {}, indications = ['scar'] as Study['labels']['indications']): Study {
  return {
    pmid: String(36000000 + next++), citation: 'Lee et al., 2024', year: 2024, title: 't', journal: null,
    labels: { relevant: true, design, sources: [], routes: [], sampleSize: n, indications },
    finding: '', designLabel: design, details: { ...EMPTY_DETAILS, ...details }, flags: [], lowConfidence: [],
    cite: { authors: [], journalTitle: null, volume: null, issue: null, pages: null, doi: null },
    abstract: '', evidence: {}, confidence: {} as Study['confidence'],
  };
}

describe('certainty of a claim', () => {
  it('keeps high for several blinded RCTs with enough people and no commercial ties', () => {
    expect(rateClaim([study('rct', 80, { blinding: 'double' }), study('rct', 70, { blinding: 'single' }), study('animal', null)])).toEqual({
      certainty: 'high', reasons: ['2 RCTs, 150 people in all'],
    });
  });

  it('steps down for few people and for every human study tied to one commercial product, saying so', () => {
    expect(rateClaim([study('rct', 35, { blinding: 'double', commercial_product: true }), study('rct', 30, { blinding: 'double', industry_ties: true })])).toEqual({
      certainty: 'low', reasons: ['2 RCTs, 65 people in all', 'few people (fewer than 100 randomized)', 'both of a commercial product or its maker'],
    });
  });

  it('starts low for controlled studies and very low for uncontrolled ones, and never goes below very low', () => {
    expect(rateClaim([study('human_controlled', 120, { blinding: 'single' }), study('human_controlled', 40, {})]).certainty).toBe('low');
    const r = rateClaim([study('human_uncontrolled', 12)]);
    expect(r.certainty).toBe('very low');
    expect(r.reasons).toEqual(['1 uncontrolled study, 12 people in all', 'no blinding stated', 'few people (fewer than 100)', 'a single study']);
  });

  it('calls a claim with only animal or in-vitro studies "no human evidence", not a grade', () => {
    expect(rateClaim([study('animal', 24), study('in_vitro', null)])).toEqual({ certainty: 'no human evidence', reasons: ['only animal or in-vitro studies (2 studies)'] });
  });

  it('builds one claim per indication, strongest tier first, with the share characterized', () => {
    const claims = buildClaims([
      study('in_vitro', null, { ev_characterization: ['size'] }, ['photoaging']),
      study('rct', 40, {}, ['photoaging', 'pigmentation']),
      study('review', null, {}, ['photoaging']),
    ]);
    expect(claims.map((c) => c.indication)).toEqual(['photoaging', 'pigmentation']);
    expect(claims[0].studies.map((s) => s.labels.design)).toEqual(['rct', 'in_vitro']);
    expect(claims[0].counts).toEqual({ rct: 1, pilot: 0, animal: 0, in_vitro: 1 });
    expect(claims[0].characterized).toBe(0.5);
  });
});
