// Indications from the indication rules' matches (taxonomy v2, 'indications'): the conditions a study
// targets, not the outcomes it measures on the way or the uses its background lists. Pure.

import type { Design, Indication } from '../types.ts';
import { INDICATIONS } from '../types.ts';
import type { RuleSet } from './rules.ts';
import { beyondAbstract, inBackground, matchField, sentenceOf, soleSentence, textAfter, textBefore, type Found, type Match } from './match.ts';
import { sentenceAt, type RecordText, type Span } from './text.ts';
import { HUMAN_DESIGNS, inPaperScope, PAPER_SCOPE, PRIMARY_DESIGNS } from './design.ts';

const METABOLIC = 'indications.other.metabolic-title';
const SKIN_CONCERN = /\b(?:wounds?|ulcers?|skin|cutaneous|scars?|keloids?|alopecia|burns?|scalds?|pressure\s+(?:sores?|injur\w*))\b/i;
const SPECIFIC_INFLAMMATORY: Indication[] = ['psoriasis', 'atopic_dermatitis', 'acne'];
const SYMPTOM_RULES = new Set([
  'indications.inflammation_other.induced',
  'indications.inflammation_other.dermatitis',
  'indications.inflammation_other.itch-title',
  'indications.inflammation_other.pruritus',
  'indications.inflammation_other.skin-inflammation',
  'indications.inflammation_other.review-scope',
]);
const MODEL = /\bmodels?\b/i;
// A model named as of the condition, just before it: "keratinocytes stimulated with IL-4 and IL-13, a model of atopic dermatitis".
const MODEL_OF = /\b(?:models?\s+(?:of|for)|mimick?(?:ing|s)|simulat(?:ing|es))\s+(?:[\w-]+\s+){0,2}?$/i;
// What a surgery removed, named after it: "Mohs surgery for", "excision of a", "after resection of primary".
const REMOVED_BY_SURGERY = /\b(?:surger(?:y|ies)|excisions?|resections?|removal)\s+(?:[\w-]+\s+){0,2}?(?:for|of)\s+(?:[\w-]+\s+){0,2}?$/i;
// Sentences that measure or report an outcome, and those that set up a condition to treat.
const MEASURED = /\b(?:measured|assessed|evaluated|graded|scored|recorded|quantified|compared|improved|decreased|increased|reduced|declined|rose|fell|lower|higher|recovered|restored|faster|slower)\b/i;
const SETS_UP = /\b(?:models?|induced|created|established|made|generated|inflicted|with)\b/i;
const HEALING = /\b(?:heal\w*|closure|re-?epitheliali[sz]\w*|repair\w*|regenerat\w*)\b/i;
// The scar model's timeline, not a healing it measures: "after wound closure", "once the wounds had healed", "into the healed wounds".
const HEALED_FIRST = /\b(?:after|once|when|following|upon)\s+(?:the\s+)?(?:complete\s+)?(?:wounds?\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:closed|healed|re-?epithelialized)|(?:wound\s+)?(?:closure|healing|re-?epitheliali[sz]ation))\b|\b(?:the\s+)?healed\s+wounds?\b/gi;
// Conditions named as examples of a kind.
const LISTED = /\b(?:such\s+as|including|e\.g\.|for\s+(?:example|instance))/i;
// What 'other' names that is part of a condition found: cancer in a melanoma paper is the melanoma, not a non-skin
// condition; sebum in an acne paper ("inflammation and sebum production in acne-prone skin models") is the acne's.
const OTHER_PART_OF: [Indication, RegExp][] = [
  ['skin_cancer', /cancer|tumou?r/i],
  ['acne', /\bsebum\b|\boily\b/i],
];
// Melanoma named as cells, or as where vesicles came from ("melanoma-derived exosomes", "melanoma exosomes").
const MELANOMA_CELLS = /^[\s-]+(?:cells?|cell\s+lines?|derived|exosomes?|EVs?|(?:extracellular\s+)?vesicles?)\b/i;
// Whom a study treats, by their condition: "patients with actinic keratosis", "mice with imiquimod-induced lesions".
const WITH_CONDITION = /\b(?:patients|pts|participants|subjects|volunteers|women|men|adults|children|individuals|cases|mice|rats|rabbits|pigs)\s+with\s+((?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s+(?:were|was|who|received|underwent|had|and|treated|in|at|from|for)\b|[,;.()])/i;

// Named among the conditions of those enrolled ("women with rough skin texture and enlarged pores"): a target, though named once.
const ENROLLED = String.raw`\b(?:patients|pts|participants|subjects|volunteers|women|men|adults|children|individuals|people)\s+with\s+`;
const ENROLLED_WITH = new RegExp(`${ENROLLED}(?:(?!(?:were|was|who|received|underwent|applied|treated|had|after|before)\\b)[\\w'-]+[\\s,]+){0,8}$`, 'i');
// Named first among them ("volunteers with dry skin", "women with very dry, sensitive skin"), not after another
// condition they have ("patients with atopic dermatitis and dry skin").
const ENROLLED_FIRST = new RegExp(`${ENROLLED}(?:(?:very|severely|extremely|mildly|moderately)\\s+)?$`, 'i');

// Who was kept out of a study ("patients with seborrheic dermatitis were excluded", "exclusion criteria were pregnancy or
// psoriasis"); a sentence that also says who was taken in is not only that.
const EXCLUDED = /\b(?:were|was|are|being)\s+excluded\b|\bexclusion\s+criteri\w*|\bexcluding\b|\b(?:not\s+eligible|ineligible)\b/i;
const INCLUDED = /\b(?:included|inclusion|enrolled|recruited|eligible)\b(?<!\bnot\s+eligible)/i;

const FIBROSIS = /^(?:skin|dermal|cutaneous)\s+fibrosis$/i;
const SCLERODERMA = /\b(?:bleomycin|scleroderma|systemic\s+sclerosis|morphea)\b/i;
const MODEL_MADE = /\b(?:models?|induced)\b/i;

/** Every match lies in a sentence of the abstract that passes `test`. */
const onlyInSentences = (ms: Match[], text: RecordText, test: (sentence: string) => boolean) => ms.every((m) => m.field === 'abstract' && test(sentenceOf(text, m)));

/** Named only in sentences of the abstract that measure or report it ("wrinkle depth was measured ... wrinkles decreased"), none setting it up: an outcome. */
const measuredOnly = (ms: Match[], text: RecordText, setsUp: RegExp) =>
  onlyInSentences(ms, text, (sentence) => MEASURED.test(sentence) && !setsUp.test(sentence) && !WITH_CONDITION.test(sentence));

/**
 * The abstract less its sentences that name three conditions or more ("Exosomes are studied for wound healing,
 * photoaging, hair loss and pigmentation disorders"): a list of uses is background, not what the study measures.
 */
function withoutLists(found: Found, text: RecordText): string {
  const f = text.abstract;
  const kinds = new Map<Span, Set<string>>();
  for (const [indication, ms] of found)
    for (const m of ms) {
      if (m.field !== 'abstract') continue;
      const s = sentenceAt(f, m.start);
      if (!kinds.has(s)) kinds.set(s, new Set());
      kinds.get(s)!.add(indication);
    }
  const lists = [...kinds].filter(([, named]) => named.size >= 3).map(([s]) => s);
  if (!lists.length) return f.text;
  // In one pass, cut in order: a long abstract may hold many lists.
  lists.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of lists) {
    parts.push(f.text.slice(at, s.start), ' ');
    at = s.end;
  }
  parts.push(f.text.slice(at));
  return parts.join('');
}

export interface IndicationChoice {
  indications: Indication[];
  found: Found;
  /** Found only as a use the study proposes (confidence.ts doubts it). */
  proposedOnly: boolean;
  /** With no indication found, the condition the study names its people or animals by, if any. */
  unnamed: string | null;
  /** 'other' stands only for the organ the title names (confidence.ts doubts it). */
  organOnly: boolean;
}

/**
 * `keep` as in matchRule: a review keeps what others' studies did. `otherOrgan`: where the title names an organ
 * other than the skin (the inner ear, the retina), what names it. `harms`: the matches of the study details' cue of an
 * adverse event that occurred (sought in studies of people only).
 */
export function chooseIndications(rules: RuleSet, text: RecordText, design: Design, keep: string | undefined, otherOrgan: Match[] = [], harms: Match[] = []): IndicationChoice {
  let found = matchField(rules, 'indications', text, undefined, keep);
  // A study that names no target but the use it proposes ("candidates for promoting wound repair", usual in
  // lab studies) targets that use; a label the reviewer should see.
  const proposedOnly = !found.size && !keep;
  if (proposedOnly) found = matchField(rules, 'indications', text, undefined, 'hypothetical');
  // Skin inflammation named by what induced it, or itch, is the psoriasis, atopic dermatitis or acne the record names, if it
  // names one ("imiquimod-induced psoriasis and associated itch").
  if (SPECIFIC_INFLAMMATORY.some((i) => found.has(i)) && found.get('inflammation_other')?.every((m) => SYMPTOM_RULES.has(m.rule))) found.delete('inflammation_other');
  let indications = INDICATIONS.filter((i) => found.has(i));
  // "Diabetes" as a keyword is about that disease only where nothing names the skin concern it models: beside "wound
  // closure in diabetic mice" in the title, or "wound healing" as another keyword, it is the wound's model.
  if (found.get('other')?.every((m) => m.rule === METABOLIC && m.field === 'keywords') && SKIN_CONCERN.test(`${text.title.text}; ${text.keywords.text}`))
    indications = indications.filter((i) => i !== 'other');
  // 'Other' that names only a part of a condition found is that condition, not a second one (OTHER_PART_OF).
  const otherNames = found.get('other') ?? [];
  if (OTHER_PART_OF.some(([i, part]) => indications.includes(i) && otherNames.every((m) => part.test(m.snippet)))) indications = indications.filter((i) => i !== 'other');
  // B16 and other melanoma cell lines are the usual model of melanin synthesis: where pigmentation is found
  // and melanoma is named only as such cells, or as their vesicles' source, the study is of pigmentation, not of skin cancer.
  if (indications.includes('pigmentation') && found.get('skin_cancer')?.every((m) => /^melanoma/i.test(m.snippet) && MELANOMA_CELLS.test(textAfter(text, m, 20))))
    indications = indications.filter((i) => i !== 'skin_cancer');
  // "Skin fibrosis" is a scar's, except where the record makes it the fibrosis of scleroderma ("bleomycin-induced skin
  // fibrosis"): the scar rule sees that only in its own sentence, and a title may say "skin fibrosis" alone.
  const fibrosisOnly = found.get('scar')?.every((m) => FIBROSIS.test(m.snippet));
  if (fibrosisOnly && found.get('inflammation_other')?.some((m) => SCLERODERMA.test(sentenceOf(text, m)))) indications = indications.filter((i) => i !== 'scar');
  // A skin cancer named only as what a surgery removed ("healing after Mohs surgery for basal cell carcinoma"), beside a
  // wound the study treats, is the wound's cause, not a target.
  if (indications.includes('wound_healing') && found.get('skin_cancer')?.every((m) => REMOVED_BY_SURGERY.test(textBefore(text, m, 60))))
    indications = indications.filter((i) => i !== 'skin_cancer');
  // A primary study targets what it names in its title or dwells on; a condition named once in the abstract
  // beside it is an outcome measured along the way or background (taxonomy v2).
  if (PRIMARY_DESIGNS.includes(design)) {
    // Named as the condition of those enrolled ("thirty-two women with photoaging"), or (ENROLLED_FIRST) the first one; not
    // in a background section, whose people are everyone's ("Acne scars affect up to 95% of patients with acne").
    const enrolledWith = (ms: Match[], from = 0, as = ENROLLED_WITH) =>
      ms.some((m) => m.field === 'abstract' && !inBackground(text.abstract, m.start) && as.test(text.abstract.text.slice(Math.max(from, m.start - 120), m.start)));
    // Named in one sentence of the abstract only ("hydration and water loss improved"): an outcome or background,
    // however often; unless that sentence sets up a model of it, a target of its own (named twice there, or once as
    // what the model is of).
    const once = (i: Indication) => {
      const ms = found.get(i)!;
      const one = soleSentence(text, ms);
      if (one !== null && (enrolledWith(ms, one.start) || ms.some((m) => m.field === 'abstract' && MODEL_OF.test(textBefore(text, m, 40))))) return false;
      return one !== null && (ms.length === 1 || !MODEL.test(text.abstract.text.slice(one.start, one.end)));
    };
    const measured = (i: Indication) => measuredOnly(found.get(i)!, text, SETS_UP);
    const titled = (i: Indication) => beyondAbstract(found.get(i));
    // A condition named only in a harm the treatment caused ("post-inflammatory hyperpigmentation developed in 3
    // patients", "Hypertrophic scars formed at injection sites", a title "Contact dermatitis to an exosome hair
    // serum") is an adverse event beside the target, not a target of its own: nor does it lead, so that the target
    // named once ("for androgenetic alopecia") stands. A harm's cue that overlaps the mention makes it the harm's.
    const asHarm = (i: Indication) => found.get(i)!.every((m) => harms.some((h) => h.field === m.field && h.start < m.end && m.start < h.end));
    const leading = indications.some((i) => !asHarm(i) && !once(i) && found.get(i)!.some((m) => m.field === 'title' || found.get(i)!.length >= 3));
    if (leading) indications = indications.filter((i) => !once(i));
    if (indications.some((i) => titled(i) && !asHarm(i))) indications = indications.filter((i) => !measured(i));
    // Conditions named only in one way, dropped where another indication stands.
    const dropBesideOthers = (only: (i: Indication) => boolean) => {
      if (indications.some((i) => !only(i))) indications = indications.filter((i) => !only(i));
    };
    // In people, a condition only measured ("roughness and pigmented spots decreased") is an outcome of the one the
    // study sets up ("the photodamaged hands of 16 women were treated"), though no title names it. Not in a lab study,
    // whose measure is often its aim ("UVB-exposed keratinocytes' vesicles raised the melanin content of melanocytes").
    if (HUMAN_DESIGNS.includes(design)) dropBesideOthers(measured);
    dropBesideOthers(asHarm);
    // A condition named only among those kept out of the study is not its target.
    dropBesideOthers((i) => onlyInSentences(found.get(i)!, text, (sentence) => EXCLUDED.test(sentence) && !INCLUDED.test(sentence)));
    // A scar model is made by wounding ("full-thickness wounds were created on rabbit ears; exosomes were injected into the
    // wound margins"): where the title names the scar, not the wound, and nothing is said of healing, the wound is the model's means.
    if (indications.includes('scar') && titled('scar') && !titled('wound_healing') && !HEALING.test(withoutLists(found, text).replace(HEALED_FIRST, '')))
      indications = indications.filter((i) => i !== 'wound_healing');
    // Hydration and barrier are the taxonomy's own outcomes along the way: beside a target the title
    // names, they are that target's outcomes unless the title names them too.
    // So too, where they are only measured, beside a target named three times or more, or as the condition of those enrolled;
    // but not where the barrier is the first condition those enrolled have ("volunteers with dry, sensitive skin").
    const outcomeOf = (i: Indication) => titled(i) || ((found.get(i)!.length >= 3 || enrolledWith(found.get(i)!)) && measured('barrier_hydration'));
    if (indications.includes('barrier_hydration') && !titled('barrier_hydration') && !enrolledWith(found.get('barrier_hydration')!, 0, ENROLLED_FIRST) && indications.some((i) => i !== 'barrier_hydration' && outcomeOf(i)))
      indications = indications.filter((i) => i !== 'barrier_hydration');
  }
  // A review codes the conditions it reviews: where its title or the sentence saying what it covers names some,
  // conditions named only as examples elsewhere ("skin diseases such as psoriasis and vitiligo affect millions")
  // are background; unless it reviews inflammatory skin disease, of which such examples are the kinds it reviews.
  if (design === 'review') {
    // What the reviewed studies found ("exosomes improved wrinkles, elasticity and pigmentation") beside the condition the
    // title names is its outcome; reviews say what vesicles were "combined with", so only a model sets a condition up.
    const titled = indications.filter((i) => beyondAbstract(found.get(i)));
    if (titled.length) indications = indications.filter((i) => titled.includes(i) || !measuredOnly(found.get(i)!, text, MODEL_MADE));
    const scoped = (i: Indication) => found.get(i)!.some((m) => m.field !== 'abstract' || inPaperScope(text, m));
    // The skin barrier is part of what a condition the title names is ("atopic dermatitis ... skin barrier dysfunction"):
    // a review of it codes the barrier only where its title or scope names the barrier too, as a primary study does.
    if (indications.includes('barrier_hydration') && !scoped('barrier_hydration') && titled.some((i) => i !== 'barrier_hydration'))
      indications = indications.filter((i) => i !== 'barrier_hydration');
    const asExamples = (i: Indication) => onlyInSentences(found.get(i)!, text, (sentence) => !PAPER_SCOPE.test(sentence) && LISTED.test(sentence));
    const kinds = indications.filter(scoped);
    if (kinds.length && !kinds.includes('inflammation_other')) indications = indications.filter((i) => !asExamples(i));
  }
  // "Psoriasis is an inflammatory skin disease": the category names the specific disease, not a second one, and so
  // does its itch beside it ("an inflammatory skin disorder ... inflammation, barrier and pruritus in atopic dermatitis");
  // but "psoriasis, atopic dermatitis and other inflammatory dermatoses" names more.
  const namesTheDisease = (m: Match) => SYMPTOM_RULES.has(m.rule) || (m.rule.endsWith('.category') && !/\bother\s+$/i.test(textBefore(text, m, 12)));
  if (indications.some((i) => SPECIFIC_INFLAMMATORY.includes(i)) && found.get('inflammation_other')?.every(namesTheDisease))
    indications = indications.filter((i) => i !== 'inflammation_other');
  // A record about another organ ("hair cell protection in the inner ear", "exosomes of retinal pigment epithelial cells")
  // targets that organ's condition, a non-skin condition (other), even where no rule knows its name.
  const organOnly = !indications.length && otherOrgan.length > 0;
  if (organOnly) {
    indications = ['other'];
    found.set('other', otherOrgan);
  }
  const unnamed = indications.length ? null : (WITH_CONDITION.exec(text.title.text)?.[1] ?? WITH_CONDITION.exec(text.abstract.text)?.[1] ?? null);
  return { indications, found, proposedOnly: proposedOnly && !organOnly, unnamed, organOnly };
}
