// Anchors let the classifier skip rules whose words are absent; they must never skip a rule that matches.

import { describe, expect, it } from 'vitest';
import { AnchorIndex, anchors, sentenceMask } from '../pipeline/classify/anchors.ts';
import { loadRules } from '../pipeline/classify/rules.ts';

describe('anchors', () => {
  it('derives the literal words a regex needs', () => {
    expect(anchors('\\bin\\s+vitro\\b')).toEqual(new Set(['vitro']));
    expect(anchors('\\b(?:mice|mouse|rats?)\\b')).toEqual(new Set(['mice', 'mouse', 'rat']));
    expect(anchors('fat[\\s-]+(?:derived|tissue)')).toEqual(new Set(['fat']));
    expect(anchors('exosomes?|[A-Z]+')).toBeNull(); // one alternative has no literal: always run
    expect(anchors('(?:ab)?cd')).toEqual(new Set(['cd'])); // an optional group is not required; what follows is
    expect(anchors('\\bHaCaT\\b')).toEqual(new Set(['hacat'])); // lower-cased, as texts are
  });

  it('finds exactly the anchors each sentence contains', () => {
    const words = ['ex', 'exo', 'exosom', 'som', 'vitro', 'mice', 'ice', 'scar', 'car', 'keloid'];
    const index = new AnchorIndex([new Set(words)]);
    const ids = Object.fromEntries(words.map((w) => [w, index.idsOf(new Set([w]))!]));
    const sentences = ['exosomes in vitro.', 'mice with keloid scars.', 'no match here.', 'exexo scarce ice.'];
    const text = sentences.join(' ');
    const starts = sentences.map((_, i) => sentences.slice(0, i).join(' ').length + (i ? 1 : 0));
    const masks = index.sentenceMasks(text, starts);
    for (const w of words)
      sentences.forEach((s, k) => expect(Boolean(sentenceMask(ids[w], masks) & (1 << k)), `${w} in "${s}"`).toBe(s.includes(w)));
  });

  it('never skips a rule on any of its own examples', () => {
    const rules = loadRules();
    for (const rule of rules.rules)
      for (const example of rule.spec.examples.match) {
        const masks = rules.anchors.sentenceMasks(example.toLowerCase(), [0]);
        expect(sentenceMask(rule.anchorIds, masks) & 1, `${rule.id}: "${example}"`).toBe(1);
      }
  });
});
