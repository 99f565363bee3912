// Anchors let the classifier skip rules whose words are absent; they must never skip a rule that matches.

import { describe, expect, it } from 'vitest';
import { AnchorIndex, anchors, conjunctAnchors, conjunctMask, finder, sentenceMask, startAnchors, topLevelAlternatives } from '../pipeline/classify/anchors.ts';
import { loadRules } from '../pipeline/classify/rules.ts';
import { matchRule } from '../pipeline/classify/match.ts';
import { classify } from '../pipeline/classify/classify.ts';
import { recordText } from '../pipeline/classify/text.ts';
import { sentenceRecord } from './support/rule-examples.ts';

describe('anchors', () => {
  it('derives the literal words a regex needs', () => {
    expect(anchors('\\bin\\s+vitro\\b')).toEqual(new Set(['vitro']));
    expect(anchors('\\b(?:mice|mouse|rats?)\\b')).toEqual(new Set(['mice', 'mouse', 'rat']));
    expect(anchors('fat[\\s-]+(?:derived|tissue)')).toEqual(new Set(['fat']));
    expect(anchors('exosomes?|[A-Z]+')).toBeNull(); // one alternative has no literal: always run
    expect(anchors('(?:ab)?cd')).toEqual(new Set(['cd'])); // an optional group is not required; what follows is
    expect(anchors('\\bHaCaT\\b')).toEqual(new Set(['hacat'])); // lower-cased, as texts are
  });

  it('derives, per alternative, the long words a sentence must hold all of', () => {
    const sets = (x: Set<string>[][] | null) => x && x.map((alt) => alt.map((r) => [...r].sort()));
    // "arm|leg" is too short to add; the key word and up to two more of four letters or more are kept, longest first.
    expect(sets(conjunctAnchors('\\bcontralateral\\s+(?:arm|leg)\\s+untreated\\b|\\balone\\b'))).toEqual([[['contralateral'], ['untreated']], [['alone']]]);
    expect(sets(conjunctAnchors('\\b(?:one|the\\s+other)\\s+(?:side|half)\\s+of\\s+the\\s+(?:face|scalp)\\s+untreated'))).toEqual([[['one', 'the'], ['untreated'], ['half', 'side']]]);
    expect(sets(conjunctAnchors('\\b(?:applied|injected)\\s+(?:\\w+\\s+)?to\\s+(?:patients|volunteers)'))).toEqual([[['applied', 'injected'], ['patients', 'volunteers']]]);
    expect(conjunctAnchors('exosomes?|[A-Z]+')).toBeNull();
    const index = new AnchorIndex([new Set(['contralateral', 'untreated', 'alone'])]);
    const req = [[index.groupOf(new Set(['contralateral']))!, index.groupOf(new Set(['untreated']))!], [index.groupOf(new Set(['alone']))!]];
    const sentences = ['the contralateral side was untreated.', 'the contralateral side got gel.', 'laser alone.', 'untreated.'];
    const starts = sentences.map((_, i) => sentences.slice(0, i).join(' ').length + (i ? 1 : 0));
    expect(conjunctMask(req, index.scan(sentences.join(' '), starts).masks)).toBe(0b101);
  });

  it('finds exactly the anchors each sentence contains', () => {
    const words = ['ex', 'exo', 'exosom', 'som', 'vitro', 'mice', 'ice', 'scar', 'car', 'keloid'];
    const index = new AnchorIndex([new Set(words)]);
    const groups = Object.fromEntries(words.map((w) => [w, index.groupOf(new Set([w]))]));
    const sentences = ['exosomes in vitro.', 'mice with keloid scars.', 'no match here.', 'exexo scarce ice.'];
    const text = sentences.join(' ');
    const starts = sentences.map((_, i) => sentences.slice(0, i).join(' ').length + (i ? 1 : 0));
    const masks = index.scan(text, starts).masks;
    for (const w of words)
      sentences.forEach((s, k) => expect(Boolean(sentenceMask(groups[w], masks) & (1 << k)), `${w} in "${s}"`).toBe(s.includes(w)));
  });

  it('never skips a rule on any of its own examples', () => {
    const rules = loadRules();
    for (const rule of rules.rules)
      for (const example of rule.spec.examples.match) {
        const masks = rules.anchors.scan(example.toLowerCase(), [0]).masks;
        expect(sentenceMask(rule.anchorGroup, masks) & 1, `${rule.id}: "${example}"`).toBe(1);
        expect(conjunctMask(rule.conjunctGroups, masks) & 1, `${rule.id} (all of an alternative's): "${example}"`).toBe(1);
      }
  });

  it('derives the literal strings every match begins with', () => {
    expect(startAnchors('\\bin\\s+vitro\\b')).toEqual(new Set(['in '])); // white space is a space in the text scanned
    expect(startAnchors('\\b(?:mice|mouse|rats?)\\b')).toEqual(new Set(['mice', 'mouse', 'rat'])); // "rats" begins with "rat"
    expect(startAnchors('(?<![\\w-])s?EVs?\\b')).toEqual(new Set(['ev', 'sev'])); // an optional letter branches
    // An optional group of whole strings goes on with what follows: not "h" (too short to anchor) but "hadsc".
    expect(startAnchors('\\b(?:hyp|h)?ADSCs?\\w*')).toEqual(new Set(['hypadsc', 'hadsc', 'adsc']));
    // One character is too common to anchor, unless it is not ASCII: ® and ™ are rare in any text.
    expect([anchors('®|™'), startAnchors('®|™'), anchors('\\bx\\b|™')]).toEqual([new Set(['®', '™']), new Set(['®', '™']), null]);
    expect(startAnchors('\\b(?:skin\\s+)?elasticity')).toEqual(new Set(['skin ', 'elasticity'])); // with and without an optional group
    expect(startAnchors('(?:ab)*cd')).toEqual(new Set(['ab', 'cd']));
    // A group of whole strings goes on with what follows it; an alternative cut short stops where it was cut.
    expect(startAnchors('\\b(?:a|an)\\s+\\d')).toEqual(new Set(['a ', 'an ']));
    expect(startAnchors('\\b(?:T|B)[\\s-]cells?')).toEqual(new Set(['t cell', 't-cell', 'b cell', 'b-cell']));
    expect(startAnchors('(?:the\\s+present|a)[\\s-]+review')).toEqual(new Set(['the ', 'a ', 'a-']));
    expect(startAnchors('\\b(?:a|an)\\b')).toBeNull(); // "a" is too short to be worth seeking
    expect(startAnchors('[A-Z]\\w+ et al')).toBeNull(); // no literal start
    expect(startAnchors('x+yz')).toBeNull(); // "x" alone
    expect(startAnchors('xy+z')).toEqual(new Set(['xy'])); // a repeated letter ends the start
  });

  it('tries only the alternatives without start anchors by scanning, where the others have them', () => {
    expect(topLevelAlternatives('a(?:b|c)|[|(]d|\\|e|(f)')).toEqual(['a(?:b|c)', '[|(]d', '\\|e', '(f)']);
    const mixed = finder('\\b[A-Z]{2,6}\\s+alone\\b|\\bplacebo\\b|\\b(?:vehicle|sham)\\b', 'i', (src, flags) => new RegExp(src, flags));
    expect(mixed.starts).toEqual(new Set(['placebo', 'vehicle', 'sham']));
    expect(mixed.rest?.source).toBe('\\b[A-Z]{2,6}\\s+alone\\b');
    expect(mixed.restAnchors).toEqual(new Set(['alone'])); // scanned only in sentences that hold it
    expect(finder('\\bplacebo\\b|\\bsham\\b', 'i', (src, flags) => new RegExp(src, flags)).rest).toBeUndefined();
    expect(finder('[A-Z]\\w+ et al|\\d+ mice', 'i', (src, flags) => new RegExp(src, flags)).starts).toBeNull();
  });

  it('lists where each anchor occurs', () => {
    const index = new AnchorIndex([new Set(['ex', 'exo', 'som'])]);
    const scan = index.scan('exo exosome ex', [0]);
    const [ex, exo, som] = ['ex', 'exo', 'som'].map((w) => index.idsOf(new Set([w]))!);
    expect(index.startsOf(ex, scan)).toEqual([0, 4, 12]);
    expect(index.startsOf(exo, scan)).toEqual([0, 4]);
    expect(index.startsOf([...exo, ...som], scan)).toEqual([0, 4, 7]);
    // Several anchors' occurrences merged in order, a few (by insertion) or many (sorted).
    for (const n of [5, 200]) {
      const text = Array.from({ length: n }, (_, i) => (i % 3 ? 'som exo' : 'exo som')).join(' ');
      const expected = [...text.matchAll(/exo|som/g)].map((m) => m.index);
      expect(index.startsOf([...som, ...exo], index.scan(text, [0]))).toEqual(expected);
    }
  });

  it('finds anchors past ASCII, and after characters past ASCII that begin none', () => {
    const index = new AnchorIndex([new Set(['™', 'µm', 'exo', 'mex'])]);
    const ids = ['™', 'µm', 'exo', 'mex'].map((w) => index.idsOf(new Set([w]))!);
    const text = 'café™ 5 µmexo µµm ™™';
    const expected = ['™', 'µm', 'exo', 'mex'].map((w) => [...text.matchAll(new RegExp(w, 'g'))].map((m) => m.index));
    const scan = index.scan(text, [0]);
    expect(ids.map((id) => index.startsOf(id, scan))).toEqual(expected);
  });

  it('keeps nothing of one record\'s scans in the next record\'s', () => {
    const index = new AnchorIndex([new Set(['exo', 'som'])]);
    const [exo, som] = ['exo', 'som'].map((w) => index.idsOf(new Set([w]))!);
    const group = index.groupOf(new Set(['som']));
    for (let k = 0; k < 3; k++) {
      index.scan('exosome som', [0, 8]);
      index.recycle(); // the arrays of those scans serve the next record's
      const scan = index.scan('exo. exo.', [0, 5]);
      expect([index.startsOf(som, scan), index.startsOf(exo, scan), sentenceMask(group, scan.masks)]).toEqual([[], [0, 5], 0]);
      index.recycle();
    }
  });

  it('makes a scan again once its block was cut again for another record', () => {
    const rules = loadRules();
    const rule = rules.rules.find((r) => r.id === 'relevant.vesicle.terms')!;
    const first = recordText(sentenceRecord(rule, 'Exosomes from stem cells healed the wounds.'));
    const before = matchRule(rule, first, rules);
    expect(before.length).toBeGreaterThan(0);
    // Another record's classification reuses the block that the first text's scan was cut from.
    classify({ ...sentenceRecord(rule, 'Psoriasis is common in adults.'), title: 'Psoriasis in adults' }, rules);
    expect(rules.anchors.current(first.title.anchors ?? first.abstract.anchors!)).toBe(false);
    expect(matchRule(rule, first, rules)).toEqual(before);
  });

  // The sticky search at start anchors is a shortcut: it must find exactly what a scan of each sentence finds.
  it('leaves few rules without start anchors, each of which is scanned through every sentence it may match in', () => {
    // A rule all of whose patterns begin with a class ([A-Z], \d) or a word gap has no start anchors: write its
    // first letters out, or look behind for them, as design.human_controlled.control-group does for a count.
    // One such pattern among others is scanned alone (Finder.rest), the others tried at their anchors.
    // A plant's Latin binomial (sources.plant.binomial) has no first letters to write out.
    const scanned = loadRules().rules.filter((r) => r.startIds === null).map((r) => r.id);
    expect(scanned.length, `rules without start anchors: ${scanned.join(', ')}`).toBeLessThanOrEqual(4);
  });

  it('finds the same matches at start anchors as by scanning each sentence', () => {
    const rules = loadRules();
    const withStarts = rules.rules.filter((r) => r.startIds !== null);
    expect(withStarts.length).toBeGreaterThan(rules.rules.length / 2);
    const every = rules.rules.flatMap((r) => [...r.spec.examples.match, ...r.spec.examples.noMatch]);
    // Each rule's own examples, and all examples run together, so that matches meet, overlap and repeat;
    // and with tabs, line breaks and no-break spaces for their spaces, which a rule's \s matches too.
    const joined = every.join(' ');
    const texts = [...every, joined, joined.toUpperCase(), joined.replace(/ /g, (_, i: number) => ['\t', '\n', '\u00a0', ' '][i % 4])];
    // Scanning: no start anchors for the rule, the terms a linked rule checks first or what a sentence
    // must hold or not, and a tail
    // tried after every vesicle mention, not only those a link's first words follow.
    const everyMention = { ...rules, vesicleLink: /(?:)/y };
    let compared = 0;
    for (const rule of withStarts) {
      const unanchored = <T extends { startIds: unknown }>(x: T | undefined) => x && { ...x, startIds: null };
      const scanning = { ...rule, startIds: null, prefilter: unanchored(rule.prefilter), requires: unanchored(rule.requires), excludes: unanchored(rule.excludes) };
      for (const t of texts) {
        const text = () => recordText(sentenceRecord(rule, t));
        const fast = matchRule(rule, text(), rules);
        expect(fast, `${rule.id} on "${t.slice(0, 60)}"`).toEqual(matchRule(scanning, text(), everyMention));
        compared += fast.length;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('finds the same ConText modifiers at their start anchors as by scanning each sentence', () => {
    const rules = loadRules();
    expect(rules.context.modifiers.every((m) => m.startIds !== null)).toBe(true);
    const scanning = { ...rules, context: { ...rules.context, modifiers: rules.context.modifiers.map((m) => ({ ...m, startIds: null })) } };
    const none = { ...rules, context: { ...rules.context, modifiers: [] } };
    // Rule examples with modifiers before and after them, inside one sentence and across two.
    const cues = ['No', 'Future studies of', 'Previous studies reported', 'We did not find', 'Non-', 'It may be used as', 'which remains unclear', 'are needed;', 'will be'];
    const every = rules.rules.flatMap((r) => r.spec.examples.match);
    const texts = every.map((t, i) => `${cues[i % cues.length]} ${t} ${cues[(i + 4) % cues.length]} ${every[(i + 1) % every.length]}`);
    const joined = texts.join(' ');
    let cancelled = 0;
    for (const rule of rules.rules)
      for (const t of [joined, joined.toUpperCase(), ...texts.slice(0, 40)]) {
        const text = () => recordText(sentenceRecord(rule, t));
        const fast = matchRule(rule, text(), rules);
        expect(fast, `${rule.id} on "${t.slice(0, 60)}"`).toEqual(matchRule(rule, text(), scanning));
        cancelled += matchRule(rule, text(), none).length - fast.length;
      }
    expect(cancelled).toBeGreaterThan(100);
  });

  it('finds the same matches where sentences must hold all of an alternative\'s anchors as where one will do', () => {
    const rules = loadRules();
    const narrowed = rules.rules.filter((r) => r.conjunctGroups?.some((alt) => alt.length > 1));
    expect(narrowed.length).toBeGreaterThan(20);
    const every = rules.rules.flatMap((r) => [...r.spec.examples.match, ...r.spec.examples.noMatch]);
    const joined = every.join(' ');
    let compared = 0;
    for (const rule of narrowed)
      for (const t of [...rule.spec.examples.match, joined, joined.replace(/\. /g, ' ')]) {
        const text = () => recordText(sentenceRecord(rule, t));
        const fast = matchRule(rule, text(), rules);
        expect(fast, `${rule.id} on "${t.slice(0, 60)}"`).toEqual(matchRule({ ...rule, conjunctGroups: null }, text(), rules));
        compared += fast.length;
      }
    expect(compared).toBeGreaterThan(200);
  });
});
