// Sample size: propose candidates, then choose one (the shape of Trialstreamer and
// Sarker 2016). A candidate is a count (digits or number words) attached to
// a subject noun: people for human designs, animals for animal designs. Counts
// of enrolment score above counts of completers or of one arm; the case of a
// single reported person is 1. Percentages, ages, doses, durations, years and
// p-values never carry a subject noun, so they are never candidates.

import type { Design, Evidence } from '../types.ts';
import type { RecordText, Span } from './text.ts';
import { following, matchesOf, NOSTOP, preceding, sectionAt, sentenceAt, wholeWords } from './text.ts';
import { HUMAN_DESIGNS } from './design.ts';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD = [...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand'].join('|');

/** Digits (1,234 or 25) or number words ("twenty-one", "one hundred and twelve"; "and" only after hundred or thousand: "one and three months" are two). */
// Number words run to a few parts ("one hundred and twenty-three"); bounded, since an unbounded run
// made a hostile abstract of "twenty-one and ..." backtrack for a minute.
// Digits that end a name are not counts: a strain (C57BL/6, SKH-1, CD-1 mice), a disease (COVID-19
// patients), or a type, grade or stage (type 2 diabetic rats).
const NAMED = `(?<![\\w.,/])(?<![A-Za-z][-–])(?<!\\b(?:type|grade|stage|phase|class)[\\s-]*)`;
export const NUMBER = `${NAMED}\\d{1,3}(?:[,\u2009\u202f\u00a0]\\d{3})+(?![\\d.,]\\d)|${NAMED}\\d+(?![\\d.]\\d|%|\\s*%)|\\b(?:${WORD})(?:[\\s-]+(?:(?<=(?:hundred|thousand)[\\s-]+)and[\\s-]+)?(?:${WORD})){0,6}\\b`;

/** Value of a number as written; null when it is not a whole number. */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d[\d,\u2009\u202f\u00a0]*$/.test(t)) return Number(t.replace(/[,\u2009\u202f\u00a0]/g, ''));
  let total = 0;
  let current = 0;
  // What came before: a word of 1-19 or a tens word takes no other after it ("one three" is no number), and
  // "and" follows only hundred or thousand.
  let last: 'unit' | 'ten' | 'big' | 'and' | null = null;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') {
      if (last !== 'big') return null;
      last = 'and';
    } else if (w in UNITS) {
      if (last === 'unit' || (last === 'ten' && UNITS[w] >= 10)) return null;
      current += UNITS[w];
      last = 'unit';
    } else if (w in TENS) {
      if (last === 'unit' || last === 'ten') return null;
      current += TENS[w];
      last = 'ten';
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      last = 'big';
    } else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      last = 'big';
    } else return null;
  }
  return total + current;
}

// A chart review's charts (medical records, case notes) stand for its people: "we reviewed 40 charts"; so do controls
// counted beside those treated ("30 historical controls").
const HUMAN_NOUN = '(?:patients|pts|participants|volunteers|subjects|women|men|females|males|adults|children|adolescents|teenagers|infants|neonates|newborns|toddlers|babies|girls|boys|siblings|twins|sisters|brothers|individuals|people|persons|cases|outpatients|inpatients|residents|clients|monitors|workers|students|athletes|nurses|soldiers|employees|veterans|survivors|parturients|puerperae|users(?=\\s+of\\s)|eyes?\\s+of\\s+patients|case\\s+reports|charts|(?:medical|patient|clinical|case|health)\\s+records|case\\s+notes|patient|participant|volunteer|subject|adult|child|individual|person|case|woman|man|controls)';
// A veterinary trial's "canine patients" are animals.
const ANIMAL_NOUN = '(?:mice|rats|rabbits|pigs|piglets|minipigs|dogs|cats|horses|ponies|hamsters|guinea\\s+pigs|sheep|monkeys|zebrafish|animals|(?:canine|feline|equine)\\s+(?:patients|pts|participants|subjects|cases))';
// Up to four describing words between the count and the noun ("30 male patients", "ten healthy adult volunteers",
// "47 adult male albino Wistar rats"),
// a Fitzpatrick skin type, which dermatology trials put there ("16 Fitzpatrick skin type IV-V patients"), a
// type of diabetes ("36 type 2 diabetic rats") and an animal's age ("twenty-four 6-week-old female mice"); but
// not "of", which makes the count a part ("19 of 20 enrolled patients"), nor a unit of time or a preposition,
// which make it a count of something else ("applied for 12 weeks by women").
const MODIFIERS = "(?:Fitzpatrick\\s+(?:skin\\s+)?(?:photo)?types?\\s+[IVX]+(?:\\s*(?:-|–|to|and|or)\\s*[IVX]+)?\\s+)?(?:(?:type\\s+(?:[12]|I{1,2})|\\d+[\\s-]*(?:weeks?|wks?|months?|mos?|days?)[\\s-]*old|(?:\\d+-?\\s*(?:to|-|–)\\s*)?\\d+[\\s-]*(?:years?|yrs?)[\\s-]*old|(?!(?:of|out|from|to|per|by|at|for|in|on|after|before|during|over|within|among|amongst|between|across|into|with|without|under|days?|weeks?|months?|years?|hours?|previously|published|reported|planned|intended|targeted|anticipated|projected)(?![\\w'-]))[A-Za-z][\\w'/-]*)\\s+){0,4}?";

// "n = " or "n: " before a count.
const N_IS = '[nN]\\s*[=:]\\s*';
// What may stand between the people and "were screened": "120 participants with photoaging were screened".
const WITH_CONDITION = String.raw`(?:\s+(?:with|from|aged)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+)?`;
const SCREENED = new RegExp(String.raw`^${WITH_CONDITION}\s*(?:(?:were|was)\s+)?(?:screened|assessed\s+for\s+eligibility|approached|invited|contacted)\b`, 'i');
// What may stand between the people and what they got: "patients with androgenetic alopecia (who|were treated)".
const HAVING = String.raw`(?:(?:with|of)\s+(?:[\w'-]+\s+){1,4}?)?`;
// A retrospective study's pool is those whose records it read: "the clinical data (medical records, charts) of 68 patients",
// "56 patients were reviewed".
const ENROL = /\b(?:enrol+ed|enrol+ment|recruited|included|selected|chosen|accepted|randomi[sz]ed|randomly|involved|comprised|consisted|total\s+of|studied|analy[sz]ed|participated|took\s+part|underwent|received|given|applied|used|administered|treated|treating|managed|divided|split|allocated|assigned|registered|started|began|commenced|reviewed|(?:records|charts|data|files|notes)\s+of)\b/i;
const OUTCOME_IN = /\b(?:occurred|observed|seen|noted|reported|developed|found|recorded|experienced|achieved|healed|improved|resolved)\s+(?:[\w-]+\s+){0,2}?(?:in|by|among)\s+$/i;
// A sentence about harms: a count after its "in" is of those harmed ("Adverse events included contact dermatitis in one
// woman"), not of those enrolled, though "included" stands in it.
const HARMS_SENTENCE = /^\s*(?:(?:in\s+addition|additionally|moreover|furthermore|however|overall|also),?\s+)?(?:the\s+)?(?:(?:most\s+(?:common|frequent)|only|main|reported|observed)\s+)?(?:adverse\s+(?:events?|effects?|reactions?)|side[\s-]+effects?|complications?|AEs)\b/i;
// People who chose their arm were allocated by their choice: "patients chose either A (n = 20) or B (n = 20)"; people
// "underwent randomization" as they "were randomized".
const ALLOCATED = /\b(?:randomi[sz]ed|randomi[sz]ation|randomly|allocated|assigned|divided|split|chose|opted|elected|self-selected)\b/i;
// Verbs that treat people. TREATED adds their other forms (receiving, utilized, underwent) and feeding (of animals);
// DRESSED_OR_TREATED, for arms named by what covered them, the verbs of putting something on a wound or the skin (or into
// a graft: "enriched").
const TREATING = 'applied|treated|managed|received|injected|given|administered|used';
const TREATED = new RegExp(`\\b(?:${TREATING}|receiving|underwent|undergoing|utili[sz]ed|fed|gavaged)\\b`, 'i');
const DRESSED_OR_TREATED = new RegExp(`\\b(?:${TREATING}|covered|dressed|sprayed|enriched)\\b`, 'i');
const PART = /\b(?:group|arm|cohort)\b|\b(?:completed|were\s+analy[sz]ed|was\s+analy[sz]ed|dropped|withdrew|lost\s+to|discontinued|excluded|follow(?:ed)?[\s-]+up)\b/i;
// A count in brackets after "n =": more than one in a sentence are its arms; and what stands right before such a count.
const ARM_BRACKET = new RegExp(`\\(\\s*${N_IS}\\d`, 'g');
const N_BRACKET_BEFORE = new RegExp(`\\(\\s*${N_IS}$`);
// Two counts in brackets set against each other: "exosome cream (28 children) or emollient (27 children)".
const BRACKETS_OPPOSED = /\(\s*\d+[^()]*\)\s*,?\s+(?:or|versus|vs\.?)\s+[^()]{1,60}\(\s*\d+/i;

// "per group", "in each group", "for each arm".
const PER = 'per|in\\s+each|for\\s+each';
const PER_UNIT = new RegExp(`^\\s+(?:${PER})\\b`, 'i');
const GROUPS_IN_BRACKETS = new RegExp(`^\\s*(?:(?:were|was)\\s+(?:\\w+\\s+)?)?\\(\\s*(?:${N_IS})?(?:${NUMBER})\\s*(?:\\w+\\s+)?(?:(?:${PER}|each)\\b|\\/\\s*group\\b)`, 'i');
// "24 mice were randomly divided into ... groups", "96 rats were used and allocated into four groups": the count the
// groups are made of.
// "24 rats, which were then divided into ...", "40 mice, randomly allocated to ...": the same, after a comma.
const DIVIDING = String.raw`(?:divided|allocated|assigned|randomi[sz]ed|split|distributed)\b`;
const DIVIDED_AFTER = new RegExp(
  String.raw`^(?:\s+(?:[\w-]+\s+){0,2}?|\s*,\s*(?:which|that)\s+)(?:were|was)\s+(?:\w+\s+){0,3}?${DIVIDING}|^\s*,\s*(?:and\s+)?(?:(?:then|randomly|equally|subsequently)\s+)?${DIVIDING}`,
  'i',
);

// "60 BALB/c mice: 20 for the sham group, 20 ...", "60 mice aged 8 weeks: 20 for ...": the total that a list of groups
// after a colon splits.
const LISTED_AFTER = new RegExp(`^(?:\\s+[\\w-]+){0,4}?\\s*:\\s*(?:${NUMBER})\\s+(?:[\\w-]+\\s+)?(?:for|in|as|into|were|was|received|had)\\b`, 'i');

/** A proposed sample size, its score (higher wins) and the text it was read from. */
type Candidate = { value: number; score: number; ev: Evidence };
/** A candidate read from a regex match: its evidence is the match itself. */
const fromMatch = (rule: string, m: RegExpExecArray, value: number, score: number, field: Evidence['field'] = 'abstract'): Candidate => ({
  value,
  score,
  ev: { rule, field, start: m.index, end: m.index + m[0].length, snippet: m[0] },
});

// "n = 25" (or "n: 25"): one arm or the whole, read by nEquals and, for arms in one sentence, by composed.
const N_EQUALS = new RegExp(`\\b${N_IS}(\\d{1,6})\\b`, 'g');

export interface SampleSizeResult {
  value: number | null;
  evidence: Evidence[];
  candidates: { value: number; score: number; snippet: string }[];
}

// Animals are "used", "operated on", "treated" or have a product "applied (given, delivered) to (into, onto)" them or their wounds
// "covered (dressed) with" it, as people are enrolled; or the
// model is made on them ("wounds were created on 24 rats", "36 mice were irradiated", "skin flaps (3 x 9 cm) were raised on 48 rats").
const ANIMAL_ENROL = /\b(?:used|utili[sz]ed|employed|conducted|performed|carried\s+out|applied\s+(?:[\w-]+\s+){0,7}?(?:to|into|onto)|subjected|operated|injected|injections?|housed|purchased|created|made|inflicted|induced|established|generated|wounded|irradiated|exposed|sprayed|burned|burnt|shaved|depilated|an(?:a)?esthetized|grafted|transplanted|implanted|immunized|sensitized|challenged|fed|gavaged|(?:given|administered|dosed|delivered)\s+(?:[\w-]+\s+){0,6}?(?:to|into|onto)|treated|received|covered|dressed|placed|incised|excised|ligated|ovariectomi[sz]ed|flaps?\s+(?:\([^()]{1,40}\)\s+|(?:of|measuring)\s+(?:[\w.×]+\s+){1,5}?)?(?:were|was)\s+(?:raised|elevated|designed|harvested))\b/i;

// The count regexes begin with a number, which may stand anywhere: each is run only on a text that holds
// the words it cannot match without (their subject noun, "women", "groups"), and built once.
const counting = (noun: string) => ({
  // "twenty (20) patients": a number word with its digits in brackets.
  // A noun that another follows describes it ("1,024 adult patients"): the count is of the last.
  re: new RegExp(`(${NUMBER})(?:\\s*\\(\\d+\\))?[\\s-]+${MODIFIERS}${noun}\\b(?![\\s-]+${noun}\\b)`, 'gi'),
  needs: new RegExp(`${noun}\\b`, 'i'),
});
const PEOPLE = counting(HUMAN_NOUN);
const ANIMALS = counting(ANIMAL_NOUN);

// What stands before a year: a month, or a preposition of time ("in 2021", "from 2019").
const YEAR_BEFORE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|in|since|from|until|till|through|between|during|to|and)\.?,?\s*$/i;
/** Whether the number at `index` is a year: 1900-2099 after a month or a preposition of time. */
const isYearAt = (value: number, text: string, index: number) => value >= 1900 && value < 2100 && YEAR_BEFORE.test(preceding(text, index, 12));
// A time point named by its number: "week 12", "visit 6", "session 3" (not "1 year 20 patients", a length and a count).
const TIME_POINT_BEFORE = /(?<![\d.]\s*)\b(?:weeks?|days?|months?|years?|visits?|sessions?|cycles?|grades?|stages?|phases?|types?|wk|mo)\s*$/i;
// A structured abstract's section of who took part: counted there, people were enrolled, with or without a verb
// ("PATIENTS: Eighteen adults with venous leg ulcers.").
const PEOPLE_SECTION = /\b(?:PATIENTS?|PARTICIPANTS?|SUBJECTS?|POPULATION)\b/;
const inPeopleSection = (f: RecordText['abstract'], offset: number) => PEOPLE_SECTION.test(sectionAt(f, offset)?.label ?? '');

// "Two children developed contact dermatitis and withdrew", "5 patients in group B reported pain", "Two patients required
// amputation", "Three women noted mild headache", "Two patients were lost to follow-up": a count of those with an
// outcome, its subject.
const OUTCOME_AFTER = /^\s*(?:\([^()]*\)\s+)?(?:(?:in|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:group|arm)(?:\s+(?:[A-D]|I{1,3}|[1-4]))?\s+)?(?:(?:also|later|subsequently|then|each)\s+)?(?:had|developed|experienced|reported|showed|complained|withdrew|dropped\s+out|discontinued|stopped|improved|responded|achieved|healed|relapsed|noticed|noted|felt|suffered|required|needed|died|(?:were|was)\s+(?:(?:very|highly|completely|fully|not)\s+)?(?:satisfied|dissatisfied|cured|lost\s+to\s+follow[\s-]*up))\b/i;
// Not a word's second half: "a randomized within-person design" names no person.
const PEOPLE_WORD = new RegExp(`(?<![\\w-])${HUMAN_NOUN}\\b`, 'i');
/** Where the first sentence that names people treated or enrolled begins ("Children with atopic dermatitis used an exosome lotion"). */
function firstPeopleTreated(f: RecordText['abstract']): number {
  for (const s of f.sentences) {
    const sentence = f.text.slice(s.start, s.end);
    if (PEOPLE_WORD.test(sentence) && (ENROL.test(sentence) || TREATED.test(sentence))) return s.start;
  }
  return Infinity;
}

const COMPARED_WITH_BEFORE = /\bcompared\s+(?:with|to|against)\s+(?:(?:those|that)\s+(?:of|in)\s+)?(?:the\s+)?$/i;
function candidates(text: RecordText, { re, needs }: ReturnType<typeof counting>, rule: string, enrol: RegExp[] = [ENROL]) {
  const out: Candidate[] = [];
  // Found once, and only for a record with a count of those with an outcome.
  let treatedFrom: number | undefined;
  const treatedBefore = (at: number) => (treatedFrom ??= firstPeopleTreated(text.abstract)) < at;
  for (const field of ['abstract', 'title'] as const) {
    const f = text[field];
    if (!needs.test(f.text)) continue;
    for (const m of matchesOf(re, f.text)) {
      const value = parseNumber(m[1]);
      if (value === null || value <= 0 || value > 100_000) continue;
      // "a 45-year-old woman" is an age, not a count.
      if (/^[\s-]*(?:years?|yrs?|months?|weeks?|days?)[\s-]*old\b/i.test(m[0].slice(m[1].length))) continue;
      // "three mice per time point", "6 rats in each group": a count per unit, not of the study.
      const after = following(f.text, m.index + m[0].length, 40);
      if (PER_UNIT.test(after)) continue;
      // "from March 2023 to February 2024 among adults": a year, not a count.
      if (isYearAt(value, f.text, m.index)) continue;
      // "at week 12 patients improved", "on day 7 patients reported": the number of a time point, not a count.
      if (TIME_POINT_BEFORE.test(preceding(f.text, m.index, 24))) continue;
      // "18 mice (6 per group)", "eighteen mice were used (six per group)": the total, whose groups the brackets
      // count; "24 mice were randomly divided into ... groups": the total the groups are made of.
      const total = GROUPS_IN_BRACKETS.test(after) || DIVIDED_AFTER.test(after) || LISTED_AFTER.test(after);
      const s = sentenceAt(f, m.index);
      const sentence = f.text.slice(s.start, s.end);
      // Those with an outcome ("Two children developed contact dermatitis") or in whom one was seen ("healing was
      // achieved in 9 patients", "In 3 patients, mild erythema was observed" in a sentence that treats no one, "in all
      // but two patients"), after a sentence that named the people treated, are a part of them, whose whole may go
      // uncounted. Where no sentence before names them, they may be the cases of a series ("Two patients developed
      // granulomas after exosome injections"), and a count after "achieved in" only scores lower (below).
      const before = sentence.slice(0, m.index - s.start);
      const seenIn = OUTCOME_IN.test(preceding(f.text, m.index, 50)) || (HARMS_SENTENCE.test(sentence) && /\bin\s+$/i.test(before));
      const outcomeIn = seenIn || /\ball\s+but\s+$/i.test(before) || (/^\s*(?:(?:in\s+addition|additionally|moreover|furthermore|however|overall|also|then),?\s+)?in\s+$/i.test(before) && !ENROL.test(sentence) && !TREATED.test(sentence));
      if (field === 'abstract' && (OUTCOME_AFTER.test(after) || outcomeIn) && treatedBefore(s.start)) continue;
      // "from 30 studies", "in 12 trials": counts of other studies are not this study's people.
      if (/\b(?:studies|trials|articles|publications)\b/i.test(sentence) && /\b(?:review|meta-analys|included\s+\d+\s+(?:studies|trials))/i.test(sentence)) continue;
      let score = 1;
      // A title's "in 10 patients with melasma" counts those treated, as an abstract's verb of enrolment does.
      const titleCount = field === 'title' && /\b(?:in|of)\s+$/i.test(preceding(f.text, m.index, 4));
      if (enrol.some((e) => e.test(sentence)) || titleCount || (field === 'abstract' && inPeopleSection(f, m.index))) score += 2;
      if (!total && PART.test(wholeWords(sentence, m.index - s.start - 60, m.index - s.start + m[0].length + 60))) score -= 2;
      // "randomized to exosomes (22 patients) or PRP (23 patients)", "were given exosome cream (28 children) or emollient
      // (27 children)": an arm in brackets.
      else if (/\(\s*$/.test(f.text.slice(Math.max(0, m.index - 3), m.index)) && /^\s*\)/.test(after) && (ALLOCATED.test(sentence) || BRACKETS_OPPOSED.test(sentence))) score -= 2;
      // "(n = 25 patients), whereas surgeon B used a silicone gel (n = 23 patients)": an arm counted in brackets beside another.
      else if (N_BRACKET_BEFORE.test(f.text.slice(Math.max(0, m.index - 8), m.index)) && /^\s*(?:\([^()]*\)\s*)?\)/.test(after) && (sentence.match(ARM_BRACKET) ?? []).length > 1) score -= 2;
      // A total said so: "a total of 76", "overall, 76", "in total, 76".
      if (/\b(?:a\s+total\s+of|total|overall,?|in\s+total,?|altogether,?)\s*$/i.test(preceding(f.text, m.index, 12))) score += 1;
      // "(n = 20; 18 women; mean age 41)": a part of the total the brackets open with.
      if (/\(\s*[nN]\s*=\s*\d+\s*[;,][^()]*$/.test(f.text.slice(Math.max(0, m.index - 60), m.index))) score -= 2;
      // "64 patients screened", "80 screened participants": those asked, not those enrolled.
      if (SCREENED.test(following(f.text, m.index + m[0].length, 80)) || /\b(?:screened|approached|invited|contacted)\s+\S+$/i.test(m[0])) score -= 2;
      // "dryness occurred in 4 participants", "healed in 12 patients": those with an outcome, a part of those treated.
      if (seenIn) score -= 2;
      // "were compared with those of 36 matched patients treated with standard care": the people compared with, a part,
      // whom the composed totals (compared-groups, compared-next) add to those treated.
      if (COMPARED_WITH_BEFORE.test(preceding(f.text, m.index, 40))) score -= 2;
      if (/case\s+reports/i.test(m[0])) score += 2;
      out.push(fromMatch(rule, m, value, score, field));
    }
  }
  return out;
}

/**
 * Totals written as parts: "50 women and 10 men" (60), arms given in one allocating sentence,
 * "randomized to exosomes (n = 22) or filler (n = 21)" (43), and groups counted per group (groupTotals).
 * They outrank each part taken alone.
 */
// Allocated at random, in one word or two.
const RANDOMIZED = String.raw`randomi[sz]ed|randomly\s+(?:assigned|allocated)`;
const ENROLLED_VERB = String.raw`enrolled|recruited|included|${RANDOMIZED}|treated|received|underwent|participated|took\s+part`;
// After those eligible, those who then took part, counted: "56 were eligible and 50 agreed", "38 were eligible; after two
// withdrew consent, 36 began" (not "36 began to improve").
const THEN_ENROLLED = `(?:${NOSTOP}{0,40}?(?:,|;|\\band\\b)\\s*(?:(?:after|when|once)\\s+${NOSTOP}{1,40}?,\\s*)?(?:of\\s+whom\\s+|then\\s+)?(${NUMBER})\\s+(?:\\w+\\s+){0,2}?(?:were\\s+|was\\s+)?(?:${ENROLLED_VERB}|agreed|consented|(?:began|started|commenced)\\b(?!\\s+to\\b)))?`;
// "Of the 64 patients screened, 52 met the criteria": the second count, of the same people; above the whole where
// they are those enrolled or eligible ("Of the 64 patients, 52 were enrolled"), and the third where the second were
// those eligible ("..., 52 met the criteria and 48 consented") or in need ("210 needed split-thickness grafts and 48 of them
// consented"). Not those analysed ("60 were included in the analysis").
const SUBSET = new RegExp(`\\bof\\s+(?:the\\s+|these\\s+|all\\s+)?(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b${NOSTOP}{0,60}?,\\s*(${NUMBER})\\s+(?:\\w+\\s+){0,2}?(?:were\\s+|was\\s+)?(?:(enrolled|recruited|included(?!\\s+in\\s+(?:the\\s+)?(?:final\\s+)?analys)|participated|took\\s+part|treated|received|${RANDOMIZED}|allocated|assigned|underwent)|(met|fulfilled|eligible|needed|required)\\b${THEN_ENROLLED}|completed|finished)\\b`, 'gi');
// Those of the screened with complete data are those studied: "Of 64 charts screened, 41 had complete photographs".
const COMPLETE_DATA = String.raw`had\s+(?:complete|full|adequate|sufficient|available|evaluable)\s+(?:[\w-]+\s+)?(?:data|records|photographs|photos|images|follow[\s-]*up|documentation)`;
// "120 participants were screened and 98 were randomized": the second count, of the same people; or the third, where
// the second were those eligible ("Of 70 patients screened, 56 were eligible and 50 agreed to use exosome serum").
const SCREENED_THEN = new RegExp(`(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}${WITH_CONDITION}\\s+(?:(?:were|was)\\s+)?(?:screened|assessed\\s+for\\s+eligibility|approached|invited)\\b${NOSTOP}{0,60}?(?:,|;|\\band\\b|\\bof\\s+whom\\b)\\s*(?:of\\s+whom\\s+|then\\s+)?(${NUMBER})\\s+(?:\\w+\\s+){0,2}?(?:were\\s+|was\\s+)?(?:${ENROLLED_VERB}|(?:eligible|met|fulfilled)\\b${THEN_ENROLLED}|${COMPLETE_DATA})\\b`, 'gi');
// A report that says whom it describes: "this report describes three women", "the present case presents a child".
const THIS_REPORT_DESCRIBES = String.raw`(?:this|the\s+present)\s+(?:report|case|letter|paper)\s+(?:describes|presents|reports)`;
// "Three cases of granuloma are reported", "Three patients with granulomas after injections are presented", "This report
// describes four women": the cases a report counts.
const REPORTED_CASES = new RegExp(`(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?(?:cases|patients|participants|subjects|individuals|volunteers|adults|women|men|females|males|children|siblings)\\s+(?:of|with|who)\\b${NOSTOP}{0,150}?\\b(?:are|were)\\s+(?:reported|described|presented)\\b|\\b${THIS_REPORT_DESCRIBES}\\s+(${NUMBER})\\s+(?:[\\w()-]+\\s+){0,2}?${HUMAN_NOUN}\\b`, 'gi');
// "Sixteen participants completed the study out of 20 enrolled" (or "out of 20 who applied the serum"): the second
// count, of all who began.
const COMPLETED_OF = new RegExp(`(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:\\w+\\s+){0,2}?(?:completed|finished)\\b${NOSTOP}{0,60}?\\b(?:out\\s+of|of\\s+(?:the\\s+)?|from)\\s*(${NUMBER})\\s+(?:\\w+\\s+)?(?:(?:who\\s+were|who|originally|initially)\\s+)?(?:enrolled|recruited|randomi[sz]ed|included|treated|started|began|received|applied|underwent)\\b`, 'gi');
// "We compared 45 patients who received exosomes with 45 who received laser alone" (or "and 41 patients treated with
// compression alone"), "45 patients who chose exosomes were compared with 45 who chose PRP" (or ", compared with
// (relative to) 39 patients who received tranexamic acid alone"), or "34 patients who received exosomes were matched 1:1
// by age with 34 patients who received silicone gel" (or "53 who received exosomes were matched 1:1 with 53 who received
// triamcinolone", or "were propensity-matched to", the people named before; "24 patients with alopecia were treated with
// exosomes and compared with 24 matched patients treated with PRP", "paired 20 patients given exosome gel with 20 given
// standard dressings", "25 patients receiving exosome serum ... were matched by age ... to 25 patients receiving laser
// only", "were compared against a propensity-matched cohort of 64 patients", "with those of an untreated cohort of 24
// patients"): both groups. The first group is the last one counted before the comparison: in "Among 212 patients who
// underwent excision, 53 who received ..." the 212 are all.
const COMPARED_GROUPS = new RegExp(
  `\\b(?:compared|paired)\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+${HAVING}(?:who|treated|managed|given|using|receiving|applying)\\b${NOSTOP}{0,120}?\\b(?:with\\s+(?:those\\s+|the\\s+)?|and\\s+)(${NUMBER})\\s+(?:[\\w()-]+\\s+){0,4}?(?:who|treated|receiving|managed|given|using|applying)\\b` +
    `|(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+${HAVING})?(?:who|whose|(?:were\\s+)?treated|received|receiving|undergoing|using|applying|managed|were\\s+(?:given|administered))\\b(?:(?!,\\s*(?:${NUMBER})\\s+(?:${HUMAN_NOUN}\\s+)?(?:who|treated|managed)\\b)${NOSTOP}){0,120}?\\b(?:(?:were|was|and(?:\\s+were)?)\\s+|(?<=,\\s*))(?:compared|relative|(?:propensity[\\s-]+(?:score[\\s-]+)?)?matched(?:\\s+\\d:\\d)?(?:\\s+(?:by|for|on)\\s+${NOSTOP}{0,60}?)?)\\s+(?:with|to|against)\\s+(?:those\\s+of\\s+)?(?:the\\s+|an?\\s+(?:[\\w-]+\\s+){0,2}?(?:cohort|group|series)\\s+of\\s+)?(${NUMBER})\\s+(?:[\\w()-]+\\s+){0,7}?(?:who|treated|receiving|managed)\\b`,
  'gi',
);
// A counted group treated, then set against a second group counted in the next sentence: "Patients with venous ulcers
// (n = 18) received exosome sprays with compression. Their outcomes were compared with 18 matched patients from the same
// clinic who received compression alone" (36); "Healing times were compared with those of 18 patients treated ...".
const COMPARED_NEXT = new RegExp(
  `(?:\\(\\s*${N_IS}(\\d{1,6})\\s*\\)|\\b(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+${HAVING})\\s*(?:(?:were|was)\\s+)?(?:received|treated|managed|given|underwent|used|applied)\\b${NOSTOP}{0,150}?[.;]\\s*(?:(?:in\\s+addition|additionally|moreover|furthermore|then|subsequently),?\\s+)?(?:they\\s+|(?:(?:their|these|the)\\s+)?(?:[\\w-]+\\s+){0,3}?)(?:were|was)\\s+compared\\s+(?:with|to|against)\\s+(?:those\\s+of\\s+)?(${NUMBER})\\s+(?:[\\w()-]+\\s+){0,6}?(?:who|treated|receiving|managed|given)\\b`,
  'gi',
);
// Two arms set against each other, then both counted in one bracket at the end: "those admitted on odd days received
// exosome spray and those admitted on even days received standard care (n = 42 and 40)" (82). Not counts at two visits
// ("at weeks 4 and 12 (n = 30 and 28)").
const ARMS_THEN_COUNTS = new RegExp(`\\(\\s*${N_IS}(\\d{1,6})\\s*(?:,|and|vs\\.?|versus)\\s*(?:${N_IS})?(\\d{1,6})\\s*(?:,\\s*respectively\\s*)?\\)`, 'gi');
const TWO_ARMS_BEFORE = /\b(?:those|others|the\s+rest|whereas|while|or|versus|vs)\b/i;
const VISITS = /\b(?:weeks?|months?|days?|visits?|baseline|follow-?up|sessions?)\s+(?:\d+\s+)?(?:and|or|,)\b/i;
/** Both arms counted in the bracket after them: as enrolled where the sentence treats two arms, none at visits. */
function armsThenCounts(m: RegExpExecArray, sentenceOf: () => string) {
  const sentence = sentenceOf();
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(m[0])));
  return TREATED.test(before) && TWO_ARMS_BEFORE.test(before) && !VISITS.test(before) ? 3 : 0;
}
// How a pool came ("attended our clinic") or was seen ("were screened"): POOL_THEN_TREATED's words, and the words it needs.
const POOL_CAME = 'attended|visited|presented';
const POOL_SEEN = 'seen|screened|evaluated|assessed|registered|admitted';
const POOL_WORD = new RegExp(`\\b(?:${POOL_CAME}|${POOL_SEEN})\\b`, 'i');
// Those who came to a clinic, then the part of them treated: "2,146 patients with diabetes attended our foot clinic; 64 with
// Wagner grade 1-2 ulcers ... were treated with exosome gel" (64); "1,312 children were admitted with burns; 46 with
// partial-thickness burns ... received exosome dressings" (46).
const POOL_THEN_TREATED = new RegExp(
  `\\b(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+${HAVING}(?:${POOL_CAME}|were\\s+(?:${POOL_SEEN}))\\b${NOSTOP}{0,80}?[;,]\\s*(?:of\\s+(?:these|whom|them),?\\s+)?(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:(?:with|who)\\b${NOSTOP}{0,100}?\\s)?(?:were\\s+)?(?:treated|enrolled|included|recruited|received|underwent)\\b`,
  'gi',
);
// "Twenty-two completed the protocol; 24 were initially enrolled", "charts were reviewed; 37 met the inclusion criteria":
// a count whose people the sentence left unnamed; not the end of a range ("adults with an EASI of 7-21 were randomized").
const BARE_ENROLLED = new RegExp(`(?<![\\w.,/])(?<!\\d\\s*(?:[-–]|to)\\s*)(${NUMBER})\\s+(?:(?:were|had\\s+been)\\s+(?:initially\\s+|originally\\s+|first\\s+)?(?:enrolled|recruited|${RANDOMIZED})|met\\s+(?:the\\s+|all\\s+(?:the\\s+)?|our\\s+)?(?:inclusion|eligibility|study|selection)\\s+criteria)\\b`, 'gi');
// Those enrolled named by the participle alone, after "of", "among" or "all": "Of the 55 randomized, 50 completed", "All 40
// enrolled completed the study", "Of the 36 included, 30 were analysed"; not included studies, nor those randomized to an arm.
const THE_ENROLLED = new RegExp(`\\b(?:of|among|all)\\s+(?:the\\s+|these\\s+)?(${NUMBER})\\s+(?:(?:initially|originally)\\s+)?(?:enrolled|recruited|randomi[sz]ed|included|allocated)\\b(?!\\s+(?:to|into|studies|trials|articles|papers|publications|reports|records|reviews|RCTs)\\b)`, 'gi');
// "18 completed the study": those analysed, a count to take only where no other is stated (taxonomy v2).
const BARE_COMPLETED = new RegExp(`(?<![\\w.,/])(${NUMBER})\\s+(?:completed|finished)\\s+(?:the\\s+)?(?:study|trial|treatment|protocol|follow[\\s-]?up)\\b`, 'gi');
// "30 patients received exosomes after laser and 30 received laser alone" (or "24 chose exosomes and 22 chose PRP", "and
// 12 patients who received no treatment served as controls"):
// two arms, each named by what it received (not "and 15 received a second session" or "; 18 received all four sessions", nor
// "15 of them"), the second maybe after a semicolon ("; 14 matched patients received laser alone") or in a sentence of its
// own ("... The other 28 patients received laser alone"; "; a matched group of 40 men received saline"; "In the second phase, 20
// new patients received ..."; "while a comparison
// group of 12 patients applied"), or
// observed ("and 22 were observed without further treatment"); the first
// may say what its people have ("30 men with androgenetic alopecia received ..., and 30 age-matched men used ...") or had
// ("Sixty patients after thyroidectomy applied ..., and sixty-two applied ..."). After a first that "were treated with"
// (received, underwent) something, the second's verb may be left out before what it got ("and another 24 subjects with
// microneedling followed by ...").
// Where or when the second arm's people came from: "and 15 matched patients from the same period applied petrolatum".
const SAME_PERIOD = String.raw`\s+(?:from|in|at|during|of)\s+(?:the\s+)?(?:same|previous|preceding|prior|earlier|following|next)\s+(?:[\w-]+\s+)?(?:period|year|months?|clinics?|centres?|centers?|hospitals?|wards?|units?|cohorts?)`;
// A second arm placed in the same period or at another centre: "; during the same period 25 other men were prescribed".
const SAME_TIME = String.raw`(?:(?:during|in|over|at)\s+the\s+same\s+(?:period|time|interval|months?|years?|centre|center|clinic|hospital)|at\s+(?:another|a\s+second|the\s+other)\s+(?:centre|center|clinic|hospital|site)),?`;
// The first arm's people, counted, and what they have or had, before the verb of what they got.
const FIRST_ARM = String.raw`(${NUMBER})\s+${MODIFIERS}${HUMAN_NOUN}(?:\s+(?:with|after|undergoing|following)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s+`;
// What an arm of people got, said by its verb.
const ARM_VERB = '(?:received|were\\s+(?:given|administered|prescribed)|underwent|were\\s+(?:treated|managed)\\s+with|chose|opted\\s+for|elected|used|utili[sz]ed|applied|continued)';
// "Forty patients underwent randomization: 20 underwent ...": a step every one of them took, not an arm.
const NOT_ARM = '(?!\\s+(?:randomi[sz]ation|allocation|screening)\\b)';
const RECEIVED_ARMS = new RegExp(`${FIRST_ARM}${ARM_VERB}\\b${NOT_ARM}${NOSTOP}{0,120}?(?:(?:\\b(?:and|while|whereas)(?:,?\\s+(?:an?\\s+(?:(?:matched|comparison|control|contemporaneous|concurrent|second|other|separate)\\s+){1,2}|another\\s+)(?:group|arm|cohort)\\s+of)?|;(?:\\s+${SAME_TIME})?|[.;]\\s+(?:the\\s+(?:other|remaining)|an?\\s+(?:(?:matched|comparison|control|contemporaneous|concurrent)\\s+){1,2}(?:group|arm|cohort)\\s+of))\\s+|[.;]\\s*(?:(?:in\\s+addition|additionally|then|subsequently)\\s*,?\\s*)?in\\s+the\\s+(?:second|later|subsequent|following)\\s+(?:phase|period|stage|part)\\s*,?\\s+(?=\\S+\\s+(?:new|further|additional|other|different)\\b))(?:another\\s+)?(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}(?:\\s*,\\s*(?:[\\w-]+\\s+)?matched\\b[^,.;]{0,30},|${SAME_PERIOD})?\\s+)?(?:who\\s+)?(?:${ARM_VERB}\\b(?!\\s+(?:an?\\s+|the\\s+)?(?:second|third|additional|further|another|repeat\\w*|more|both|also|all|the\\s+same|at\\s+least|only)\\b)|were\\s+(?:observed|followed)\\s+(?:without|only|alone)\\b|with\\b(?=\\s+(?:[\\w-]+\\s+){0,6}?(?:micro-?needl\\w*|induction|lasers?|injections?|gels?|creams?|serums?|dressings?|ampoules?|fillers?|PRP|placebo|saline|vehicle|ointments?|solutions?|alone|only)\\b)(?<=\\b(?:were\\s+(?:treated|managed)\\s+with|received|underwent)\\b${NOSTOP}{1,200}))`, 'gi');
// "Twenty patients applied an exosome serum after microneedling; an equal number had microneedling alone": a second arm
// as large as the first, its count not written again.
const EQUAL_ARMS = new RegExp(`${FIRST_ARM}(?:${ARM_VERB}|had)\\b${NOT_ARM}${NOSTOP}{0,120}?(?:\\b(?:and|while|whereas)|;)\\s+(?:an?\\s+(?:equal|identical|like)|the\\s+same)\\s+number\\b(?:\\s+of\\s+${MODIFIERS}${HUMAN_NOUN})?\\s+(?:who\\s+)?(?:${ARM_VERB}|had|served|were\\s+(?:observed|followed|left))\\b`, 'gi');
// Two groups each counted by the people in it, without brackets: "There were 28 patients in the exosome group and 27 in the
// silicone gel group" (55), "22 patients were in group A and 21 in group B" (43). An outcome counted so ("occurred in 5 patients in the exosome group and 3 in the control group")
// scores 0 (peopleJoined).
const IN_A_GROUP = String.raw`in\s+(?:the\s+(?:[\w-]+\s+){1,3}?(?:group|arm|cohort)|(?:group|arm|cohort)\s+(?:[A-D]|I{1,3}|IV|[1-4]))\b`;
const IN_GROUPS = new RegExp(`(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:were\\s+)?${IN_A_GROUP}${NOSTOP}{0,40}?\\band\\s+(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:were\\s+)?${IN_A_GROUP}`, 'gi');
// "two patients with patchy alopecia areata and one with alopecia totalis", "12 women with melasma, 5 with solar lentigines
// and 3 with PIH", "15 women of phototype II-III and 15 of phototype IV-V": people counted by what they have or are, the
// noun said once; not a part of them ("and 3 of them").
const WITH_PARTS = new RegExp(`(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+(with|of)\\s+(?:[\\w'-]+\\s+){0,4}?[\\w'-]+(?:,\\s*(${NUMBER})\\s+\\2\\s+(?:[\\w'-]+\\s+){0,4}?[\\w'-]+)?,?\\s+and\\s+(${NUMBER})\\s+\\2\\b(?!\\s+(?:them|whom|these|those|which)\\b)`, 'gi');
// "Fifteen Asian and fifteen Caucasian women", "ten healthy and ten acne-prone volunteers", "twenty younger (30-45 years)
// and twenty older (46-65 years) women": two kinds of the people named once, after the second count; not a count of
// something else ("aged 20 years and 40 women", "12 mg and 20 patients"), whose word is a plural or a unit; people
// named twice are PEOPLE_AND's.
const NOT_KIND = String.raw`(?![\w'-]*[^u\W]s\b|(?:hundred|thousand|mg|ml|g|kg|cm|mm|µg|ug|h|d|wk|mo|yr|year|month|week|day|hour|minute|time|session|dose|of|to|in|or|per|at|and|x)\b|${HUMAN_NOUN}\b)`;
const ASIDE = String.raw`\([^()]{1,40}\)\s+`;
const KINDS_AND = new RegExp(`(${NUMBER})\\s+${NOT_KIND}[A-Za-z][\\w'-]*\\s+(?:${ASIDE})?and\\s+(${NUMBER})\\s+${MODIFIERS}(?:${ASIDE}${MODIFIERS})?${HUMAN_NOUN}\\b`, 'gi');
// "15 patients with vitiligo (cases of vitiligo) and 15 healthy volunteers", "twenty women aged 30-45 years and twenty
// (women) aged 46-65 years (between 46 and 65 years of age)", "30 patients given exosomes and 30 historical controls":
// two sets of people, the second named by its noun (or "controls") or its age.
const PEOPLE_AND = new RegExp(
  `(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}(?:\\s+(?:with|from|aged|of|given|receiving|using)\\s+(?:[\\w'-]+\\s+){0,4}?[\\w'-]+)?,?\\s+and\\s+(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}|aged|between\\s+\\d{1,3}\\s*(?:-|–|to|and)\\s*\\d{1,3}\\s+years)\\b`,
  'gi',
);
// "covered with exosome spray plus foam dressing in 18 patients and with foam dressing only in 17 patients" (or "were
// enriched with exosomes in 14 patients and were not enriched in 13 patients"): two arms, each named by what it got, then
// counted (in a sentence that treats them).
const WITH_IN_ARMS = new RegExp(`\\bin\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s*,?\\s+and\\s+(?:with|(?:were|was)\\s+not)\\s+(?:[\\w%-]+\\s+){1,5}?in\\s+(?:the\\s+other\\s+|another\\s+|the\\s+remaining\\s+)?(${NUMBER})\\b`, 'gi');
// "Keloids in 26 patients were injected with exosomes, and keloids in another 26 patients with triamcinolone" ("Scars of 30
// patients were covered with exosome patches, while scars of another 30 patients received no dressing"): the
// second arm named by what it got, counted as "another" (in a sentence that treats them); not an outcome ("Erythema
// occurred in 5 patients ..., and swelling in another 3 patients with PRP"). Or "and, in 25 others, with a foam dressing";
// or "; the other 15 received phototherapy only" after "In 15 patients, exosome gel was also applied".
const IN_ANOTHER = new RegExp(`\\b(?:in|of)\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b${NOSTOP}{0,100}?(?:\\b(?:and|while|whereas),?|;)\\s+(?:(?:[\\w-]+\\s+){0,2}?(?:in|of)\\s+(?:another\\s+|the\\s+other\\s+|the\\s+remaining\\s+|(?=(?:${NUMBER})\\s+others\\b))|the\\s+(?:other|remaining)\\s+)(${NUMBER})\\s+(?:others,?\\s+|${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:with|received|got|(?:were|was)\\s+(?:\\w+\\s+)?(?:covered|treated|dressed|injected|sprayed|left|given|administered))\\b`, 'gi');
// "Records were reviewed: 34 had fractional laser with exosomes, 29 had fractional laser with PRP": counts listed after
// a colon or semicolon with a comma alone (or "and": "were reviewed: 41 had exosome serum afterwards and 38 had standard
// aftercare"; "were allocated by their choice: 18 chose exosomes and 16 chose PRP"), each given something.
const LISTED_VERB = String.raw`(?:had|received|used|applied|underwent|chose|opted\s+for|were\s+(?:given|treated\s+with))\b`;
const LISTED_ARMS = new RegExp(`(?<=[:;]\\s*)(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?${LISTED_VERB}${NOSTOP}{0,100}?(?:,\\s*|\\s+and\\s+)(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?${LISTED_VERB}(?!\\s+(?:all|both|the\\s+same|at\\s+least|only|a\\s+second|another|further|additional|also)\\b)`, 'gi');
// People who took something, counted: "26 received", "22 patients who consented". Between two counts summed as arms,
// no other such count: "Of the 52 patients who underwent hair transplantation, 26 received exosomes and 26 did not" is
// the whole and then its parts.
const TOOK = String.raw`(?:who\s+)?(?:(?:also|then|additionally)\s+)?(?:accepted|agreed|consented|received|underwent|were\s+(?:given|treated)|used|applied|chose|opted|elected|had\s+(?:[\w-]+\s+){1,3}?(?:applied|injected|administered|sprayed))\b`;
const NO_OTHER_COUNT = `(?:(?!\\b(?:${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?${TOOK})${NOSTOP})`;
// "dressed with exosome gel in 15 consecutive patients and with petrolatum in the next 15", "the first 20 consecutive
// patients received exosome injections and the next 20 received PRP", "grafts of 30 consecutive patients were held in
// exosome solution and those of the next 30 in chilled saline": a series and the one after it;
// not a time ("assessed in the following 12 months").
const NEXT_SERIES = new RegExp(`(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b${NO_OTHER_COUNT}{0,100}?\\b(?:(?:in|to|for|among|and(?:\\s+those\\s+of)?)\\s+|;\\s*)the\\s+(?:next|following|subsequent)\\s+(${NUMBER})\\b(?![\\s-]*(?:months?|mo|weeks?|wk|days?|d|years?|yr|hours?|h|min|minutes?|sessions?|visits?|treatments?|applications?|injections?)\\b)`, 'gi');
// "In 26 patients, donor sites were dressed with exosome gel; in 24 patients treated in the preceding year, Vaseline gauze
// was used" (or "; ulcers in 20 matched patients were treated with ..."): two clauses of counted people (in a sentence
// that treats them, not after an outcome). The first may be what
// belonged to them ("donor sites of 20 patients were sprayed with exosomes; in 20 further patients, ..."), not a pool
// that opens the sentence ("Of 40 patients, ..."). The second clause treats them too ("; in 20 other patients, healing
// was complete by day 10" tells an outcome), and not a part of the first given more ("; in 20 patients chosen by coin
// toss, exosome solution was also injected").
const IN_CLAUSES = new RegExp(`\\b(?:in|(?<=[\\w-]\\s+)of)\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b${NOSTOP}{0,120}?;\\s*(?:(?:the\\s+|their\\s+)?[\\w-]+\\s+)?in\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b(?=${NOSTOP}{0,60}?\\b(?:${TREATING}|utili[sz]ed|dressed|covered|sprayed|left|underwent|kept|held|soaked|randomi[sz]ed|allocated|assigned)\\b)(?!${NOSTOP}{0,80}?\\b(?:also|additionally|as\\s+well)\\b)`, 'gi');
// "In the exosome group, 22 women applied an exosome serum; in the comparison group, 22 women applied hydroquinone
// cream": counted people placed in a named group, what each set did said after them. Not what happened to them there
// (an outcome: "in the exosome group, 3 patients had erythema").
const IN_GROUP_CLAUSES = new RegExp(`\\bin\\s+the\\s+(?:[\\w-]+\\s+){1,2}?(?:group|arm|cohort)\\s*,?\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+${ARM_VERB}\\b${NOSTOP}{0,120}?(?:;|,?\\s+(?:and|while|whereas))\\s+in\\s+the\\s+(?:[\\w-]+\\s+){1,2}?(?:group|arm|cohort)\\s*,?\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+${ARM_VERB}\\b`, 'gi');
// "Two-thirds of them (n = 32) applied an exosome cream and one-third (n = 16) applied petrolatum" (or "half (n = 24)
// ... the other half (n = 24)"): fractions of the people, each counted in brackets.
const FRACTION = String.raw`(?:half|thirds?|quarters?|fifths?)\s+(?:of\s+(?:them|the\s+(?:[\w-]+\s+)?${HUMAN_NOUN})\s+)?\(\s*${N_IS}(\d{1,6})\s*\)`;
const FRACTION_ARMS = new RegExp(`\\b(?:(?:one|two|three|a)[\\s-]+)?${FRACTION}${NOSTOP}{0,150}?(?:;|,?\\s+(?:and|while|whereas|but))\\s+(?:the\\s+(?:remaining|other)\\s+(?:(?:one|two)[\\s-]+)?|(?:one|two|a)[\\s-]+)?${FRACTION}`, 'gi');
// "Patients who declined exosome treatment served as controls (n = 18) and received foam dressings, while 22 patients
// consented to exosome gel": the controls counted in brackets, then the people treated.
const CONTROLS_THEN_TREATED = new RegExp(`\\bserved\\s+as\\s+(?:the\\s+|a\\s+)?(?:controls?|comparators?|(?:control|comparison|reference)\\s+(?:group|arm|cohort))\\s*\\(\\s*${N_IS}(\\d{1,6})\\s*\\)${NOSTOP}{0,120}?(?:,?\\s+(?:and|while|whereas)|;)\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+(?:${ARM_VERB}|consented|agreed)\\b`, 'gi');
// "Twenty-six had received scalp exosome injections, and 31 PRP injections" (or "26 men received ..."): counted people given
// the vesicles, then a second count given something else, its verb left out (as design.human_controlled.counted-verbless
// reads it). A bare first count opens its sentence or clause.
const VERBLESS_ARMS = new RegExp(`(?:(?<=(?:^|[.;:])\\s*)(${NUMBER})|(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN})\\s+(?:had\\s+)?${ARM_VERB}\\s+(?:[\\w()%-]+\\s+){0,3}?(?:exosom|vesicl|s?EVs?\\b)[\\w-]*(?:\\s+[\\w-]+){0,2}?,?\\s+and\\s+(${NUMBER})\\s+(?!${MODIFIERS}${HUMAN_NOUN}\\b)(?:[\\w%.-]+\\s+){0,2}?(?:injections?|gels?|creams?|serums?|dressings?|ointments?|solutions?|masks?|sprays?|placebo|saline|vehicle|PRP|minoxidil|fillers?|lasers?|micro-?needling)\\b(?=\\s*[.;,])`, 'gi');
// "Two treatment protocols were compared: laser plus exosome mask in 20 patients, laser plus hyaluronic acid mask in 20
// patients": arms listed after a colon, each counted "in" its people.
const LISTED_IN = new RegExp(`(?<=:[^.;:]{0,100})\\bin\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}(?:\\s*\\([^()]{0,40}\\))?\\s*,\\s*(?:and\\s+)?(?:[\\w%.+-]+\\s+){1,8}?in\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b(?=(?:\\s*\\([^()]{0,40}\\))?\\s*[.;])`, 'gi');
// "Exosome spray was used in 19 burn patients when available; 21 patients treated when it was unavailable received standard
// dressings", "27 patients whose insurance covered the gel used it, while 25 patients without coverage used hydrocolloid
// dressings": a second count named by what it lacked or when it came, given something.
const LACKING_ARMS = new RegExp(`(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b${NOSTOP}{0,120}?(?:;|,?\\s+(?:and|while|whereas))\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+(?:whose|without|with\\s+no|treated\\s+when|seen\\s+when|operated\\s+when|who\\s+(?:lacked|had\\s+no|were\\s+not|did\\s+not\\s+have))\\s+(?:[\\w'-]+\\s+){0,5}?(?:${ARM_VERB}|were\\s+dressed\\s+with)\\b`, 'gi');
// Two sets of people each counted in brackets, the second named "those" by where, when or how they came: "Patients
// operated on by surgeon A (n = 26) had grafts bathed in exosome solution; those operated on by surgeon B (n = 22) had
// grafts stored in saline" (48); "... (n = 14) and those treated in summer received PRP injections (n = 16)" (30); "...
// (n = 18) and with paraffin gauze in those operated on Tuesdays and Thursdays (n = 17)" (35). Not
// those who completed or were included (a part).
const THOSE_PLACED_ARMS = new RegExp(`\\(\\s*${N_IS}(\\d{1,6})\\s*\\)${NOSTOP}{0,150}?(?:;|,?\\s+(?:and|while|whereas|but))\\s+(?:(?:with|using)\\s+(?:[\\w()%.-]+\\s+){1,4}?in\\s+)?those\\s+(?:who\\s+(?:were\\s+)?)?(?:operated|admitted|seen|recruited|referred|hospitali[sz]ed|registered|attending|chose|preferred|opted|elected|treated\\s+(?:at|in|by)\\s+(?:the\\s+|our\\s+)?(?:other\\s+|second\\s+)?(?:[\\w-]+\\s+)?(?:hospital|centre|center|clinic|ward|site|unit|institution|department|surgeon|physician|dermatologist|team)s?|treated\\s+(?:in|during|from|between|before|after|on)\\s+(?:the\\s+)?(?:(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\\b|(?:19|20)\\d\\d\\b|(?:first|second|later|earlier|latter|former)\\b))\\b${NOSTOP}{0,100}?\\(\\s*${N_IS}(\\d{1,6})\\s*\\)`, 'gi');
// "Scars of 26 patients were covered with exosome-loaded patches, and those of 24 with silicone gel sheets" (or "those
// of 30 patients received standard dressings"; "whereas the donor sites of 24 others received paraffin gauze"; "burns in
// 36 patients were sprayed with exosomes ..., and burns of 34 patients were covered with silver sulfadiazine"): what
// counted people's scars or wounds were covered or treated with, one set and then another; not the same ones again
// ("were also covered").
const OF_PEOPLE_ARMS = new RegExp(`\\b(?:of|in)\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+(?:were|was)\\s+(?:\\w+\\s+)?(?:covered|treated|managed|dressed|injected|sprayed)\\s+with\\b${NOSTOP}{0,80}?(?:\\band|,?\\s+(?:whereas|while)|;)\\s+(?:those|(?:the\\s+)?(?:[\\w-]+\\s+)?[\\w-]+)\\s+(?:of|in)\\s+(${NUMBER})\\s+(?:others\\s+|(?:other\\s+)?${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:with|received|got|(?:were|was)\\s+(?:given|administered)|(?:were|was)\\s+(?:(?!(?:also|additionally|likewise|again|then)\\b)\\w+\\s+)?(?:covered|treated|managed|dressed|injected|sprayed)\\s+with)\\b`, 'gi');
// "The first cohort (n = 18) received picosecond laser with exosome serum; the second cohort (n = 18) received picosecond
// laser alone": the first group and the second, each counted in brackets.
const FIRST_SECOND_N = new RegExp(`\\bthe\\s+first\\s+(group|cohort|arm)\\s*\\(\\s*${N_IS}(\\d{1,6})\\s*\\)${NOSTOP}{0,150}?(?:;|,?\\s+(?:and|while|whereas))\\s+the\\s+second\\s+\\1\\s*\\(\\s*${N_IS}(\\d{1,6})\\s*\\)`, 'gi');
// "At centre A, 20 patients received microneedling plus exosomes; at centre B, 20 patients received microneedling alone",
// "In ward A, 24 patients ...; in ward B, 23 received standard care only": people counted at two centres (hospitals,
// clinics, sites, wards, units), in a sentence that treats them.
const PLACE = String.raw`(?:at|in)\s+(?:centre|center|hospital|clinic|site|ward|unit)\s+\w{1,3},?\s+`;
const AT_CENTRES = new RegExp(`\\b${PLACE}(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b${NOSTOP}{0,120}?;\\s*(?:and\\s+)?${PLACE}(${NUMBER})(?:\\s+${MODIFIERS}${HUMAN_NOUN}\\b|(?=\\s+(?:received|underwent|were|had|got|used|applied)\\b))`, 'gi');
// "Sealed envelopes assigned 18 patients to exosome injections and 18 to saline injections": two counts allocated, the
// people named once.
const ALLOCATED_TO = new RegExp(`\\b(?:assigned|allocated|randomi[sz]ed|divided|split)\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+(?:in)?to\\s+${NOSTOP}{0,80}?\\band\\s+(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:in)?to\\b`, 'gi');
// The same said of the people: "22 patients were allocated to laser plus exosome serum and 21 to laser alone"; not a range
// after the second count ("and 21 to 25"), nor the whole before its arms ("38 patients were assigned according to their
// choice: 19 to ... and 19 to").
const ALLOCATED_PASSIVE = String.raw`(?:were|was)\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)`;
const WAS_ALLOCATED = new RegExp(`\\b${ALLOCATED_PASSIVE}\\b`, 'i');
const WERE_ALLOCATED_TO = new RegExp(`(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\s+${HAVING}${ALLOCATED_PASSIVE}\\s+(?:[\\w-]+\\s+){0,3}?to\\s+(?!\\d)(?:(?!:|\\b(?:${NUMBER})\\s+(?:\\w+\\s+)?to\\b)${NOSTOP}){0,80}?\\band\\s+(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:were\\s+)?(?:(?:assigned|allocated|randomi[sz]ed)\\s+)?to\\s+(?![\\d.]|(?:${NUMBER})\\b)`, 'gi');
// The vesicles given to counted people in the passive, and something else to a second count: "Exosome gel was applied in
// 22 patients and silver sulfadiazine cream in 21 patients" (43), "Exosome injections were given to 18 women, and saline
// injections to 17 others" (35), or the second counted with its own verb ("an exosome mask was used by 15 patients,
// whereas 15 patients were given a hydrocolloid mask", 30); not an outcome in the second ("and healing was seen in 21
// patients").
const GIVEN_PASSIVE = String.raw`(?:was|were)\s+(?:\w+\s+)?(?:applied|given|administered|injected|used|utili[sz]ed|prescribed|sprayed|performed|carried\s+out|provided)`;
// How or when it was given may stand between the verb and the people: "was applied after fractional laser to the first 18".
const GIVEN_HOW = String.raw`(?:(?:after|following|before|during|with|under|using|via|every|twice|once|daily|weekly|monthly|immediately)\s+(?:[\w-]+\s+){0,3}?)?`;
const PASSIVE_GIVEN_TO = new RegExp(`\\b${GIVEN_PASSIVE}\\s+${GIVEN_HOW}(?:in|to|by|into|on)\\b`, 'i');
const PASSIVE_ARMS = new RegExp(`${GIVEN_PASSIVE}\\s+${GIVEN_HOW}(?:in|to|by|into|on)\\s+(?:(?:the\\s+)?[\\w-]+\\s+of\\s+)?(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b${NOSTOP}{0,60}?(?:(?:(?:\\band|\\bwhereas|\\bwhile)\\s+(?:an?\\s+|the\\s+)?(?:(?!(?:was|were|repeated|continued|discontinued|stopped|extended|increased|reduced|resumed|completed)\\b)[\\w()%.-]+\\s+){1,6}?(?:${GIVEN_PASSIVE}\\s+)?|;\\s+(?:an?\\s+|the\\s+)?(?:(?!(?:was|were|repeated|continued|discontinued|stopped|extended|increased|reduced|resumed|completed)\\b)[\\w()%.-]+\\s+){1,6}?${GIVEN_PASSIVE}\\s+)(?:in|to|by|into|on)\\s+(?:(?:those|the\\s+[\\w-]+)\\s+of\\s+)?(?:another\\s+)?(${NUMBER})(?:\\s+(?:other\\s+|more\\s+|further\\s+)?(?:others\\b|${MODIFIERS}${HUMAN_NOUN}\\b)|(?<=\\banother\\s+\\S+)(?=\\s*(?:[.;]|$)))|(?:\\band|\\bwhereas|\\bwhile|;)\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}(?:\\s+who\\s+${NOSTOP}{0,40}?\\s|\\s*,\\s*${NOSTOP}{1,50}?,\\s*|\\s+)(?:were\\s+(?:given|treated\\s+with|observed|followed|managed\\s+with)|received|applied|used|underwent)\\b)`, 'gi');
// "In 24 men with androgenetic alopecia, exosomes were injected into the scalp monthly, while 24 others continued oral
// finasteride alone": the count first, the vesicles given in the passive, then a second count with its own verb.
const GIVEN_PASSIVE_WORD = new RegExp(`\\b${GIVEN_PASSIVE}\\b`, 'i');
const IN_PASSIVE_ARMS = new RegExp(`\\bin\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b${NOSTOP}{0,60}?,\\s+${NOSTOP}{0,80}?${GIVEN_PASSIVE}\\b${NOSTOP}{0,120}?(?:\\b(?:and|while|whereas)|;)\\s+(?:another\\s+)?(${NUMBER})\\s+(?:(?:other|more|further)\\s+)?(?:others|${MODIFIERS}${HUMAN_NOUN})\\s+(?:${ARM_VERB}|had)\\b`, 'gi');
// "care consisted of exosome gel dressings for 25 patients and of hydrocolloid dressings for 25 patients": what each
// count had, named before it with "for", the vesicles first; not the same people counted again at times ("data were
// available for 25 patients at 3 months and for 20 patients at 6 months").
const FOR_ARMS = new RegExp(`(?:exosom|vesicl|\\bs?EVs?\\b)[\\w-]*(?:\\s+[\\w()%.-]+){0,3}?\\s+for\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b${NOSTOP}{0,80}?(?:\\band|,?\\s+(?:while|whereas)|;)\\s+(?:of\\s+|with\\s+)?(?:[\\w()%.-]+\\s+){1,5}?for\\s+(?:another\\s+|the\\s+other\\s+|the\\s+remaining\\s+)?(${NUMBER})\\s+(?:others|(?:other\\s+)?${MODIFIERS}${HUMAN_NOUN})\\b`, 'gi');
// "19 patients accepted and 21 declined", "58 patients who had exosomes applied after fractional laser and 61 who did
// not", "those enrolled after March 2023 (n = 20) also applied an exosome serum ..., whereas earlier patients (n = 22) did
// not": those who took the offer or the treatment and those who did not; not an outcome ("and 4 did not respond"), nor
// the whole before its part (NO_OTHER_COUNT).
const TOOK_OR_NOT = new RegExp(`(?:(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?|\\(\\s*${N_IS}(\\d{1,6})\\s*\\)\\s+)${TOOK}${NO_OTHER_COUNT}{0,100}?(?:\\band|,?\\s+(?:whereas|while))\\s+(?:(?:earlier|later|other|remaining|previous)\\s+)?(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:who\\s+)?(?:declined|refused|did\\s+not\\b(?!\\s+(?:respond|improve|heal|develop|experience|show|achieve|complete|return|tolerate|notice|report)))`, 'gi');
// "the first 40 of 120 planned participants received": those so far of a number planned (the planned number is no count
// of people: MODIFIERS leaves it out).
const OF_PLANNED = new RegExp(`(${NUMBER})\\s+of\\s+(?:the\\s+)?(?:${NUMBER})\\s+(?:planned|intended|targeted|anticipated|projected)\\s+${MODIFIERS}${HUMAN_NOUN}\\b`, 'gi');
// "At two centres, 18 and 23 patients ... received" (or three: "25, 27 and 22 patients"): the counts and the people named
// once; not after a time, grade or age ("at weeks 4 and 12 patients", "grades 2 and 3 patients", "aged 18 and 65") nor
// a pool ("of 18 and 23 patients"), nor one number ("one hundred and four patients"). A full stop right before a digit
// is a decimal point, but one before a word ends a sentence written without a space ("gauze.Thirty-one and 29 patients").
const COUNTS_AND = new RegExp(`(?<!\\b(?:days?|weeks?|months?|years?|grades?|stages?|types?|phases?|levels?|sessions?|visits?|between|aged|ages|at|of|from|to)\\s+)(?<![\\w,-])(?<!\\.(?=\\d))(?:(${NUMBER})\\s*,\\s*(?=\\d|(?:${WORD})\\b))?(${NUMBER})(?<!\\b(?:hundred|thousand)),?\\s+and\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b`, 'gi');
// "two prospective cohorts of 18 and 22 patients", "groups of 30 and 28 women": both groups.
const TWO_GROUPS_OF = new RegExp(`\\b(?:cohorts|groups|arms|series)\\s+of\\s+(${NUMBER})\\s+and\\s+(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b`, 'gi');
// "14 women and 6 men", "14 women, 6 men", "62 female participants and 18 men", "18 men and 12 Korean women": the total of the two.
const SEX_NOUN = '(?:\\s+(?:participants|patients|subjects|volunteers))?';
const SEXES = new RegExp(`(${NUMBER})\\s+${MODIFIERS}(?:women|females?${SEX_NOUN})(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(${NUMBER})\\s+${MODIFIERS}(?:men|males?${SEX_NOUN})\\b|(${NUMBER})\\s+${MODIFIERS}(?:men|males?${SEX_NOUN})(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(${NUMBER})\\s+${MODIFIERS}(?:women|females?${SEX_NOUN})\\b`, 'gi');

// "and" before a count: the words two counts joined cannot be matched without.
const TWO_COUNTS = new RegExp(`\\band\\s+(?:\\d|(?:${WORD})\\b)`, 'i');
// Two sets of people joined score as one count would: those enrolled or treated, unless they are those with an outcome
// ("Erythema occurred in 5 patients and 3 patients had oedema", "There were 3 cases of pigmentation and 2 cases of
// eruption").
function peopleJoined(m: RegExpExecArray, sentenceOf: () => string) {
  if (OUTCOME_IN.test(preceding(m.input, m.index, 50)) || OUTCOME_AFTER.test(following(m.input, m.index + m[0].length, 80))) return 0;
  const sentence = sentenceOf();
  return ENROL.test(sentence) || TREATED.test(sentence) ? 3 : 1;
}

/** Arms counted in a sentence that treats them (or covers, dresses or sprays them): as enrolled. */
const inTreatingSentence = (_m: RegExpExecArray, sentenceOf: () => string) => (DRESSED_OR_TREATED.test(sentenceOf()) ? 3 : 0);
/** Two arms, each counted after "in": as inTreatingSentence, unless an outcome was seen "in" the first. */
const treatedArms = (m: RegExpExecArray, sentenceOf: () => string) => (OUTCOME_IN.test(`${preceding(m.input, m.index, 50)}in `) ? 0 : inTreatingSentence(m, sentenceOf));

/** Counts that add up, or null where any is missing. */
function sumOf(...counts: (string | undefined)[]): number | null {
  const values = counts.map((c) => parseNumber(c ?? ''));
  return values.every((v) => v) ? values.reduce((a: number, b) => a + b!, 0) : null;
}

/**
 * Those enrolled of a whole outrank it; an arm of it ("32 were recruited and randomized to") or those who completed do not,
 * nor those who needed something where no count of them then took part ("Of 100 patients, 60 needed grafts").
 */
function subsetScore(m: RegExpExecArray): number {
  if (/^(?:needed|required)$/i.test(m[4] ?? '') && !m[5]) return 0;
  const enrolled = m[4] || (/^(?:enrolled|recruited|included|participated|took\s+part)$/i.test(m[3] ?? '') && !/^\s+and\s+(?:then\s+)?(?:randomi[sz]ed|randomly|allocated|assigned|divided)\b/i.test(m.input.slice(m.index + m[0].length)));
  return enrolled ? 4 : m[3] ? 3 : 0;
}

/**
 * The patterns of composed totals, each with the words a text cannot match it without (a text lacking them is
 * not scanned), how its value is read and its score (from the match, and the sentence that holds it where asked for).
 */
type Composed = { rule: string; needs: RegExp | null; re: RegExp; value: (m: RegExpExecArray) => number | null; score: (m: RegExpExecArray, sentenceOf: () => string) => number };
const COMPOSED: Composed[] = [
  { rule: 'sample_size.subset', needs: null, re: SUBSET, value: (m) => parseNumber(m[5] ?? m[2]), score: subsetScore },
  { rule: 'sample_size.screened-then', needs: /screened|eligibility|approached|invited/i, re: SCREENED_THEN, value: (m) => parseNumber(m[3] ?? m[2]), score: () => 3 },
  { rule: 'sample_size.reported-cases', needs: /\b(?:reported|described|presented|describes|presents|reports)\b/i, re: REPORTED_CASES, value: (m) => parseNumber(m[1] ?? m[2]), score: () => 3 },
  { rule: 'sample_size.completed-of', needs: /\b(?:completed|finished)\b/i, re: COMPLETED_OF, value: (m) => parseNumber(m[2]), score: () => 3 },
  // Groups said to be compared or matched are those analysed: above the pool they were drawn from ("Among 212 patients"),
  // unless they are those with an outcome ("Erythema was seen in 4 patients who received exosomes, compared with 6 ...").
  { rule: 'sample_size.compared-groups', needs: /\b(?:compared|matched|paired|relative)\b/i, re: COMPARED_GROUPS, value: (m) => sumOf(m[1] ?? m[3], m[2] ?? m[4]), score: (m) => (OUTCOME_IN.test(preceding(m.input, m.index, 50)) ? 0 : 4) },
  { rule: 'sample_size.compared-next', needs: /\b(?:were|was)\s+compared\s+(?:with|to|against)\s+(?:those\s+of\s+)?\w+\s/i, re: COMPARED_NEXT, value: (m) => sumOf(m[1] ?? m[2], m[3]), score: () => 4 },
  { rule: 'sample_size.arms-then-counts', needs: /\(\s*n\s*[=:]\s*\d+\s*(?:,|and|vs|versus)/i, re: ARMS_THEN_COUNTS, value: (m) => sumOf(m[1], m[2]), score: armsThenCounts },
  { rule: 'sample_size.pool-then-treated', needs: POOL_WORD, re: POOL_THEN_TREATED, value: (m) => parseNumber(m[2]), score: () => 4 },
  { rule: 'sample_size.bare-enrolled', needs: /\b(?:enrolled|recruited|randomi[sz]ed|randomly|criteria)\b/i, re: BARE_ENROLLED, value: (m) => parseNumber(m[1]), score: () => 2 },
  { rule: 'sample_size.the-enrolled', needs: /\b(?:enrolled|recruited|randomi[sz]ed|included|allocated)\b/i, re: THE_ENROLLED, value: (m) => parseNumber(m[1]), score: () => 3 },
  { rule: 'sample_size.bare-completed', needs: /\b(?:completed|finished)\b/i, re: BARE_COMPLETED, value: (m) => parseNumber(m[1]), score: () => 0 },
  { rule: 'sample_size.with-in-arms', needs: /\band\s+(?:with|were\s+not|was\s+not)\b/i, re: WITH_IN_ARMS, value: (m) => sumOf(m[1], m[2]), score: inTreatingSentence },
  { rule: 'sample_size.in-another', needs: /\b(?:another|others?|remaining)\b/i, re: IN_ANOTHER, value: (m) => sumOf(m[1], m[2]), score: treatedArms },
  { rule: 'sample_size.in-group-clauses', needs: /;\s*in\s+the\s|\b(?:and|while|whereas)\s+in\s+the\s/i, re: IN_GROUP_CLAUSES, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.fraction-arms', needs: /\b(?:half|thirds?|quarters?|fifths?)\b/i, re: FRACTION_ARMS, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.controls-then-treated', needs: /\bserved\s+as\b/i, re: CONTROLS_THEN_TREATED, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.verbless-arms', needs: TWO_COUNTS, re: VERBLESS_ARMS, value: (m) => sumOf(m[1] ?? m[2], m[3]), score: () => 3 },
  { rule: 'sample_size.listed-in', needs: /:[^.;:]{0,100}\bin\s/i, re: LISTED_IN, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.lacking-arms', needs: /\b(?:whose|without|with\s+no|(?:treated|seen|operated)\s+when|who\s+(?:lacked|had\s+no|were\s+not|did\s+not\s+have))\b/i, re: LACKING_ARMS, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.those-placed', needs: /\bthose\s+(?:who\s+)?\w+/i, re: THOSE_PLACED_ARMS, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.first-second', needs: /\bsecond\s+(?:group|cohort|arm)\b/i, re: FIRST_SECOND_N, value: (m) => sumOf(m[2], m[3]), score: () => 3 },
  { rule: 'sample_size.next-series', needs: /\b(?:next|following|subsequent)\b/i, re: NEXT_SERIES, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.two-groups-of', needs: /\b(?:cohorts|groups|arms|series)\s+of\b/i, re: TWO_GROUPS_OF, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  {
    rule: 'sample_size.with-parts',
    needs: /\band\s+\S+\s+(?:with|of)\b/i,
    re: WITH_PARTS,
    // The middle part is optional: "two with X and one with Y".
    value: (m) => (m[3] === undefined ? sumOf(m[1], m[4]) : sumOf(m[1], m[3], m[4])),
    score: () => 3,
  },
  { rule: 'sample_size.women-and-men', needs: /women|female/i, re: SEXES, value: (m) => sumOf(m[1] ?? m[3], m[2] ?? m[4]), score: () => 3 },
  { rule: 'sample_size.in-clauses', needs: /;\s*(?:(?:the\s+|their\s+)?[\w-]+\s+)?in\s/i, re: IN_CLAUSES, value: (m) => sumOf(m[1], m[2]), score: treatedArms },
  { rule: 'sample_size.of-people-arms', needs: /(?:\band|\bwhereas|\bwhile|;)\s+\S+(?:\s+\S+){0,2}\s+(?:of|in)\s/i, re: OF_PEOPLE_ARMS, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.allocated-to', needs: /\b(?:assigned|allocated|randomi[sz]ed|divided|split)\s+\S+\s/i, re: ALLOCATED_TO, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.were-allocated-to', needs: WAS_ALLOCATED, re: WERE_ALLOCATED_TO, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.passive-arms', needs: PASSIVE_GIVEN_TO, re: PASSIVE_ARMS, value: (m) => sumOf(m[1], m[2] ?? m[3]), score: () => 3 },
  { rule: 'sample_size.for-arms', needs: /(?:exosom|vesicl|\bs?EVs?\b)[\w-]*(?:\s+\S+){0,3}?\s+for\s/i, re: FOR_ARMS, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.in-passive-arms', needs: GIVEN_PASSIVE_WORD, re: IN_PASSIVE_ARMS, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.at-centres', needs: /;\s*(?:and\s+)?(?:at|in)\s+(?:centre|center|hospital|clinic|site|ward|unit)\b/i, re: AT_CENTRES, value: (m) => sumOf(m[1], m[2]), score: inTreatingSentence },
  { rule: 'sample_size.listed-arms', needs: /[:;]\s*\S+\s/, re: LISTED_ARMS, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
  { rule: 'sample_size.took-or-not', needs: /\b(?:declined|refused|did\s+not)\b/i, re: TOOK_OR_NOT, value: (m) => sumOf(m[1] ?? m[2], m[3]), score: () => 3 },
  { rule: 'sample_size.of-planned', needs: /\b(?:planned|intended|targeted|anticipated|projected)\b/i, re: OF_PLANNED, value: (m) => parseNumber(m[1]), score: () => 3 },
  { rule: 'sample_size.counts-and', needs: TWO_COUNTS, re: COUNTS_AND, value: (m) => (m[1] ? sumOf(m[1], m[2], m[3]) : sumOf(m[2], m[3])), score: peopleJoined },
  { rule: 'sample_size.kinds-and', needs: TWO_COUNTS, re: KINDS_AND, value: (m) => sumOf(m[1], m[2]), score: peopleJoined },
  { rule: 'sample_size.people-and', needs: TWO_COUNTS, re: PEOPLE_AND, value: (m) => sumOf(m[1], m[2]), score: peopleJoined },
  { rule: 'sample_size.in-groups', needs: /\b(?:group|arm|cohort)\b/i, re: IN_GROUPS, value: (m) => sumOf(m[1], m[2]), score: peopleJoined },
  { rule: 'sample_size.equal-arms', needs: /\b(?:equal|identical|like|same)\s+number\b/i, re: EQUAL_ARMS, value: (m) => sumOf(m[1], m[1]), score: () => 3 },
  { rule: 'sample_size.received-arms', needs: /\b(?:received|given|administered|underwent|treated|managed|chose|opted|elected|used|utili[sz]ed|applied)\b/i, re: RECEIVED_ARMS, value: (m) => sumOf(m[1], m[2]), score: () => 3 },
];

/** Whether a match opens with a year after a month or a preposition ("March 2024", "and 2024"). */
function startsWithYear(text: string, m: RegExpExecArray): boolean {
  const year = /^\d{4}\b/.exec(m[0]);
  return !!year && isYearAt(Number(year[0]), text, m.index);
}

/** The totals a table of composed patterns reads in the abstract. */
function totalsOf(table: Composed[], text: RecordText) {
  const out: Candidate[] = [];
  const f = text.abstract;
  for (const c of table) {
    if (c.needs && !c.needs.test(f.text)) continue;
    for (const m of matchesOf(c.re, f.text)) {
      // "admitted between March 2022 and March 2024 were enrolled": a year, not a count.
      if (startsWithYear(f.text, m)) continue;
      const value = c.value(m);
      // Patterns overlap ("14 women and 6 men" are people and sexes): a total read once where it begins.
      if (!value || out.some((o) => o.ev.start === m.index && o.value === value)) continue;
      const sentenceOf = () => {
        const s = sentenceAt(f, m.index);
        return f.text.slice(s.start, s.end);
      };
      out.push(fromMatch(c.rule, m, value, c.score(m, sentenceOf)));
    }
  }
  return out;
}

function composed(text: RecordText) {
  return [...totalsOf(COMPOSED, text), ...armTotals(text, 2), ...armSentences(text, 2), ...namedArms(text, 2)];
}

// An arm's count of sites, not people: "sprayed with exosomes (n = 21 wounds) or with saline (n = 21 wounds)".
const SITES_COUNTED = /^\s*(?:wounds?|lesions?|scars?|ulcers?|keloids?|burns?|sites?|areas?|sides?|hemi-?faces|eyes|patches|plaques|grafts?|defects?|striae)\b/i;
// "divided into control, IMQ and IMQ + EV groups (n = 6)": an n right after "groups" counts each group (see
// ANIMAL_GROUPS) or all of them, never one arm.
const AFTER_GROUPS = /\bgroups\s*\(\s*$/i;
const GROUP_BEFORE = /\b(?:group|arm|cohort)(?:\s+(?:[A-Z]|I{1,3}|IV|[1-4]))?\s*\(\s*$|\b(?:centre|center|hospital|clinic|site|ward|unit)\s+\w{1,3}\s*\(\s*$|-treated\s*\(\s*$/i;
// What stands right before a count in its sentence: "groups (" counts each group, "the PRP group (" (cohort,
// "group II (", "exosome-treated (", "centre B (", "ward A (") one arm.
const leadOf = (sentence: string, m: RegExpExecArray) => sentence.slice(Math.max(0, m.index - 12), m.index);
// What sets two counted arms against each other, between them; or "and" after "between": "compared between those who
// received A (n = 41) and those who received B (n = 39)".
// Or one period and the next: "during the first half of the study period (n = 22); thereafter, silver dressings were used (n = 24)";
// or one group and "the other group".
const OPPOSING = /\b(?:or|versus|vs|while|whereas|than|compared\s+(?:with|to)|(?:matched|paired)\b.*\bwith|did\s+not)\b|;\s*(?:thereafter|afterwards|subsequently|later|from\s+then\s+on|after\s+that)\b|\bin\s+the\s+other\s+(?:group|arm|cohort)\b/i;
const BETWEEN = /\bbetween\b/i;
// "treated with exosomes (n = 10) or saline (n = 10); non-irradiated mice served as normal controls (n = 10)" (30).
const SERVED_THIRD = /^\s*\)?[^()]*\bserved\s+as\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+)?(?:controls?|control\s+group)\s*\(\s*$/i;
const AND = /\band\b/i;
// Or "compared" before them and "and those" between: "We compared patients who underwent laser with exosomes (n = 45)
// and those who underwent laser alone (n = 41)"; not time points ("compared at week 4 (n = 30) and week 12 (n = 28)").
const COMPARED = /\bcompar(?:ed|ing)\b/i;
const AND_THOSE = /\band\s+(?:those|(?:the\s+)?(?:patients|participants|subjects|women|men|cases))\b/i;
// Two counts in one bracket after arms named with "or": "either with exosome dressings or with alginate (n = 22 and n = 24)".
const ONE_BRACKET = /^\s*(?:,|;|and)\s*$/i;
const OR = /\bor\b/i;
// Between counted arms of a list: "), dexamethasone (" and, before the last, ") or saline (".
// Not time points: "at 4 weeks (n = 30), 8 weeks (n = 28) and 12 weeks (n = 25)".
const ARM_WORDS = String.raw`(?![^()]*\b(?:weeks?|months?|days?|years?|hours?|visits?|sessions?|baseline|follow-?up)\b)[^,;.()]{1,40}\(\s*$`;
const NEXT_ARM = new RegExp(String.raw`^\s*\)\s*,\s*${ARM_WORDS}`, 'i');
const LAST_ARM = new RegExp(String.raw`^\s*\)\s*,?\s*(?:or|and|versus|vs\.?)\s+${ARM_WORDS}`, 'i');
// Counts per arm ("n = 10 each", "10 per group", "in each group") are no arms to add; "after each session" or "each
// patient" is something else.
const PER_ARM = /\bper\s+(?:group|arm)\b|\beach\s+(?:group|arm|cohort)\b|\b(?:in|for)\s+each\b(?!\s+(?:of|session|treatment|visit|patient|participant|subject|side|half)\b)|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty))\s*\)?\s*each\b/i;

/**
 * Arms counted in one allocating sentence: "randomized to exosomes (n = 22) or filler (n = 21)" (43), two
 * arms set against each other in a sentence that treats them: "exosome serum (n = 32) or vehicle (n = 32) was
 * applied" (64), "those treated with exosome dressings (n = 32) were compared with those treated with conventional
 * dressings (n = 30)" (62), or matched with them: "patients treated with exosome gel (n = 28) were matched by age
 * with patients treated with alginate dressings (n = 28)" (56), or set against those who "did not" have them; or groups
 * each counted after its name: "the exosome group (n = 22) and the PRP group (n = 21)"; where "at 4 weeks (n = 30) and
 * 12 weeks (n = 28)" are time points, not arms.
 */
function armTotals(text: RecordText, score: number) {
  const out: Candidate[] = [];
  const f = text.abstract;
  for (const s of f.sentences) {
    const sentence = f.text.slice(s.start, s.end);
    if (PER_ARM.test(sentence)) continue;
    const before = (m: RegExpExecArray) => leadOf(sentence, m);
    const arms = matchesOf(N_EQUALS, sentence).filter((m) => !AFTER_GROUPS.test(before(m)) && !SITES_COUNTED.test(sentence.slice(m.index + m[0].length)));
    if (arms.length < 2) continue;
    // A third count of those who "served as (normal) controls" after two opposed arms is a third arm.
    const served = arms.length === 3 && SERVED_THIRD.test(sentence.slice(arms[1].index + arms[1][0].length, arms[2].index));
    const opposed = () => {
      // Given, fed, or put on ("sprayed with exosomes (n = 14) or with normal saline (n = 13)"), or allocated ("self-selected
      // into exosome (n = 18) or no-treatment (n = 17) arms").
      if ((arms.length !== 2 && !served) || !(TREATED.test(sentence) || DRESSED_OR_TREATED.test(sentence) || ALLOCATED.test(sentence))) return false;
      const between = sentence.slice(arms[0].index + arms[0][0].length, arms[1].index);
      const lead = sentence.slice(0, arms[0].index);
      return OPPOSING.test(between) || (BETWEEN.test(lead) && AND.test(between)) || (COMPARED.test(lead) && AND_THOSE.test(between)) || (ONE_BRACKET.test(between) && OR.test(lead));
    };
    // Or each count is a group's, named as such ("The exosome group (n = 22) and the PRP group (n = 21) were compared").
    const groups = () => arms.every((m) => GROUP_BEFORE.test(before(m)));
    // Or three or more arms listed by what they got: "treated with exosomes (n = 7), dexamethasone (n = 7) or saline (n = 7)".
    const listed = () =>
      arms.length >= 3 &&
      TREATED.test(sentence) &&
      arms.slice(1).every((m, k) => (k === arms.length - 2 ? LAST_ARM : NEXT_ARM).test(sentence.slice(arms[k].index + arms[k][0].length, m.index)));
    if (!ALLOCATED.test(sentence) && !opposed() && !groups() && !listed()) continue;
    const values = arms.map((m) => Number(m[1]));
    const sum = values.reduce((a, b) => a + b, 0);
    const largest = Math.max(...values);
    // "patients (n = 40) were randomized to A (n = 20) or B (n = 20)": the total is already there. Two
    // equal arms alone are two arms, not a total and its part.
    const value = values.length > 2 && largest === sum - largest ? largest : sum;
    out.push(armsCandidate(s, sentence, arms, value, score));
  }
  return out;
}

/**
 * Groups counted each in a sentence of its own, one right after another, each given something: "The exosome group
 * (n = 25) received exosome gel dressings every 2 days. The control group (n = 25) received silver sulfadiazine
 * dressings." (50). A total stated as such outscores it.
 */
function armSentences(text: RecordText, score: number) {
  const out: Candidate[] = [];
  const f = text.abstract;
  let run: { s: Span; arm: RegExpExecArray }[] = [];
  const close = () => {
    if (run.length >= 2) {
      const [first, last] = [run[0], run[run.length - 1]];
      const [start, end] = [first.s.start + first.arm.index, last.s.start + last.arm.index + last.arm[0].length];
      const value = run.reduce((n, r) => n + Number(r.arm[1]), 0);
      out.push({ value, score, ev: { rule: 'sample_size.arms', field: 'abstract', start, end, snippet: f.text.slice(start, end) } });
    }
    run = [];
  };
  for (const s of f.sentences) {
    const sentence = f.text.slice(s.start, s.end);
    const arms = matchesOf(N_EQUALS, sentence);
    const one = arms.length === 1 && GROUP_BEFORE.test(leadOf(sentence, arms[0]));
    if (one && TREATED.test(sentence) && !PER_ARM.test(sentence)) run.push({ s, arm: arms[0] });
    else close();
  }
  close();
  return out;
}

/** A total of arms, its evidence the sentence's text from the first arm to the last. */
function armsCandidate(s: Span, sentence: string, arms: RegExpExecArray[], value: number, score: number): Candidate {
  const [first, last] = [arms[0], arms[arms.length - 1]];
  const [from, to] = [first.index, last.index + last[0].length];
  return { value, score, ev: { rule: 'sample_size.arms', field: 'abstract', start: s.start + from, end: s.start + to, snippet: sentence.slice(from, to) } };
}

// People counted per arm in words: "22 patients in the exosome group and 23 in the PRP group" (or "formed the exosome
// group"), "the exosome group comprised 22 patients and the PRP group 23 patients", "randomized to exosomes (22 patients)
// or PRP (23 patients)", "exosome dressing (group E, 31 patients) or silver dressing (group S, 29 patients)", "the control arm
// (triamcinolone injection, 15 patients)".
const ARM_COUNT = new RegExp(
  `(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\s+)?(?:(?:were\\s+)?in|formed|constituted|made\\s+up)\\s+the\\s+(?:[\\w-]+\\s+){1,3}?(?:group|arm)\\b|\\b(?:group|arm)\\s+(?:(?:comprised|included|consisted\\s+of|had|of|with)\\s+)?(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}\\b|\\((?:\\s*[^(),]{1,40},)?\\s*(${NUMBER})\\s+${MODIFIERS}${HUMAN_NOUN}(?:\\s*\\([^()]{1,30}\\))?\\s*\\)`,
  'gi',
);
// Sentences that count those who responded or had an event in each arm, not those in it.
const ARM_OUTCOME = /\b(?:improv\w*|respon\w*|achiev\w*|showed|reported|experienced|developed|had|healed|cured|relapsed)\b/i;

const COMPARED_ARMS = /\b(?:compared|versus|vs\.?)\b/i;

/** Arms whose people are counted in words in one sentence that enrols, allocates, treats or compares them: their sum. */
function namedArms(text: RecordText, score: number) {
  const out: Candidate[] = [];
  const f = text.abstract;
  if (!/\b(?:group|arm)\b|\(/i.test(f.text)) return out;
  for (const s of f.sentences) {
    const sentence = f.text.slice(s.start, s.end);
    // ENROL holds every allocating word; arms may also be set side by side ("The treatment arm (exosome injection, 15
    // patients) was compared with the control arm (triamcinolone injection, 15 patients)").
    if (ARM_OUTCOME.test(sentence) || !(ENROL.test(sentence) || TREATED.test(sentence) || COMPARED_ARMS.test(sentence))) continue;
    const arms = matchesOf(ARM_COUNT, sentence);
    if (arms.length < 2) continue;
    const values = arms.map((m) => parseNumber(m[1] ?? m[2] ?? m[3]) ?? 0);
    if (values.some((v) => v <= 0)) continue;
    out.push(armsCandidate(s, sentence, arms, values.reduce((a, b) => a + b, 0), score));
  }
  return out;
}

// "Twenty patients received exosome injections, and 20 untreated patients served as controls", "... Another 18 patients
// who declined treatment served as the control group", "and 48 treated with silver sulfadiazine in the same period served
// as comparison": a control group counted on its own, added to the count of those treated just before it (the nearest,
// in that sentence or the one before). Not where that count was the whole, its
// arms counted after it ("50 were enrolled: 25 received exosomes, and 25 untreated patients served as controls").
const SERVED_AS_CONTROLS = new RegExp(`(${NUMBER})\\s+(?:${MODIFIERS}${HUMAN_NOUN}\\b|(?=(?:who\\s+(?:were\\s+)?)?(?:treated|managed)\\s+(?:with|by)\\b))(?:(?!\\d|;|\\b(?:while|whereas|but|those|others?|rest|remaining)\\b)${NOSTOP}){0,100}?\\bserved\\s+as\\s+(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:controls|comparators|comparison(?:\\s+(?:group|arm|cohort))?\\b(?!\\s+(?:of|for|with|between)\\b)|(?:control|reference)\\s+(?:group|arm|cohort))\\b`, 'gi');
// Looser than ARM_VERB: an arm of the whole may be counted as 'were treated' or 'were treated by' with no 'with'.
const ARM_COUNTED = new RegExp(`(?:${NUMBER})\\s+(?:[\\w-]+\\s+){0,3}?(?:received|were\\s+(?:treated|given|managed)|underwent|applied|used)\\b`, 'i');
const TREATED_COUNTS = new Set(['sample_size.people', 'sample_size.n-equals', 'sample_size.pool-then-treated']);

function withServedControls(text: RecordText, found: Candidate[]): Candidate[] {
  const f = text.abstract;
  const out: Candidate[] = [];
  if (!/\bserved\s+as\b/i.test(f.text)) return out;
  for (const m of matchesOf(SERVED_AS_CONTROLS, f.text)) {
    const controls = parseNumber(m[1]);
    const s = sentenceAt(f, m.index);
    const k = f.sentences.indexOf(s);
    const from = k > 0 ? f.sentences[k - 1].start : s.start;
    const treated = found
      .filter((c) => c.ev.field === 'abstract' && TREATED_COUNTS.has(c.ev.rule) && c.ev.start >= from && c.ev.end <= m.index)
      .sort((a, b) => b.ev.end - a.ev.end)[0];
    if (!controls || !treated || ARM_COUNTED.test(f.text.slice(treated.ev.end, m.index))) continue;
    const [start, end] = [treated.ev.start, m.index + m[0].length];
    // The treated and their controls score as the treated count does: above a pool the treated were drawn from.
    out.push({ value: treated.value + controls, score: Math.max(3, treated.score), ev: { rule: 'sample_size.served-controls', field: 'abstract', start, end, snippet: f.text.slice(start, end) } });
  }
  return out;
}

// "A prospective study (N = 32)" in a title: the study's whole count.
const STUDY_N = /\b(?:study|trial|series|cohort|experience|analysis|evaluation)\s*\(\s*$/i;

/** "n = 25" and "(n=25)": weaker, since they often give one arm; in a title, only a study's count. */
function nEquals(text: RecordText) {
  const out: Candidate[] = [];
  const f = text.abstract;
  for (const m of matchesOf(N_EQUALS, f.text)) {
    if (SITES_COUNTED.test(f.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const s = sentenceAt(f, m.index);
    const sentence = f.text.slice(s.start, s.end);
    // "Women receiving radiotherapy (n = 20) applied the gel": a count in a sentence that treats them is of those treated.
    out.push(fromMatch('sample_size.n-equals', m, Number(m[1]), PART.test(sentence) ? -1 : ENROL.test(sentence) || TREATED.test(sentence) ? 1 : 0));
  }
  for (const m of matchesOf(N_EQUALS, text.title.text))
    if (STUDY_N.test(text.title.text.slice(Math.max(0, m.index - 30), m.index))) out.push(fromMatch('sample_size.n-equals', m, Number(m[1]), 2, 'title'));
  return out;
}

// An age said after who was counted: "mice aged 6-8 weeks (n = 30)", "rats aged 8 weeks were divided into ...".
const AGE_N = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const AGED = `(?:\\s+aged\\s+${AGE_N}(?:\\s*(?:-|–|to)\\s*${AGE_N})?[\\s-]*(?:weeks?|wks?|days?|months?|years?)(?:\\s+old)?)?`;
// The disease the animals have, named after them: "rats with diabetes (n = 24)", "mice bearing B16F10 melanoma (n = 5)";
// not what a group was given.
// Words that say what a group was given, not the disease it has.
const NOT_GIVEN = '(?!(?:exosom|EVs?\\b|vesicle|PBS|saline|treat|vehicle))';
const WITH_DISEASE = `(?:\\s+(?:with|bearing|carrying)\\s+(?:${NOT_GIVEN}[\\w-]+\\s+){0,2}?${NOT_GIVEN}[\\w-]+)?`;
/**
 * "C57BL/6 mice (n = 24)", "mice (6 weeks old, n = 30)": the animals, counted where they are named; "(n = 6 per
 * group)" is not a total. Or the count names them in its bracket: "a rabbit ear model (n = 12 rabbits)", not what it counts
 * in them: "(n = 24 wounds in 6 rabbits)".
 */
const ANIMALS_N_EQUALS = new RegExp(
  `\\b${ANIMAL_NOUN}${AGED}${WITH_DISEASE}\\s*\\((?:[^()]{0,40}?[,;]\\s*)?${N_IS}(\\d{1,5})\\s*\\)(?!\\s*(?:${PER}|each)\\b)|\\(${N_IS}(\\d{1,5})\\s+(?:(?!(?:wounds?|scars?|sites?|lesions?|ears?|flaps?|samples?|biops(?:y|ies)|defects?|grafts?|sides?|tumou?rs?|in|of|from)\\b)[\\w-]+\\s+){0,3}?${ANIMAL_NOUN}\\s*\\)`,
  'gi',
);

// "Forty db/db mice and forty wild-type mice", "12 male and 12 female rats", "twelve aged (18-month-old) and six young
// (2-month-old) mice": two sets of animals, both used, each named by a word (and a bracket) that is no unit of time.
const SET_WORD = '(?!(?:weeks?|months?|days?|years?|hours?|of|per|in|to|from)\\b)[A-Za-z][\\w-]*(?:\\s*\\([^()]{0,20}\\))?';
const ANIMAL_PAIRS = new RegExp(
  `(${NUMBER})\\s+${MODIFIERS}${ANIMAL_NOUN}\\s+and\\s+(${NUMBER})\\s+${MODIFIERS}${ANIMAL_NOUN}\\b|(${NUMBER})\\s+${SET_WORD}\\s+and\\s+(${NUMBER})\\s+${SET_WORD}\\s+${MODIFIERS}${ANIMAL_NOUN}\\b`,
  'gi',
);

function animalsNEquals(text: RecordText) {
  const out: Candidate[] = [];
  for (const m of matchesOf(ANIMALS_N_EQUALS, text.abstract.text))
    out.push(fromMatch('sample_size.animals-n-equals', m, Number(m[1] ?? m[2]), 3));
  return out;
}

// Two sets counted each in its own brackets ("young (3 months, n = 10) and aged (24 months, n = 10) mice", "Aged mice
// (n = 10) and young mice (n = 10)"), or once for both ("db/db mice and their wild-type littermates (n = 12 each)").
const SET_N = `\\s*\\((?:[^()]{0,30}?[,;]\\s*)?${N_IS}(\\d{1,4})\\s*\\)`;
const ANIMAL_SETS_N = new RegExp(`\\b[A-Za-z][\\w-]*${SET_N}\\s+and\\s+[A-Za-z][\\w-]*${SET_N}\\s+${MODIFIERS}${ANIMAL_NOUN}\\b|\\b${ANIMAL_NOUN}${SET_N}\\s+and\\s+(?:[A-Za-z][\\w/-]*\\s+){1,3}?${ANIMAL_NOUN}${SET_N}`, 'gi');
const ANIMAL_SETS_EACH = new RegExp(`\\b${ANIMAL_NOUN}\\s+and\\s+(?:(?:their|the)\\s+)?(?:[\\w/-]+\\s+){0,3}?(?:littermates|controls|counterparts|${ANIMAL_NOUN})\\s*\\(\\s*${N_IS}(\\d{1,4})\\s+each\\s*\\)`, 'gi');

// "Of 40 rats injected with streptozotocin, 32 became diabetic and were randomly allocated ...": those the model took, then
// allocated, are the animals used.
const ANIMAL_SUBSET = new RegExp(`\\bof\\s+(?:the\\s+|these\\s+|all\\s+)?(${NUMBER})\\s+${MODIFIERS}${ANIMAL_NOUN}\\b${NOSTOP}{0,80}?,\\s*(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?(?:became|developed|met|fulfilled|survived|remained|(?:were|was)\\s+(?:successfully\\s+)?(?:modell?ed|established|induced))\\b${NOSTOP}{0,60}?\\band\\s+(?:were\\s+|was\\s+)?(?:then\\s+)?(?:randomly\\s+)?(?:allocated|assigned|divided|randomi[sz]ed|included|used|distributed|split)\\b`, 'gi');

const ANIMAL_COMPOSED: Composed[] = [
  { rule: 'sample_size.animal-subset', needs: /\b(?:became|developed|met|fulfilled|survived|remained|modell?ed|established|induced)\b/i, re: ANIMAL_SUBSET, value: (m) => parseNumber(m[2]), score: () => 4 },
  { rule: 'sample_size.animal-pairs', needs: null, re: ANIMAL_PAIRS, value: (m) => sumOf(m[1] ?? m[3], m[2] ?? m[4]), score: () => 3 },
  { rule: 'sample_size.animal-pairs', needs: /\band\b/i, re: ANIMAL_SETS_N, value: (m) => sumOf(m[1] ?? m[3], m[2] ?? m[4]), score: () => 3 },
  { rule: 'sample_size.animal-pairs', needs: /\beach\b/i, re: ANIMAL_SETS_EACH, value: (m) => 2 * Number(m[1]), score: () => 3 },
];

/**
 * Animals or people counted per group: "six rats in each of four groups", "four groups of six rats",
 * "divided into four groups (n = 6 per group)" are 24. A total stated elsewhere outscores these.
 */
const G = `(${NUMBER})`;
// An allocation ratio between the verb and the arms: "randomized (1:1) to", "randomly assigned in a 2:1 ratio to".
const RATIO = '(?:\\(?(?:(?:in|at)\\s+)?(?:an?\\s+)?\\d+\\s*:\\s*\\d+(?:\\s*:\\s*\\d+)?(?:\\s+(?:ratio|fashion|manner|allocation))?\\)?,?\\s+)?';
const DIVIDED = `\\b(?:divided|allocated|assigned|randomi[sz]ed|split|distributed|underwent\\s+randomi[sz]ation)\\s+${RATIO}(?:\\w+\\s+){0,3}?`;
// Groups named in a list ("sham, model and exosome"), each of up to seven words ("UVB + high-dose extracellular
// vesicles", "IMQ + EV (low)", "microneedling with small extracellular vesicles (sEVs)", "4% hydroquinone cream"),
// and how many it names.
const ITEM_WORD = '(?:\\d+(?:\\.\\d+)?\\s?%|[\\w+-]+)';
const ITEM = `${ITEM_WORD}(?:\\s+(?:${ITEM_WORD}|\\([^()]{1,15}\\))){0,6}`;
const LISTED = `(?:${ITEM},\\s+)+${ITEM},?\\s+(?:and|or|versus|vs\\.?)\\s+${ITEM}`;
// The same, or just two: "PBS and exosome".
const LISTED_OR_TWO = `${LISTED}|${ITEM}\\s+(?:and|or|versus|vs\\.?)\\s+${ITEM}`;
// "Divided into four (treatment) groups", and a bare count right after the groups: "(n = 6)".
const NUMBERED = `${DIVIDED}(?:in)?to\\s+${G}\\s+(?:\\w+\\s+){0,2}?groups`;
const BARE_N = `\\s*\\(\\s*${N_IS}${G}\\s*\\)`;
// Words before the count inside brackets: "(6-8 weeks old, n = 10 per group, ...)".
const BRACKET_LEAD = '\\s*(?:[^()]{0,40}?[,;]\\s*)?';
// A group named by its own words or its letter or number: "the observation group", "an extracellular vesicle group", "group
// 2"; not "each group", "two groups".
const NAMED_GROUP = `(?<![\\w-])(?:(?:the\\s+|an?\\s+)?(?!(?:each|per|two|three|both|either|one|other|this|that|same|every|which)\\b)(?:[\\w-]+\\s+){1,3}?(?:group|arm)|group\\s+(?:[A-D1-4]|I{1,3}))\\b`;
// Up to the next clause or sentence, through no other group.
const NO_OTHER_GROUP = `(?:(?!\\b(?:groups?|arms?)\\b)(?:${NOSTOP}|;)){0,150}?`;
// The rule a total read from arms named as given (below) is reported as. Such a total is a reading, not a statement: a
// group given neither (sham, normal controls) may go unnamed, so confidence.ts marks an animal count read so as unsure.
export const ARMS_GIVEN = 'sample_size.arms-given';
// Arms set one against another, two or more: "exosome or PBS injections", "exosomes, PBS or gel alone".
const GIVEN_ARMS = `${ITEM}(?:,\\s+${ITEM})*,?\\s+(?:or|versus|vs\\.?)\\s+${ITEM}`;
const listed = (list: string) => String(list.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or|versus|vs\.?)\s+/).filter(Boolean).length);
const EACH = `(?:(?:${PER}|each)\\s+(?:group|arm)|\\/\\s*(?:group|arm)\\b|each\\b)`;
// Animals taken from each group for a measurement are a sample of it, not its size: "24 rats were divided into exosome and
// control groups, and flaps were harvested from six rats per group" are 24, not 2 x 6. The span from the groups to the
// count does not run through such a step, and a count followed by one ("six rats per group were killed on day 7") is none.
const SAMPLED = '\\b(?:harvested|collected|sacrificed|killed|euthani[sz]ed|sampled|excised|biopsied)\\b';
const TO_THE_COUNT = `(?:(?!${SAMPLED})${NOSTOP}){0,80}?`;
const NOT_SAMPLED = `(?!\\s+(?:were|was)\\s+(?:\\w+\\s+)?${SAMPLED})`;
// Each pattern with the words a text cannot match it without: the patterns begin with a number, which may
// stand anywhere, so a text without "each" or "per" (most) is not scanned for them at all.
const EACH_OR_PER = /\b(?:each|per)\b|\/\s*(?:group|arm)\b/i;
const GROUPS_OF = /\b(?:groups?|cohorts?|arms?)\s+(?:of|with)\b/i;
const GROUPS = /\bgroups\b/i;
// Each pattern: its regex, the count per group and the number of groups it reads, the words a text needs, and the rule
// it is reported as where not sample_size.per-group.
const perGroup = (noun: string): [RegExp, (m: RegExpExecArray) => [string, string], RegExp, string?][] => [
  [new RegExp(`${G}\\s+${MODIFIERS}${noun}\\s+(?:in\\s+)?(?:each|per)\\s+(?:of\\s+(?:the\\s+)?)?${G}\\s+groups\\b`, 'gi'), (m) => [m[1], m[2]], EACH_OR_PER],
  // "four groups of six rats", "three cohorts of five patients".
  [new RegExp(`${G}\\s+(?:equal\\s+)?(?:groups?|cohorts?|arms?)\\s+(?:of|with)\\s+${G}\\s+${MODIFIERS}${noun}\\b`, 'gi'), (m) => [m[2], m[1]], GROUPS_OF],
  // "Each of the 4 groups contained 5 rats".
  [new RegExp(`\\beach\\s+of\\s+(?:the\\s+)?${G}\\s+(?:\\w+\\s+)?groups\\s+(?:contained|included|comprised|consisted\\s+of|had)\\s+${G}\\s+${MODIFIERS}${noun}\\b`, 'gi'), (m) => [m[2], m[1]], EACH_OR_PER],
  // "Each group comprised 6 mice, and there were four groups".
  [new RegExp(`\\beach\\s+group\\s+(?:contained|included|comprised|consisted\\s+of|had)\\s+${G}\\s+${MODIFIERS}${noun}\\b${NOSTOP}{0,40}?\\b(?:there\\s+were\\s+|in\\s+(?:all\\s+|the\\s+)?)${G}\\s+groups\\b`, 'gi'), (m) => [m[1], m[2]], EACH_OR_PER],
  // "5 mice per group in four groups", "five mice per group were used in each of six groups", "(six mice per group, three groups)".
  [new RegExp(`${G}\\s+${MODIFIERS}${noun}\\s+(?:${PER})\\s+(?:group|arm)(?:,?\\s+(?:(?:were|was)\\s+(?:used|utili[sz]ed|included|studied|assigned)\\s+)?(?:in|across|with|for|to)\\s+|,\\s*)(?:each\\s+of\\s+)?(?:the\\s+)?${G}\\s+(?:\\w+\\s+)?groups\\b`, 'gi'), (m) => [m[1], m[2]], EACH_OR_PER],
  // "ten mice per group received vehicle, low-dose, mid-dose or high-dose exosomes" (4 x 10): what each group got, three or
  // more named.
  [new RegExp(`${G}\\s+${MODIFIERS}${noun}\\s+(?:${PER})\\s+(?:group|arm)\\s+(?:were\\s+)?(?:received|(?:treated|injected)\\s+with|given)\\s+(${LISTED})`, 'gi'), (m) => [m[1], listed(m[2])], EACH_OR_PER],
  // "Twelve rats per group (four groups)".
  [new RegExp(`${G}\\s+${MODIFIERS}${noun}\\s+(?:${PER})\\s+(?:group|arm)\\s*\\(\\s*${G}\\s+(?:groups|arms)\\s*\\)`, 'gi'), (m) => [m[1], m[2]], EACH_OR_PER],
  // The groups named in brackets, then the count per group after a semicolon: "randomly assigned to four groups (control,
  // minoxidil, low-dose exosome and high-dose exosome; n = 6 each)" (4 x 6).
  [new RegExp(`${NUMBERED}\\s*\\([^()]{0,150}?[;,]\\s*(?:${N_IS})?${G}\\s*(?:${noun}\\s*)?${EACH}\\s*\\)`, 'gi'), (m) => [m[2], m[1]], EACH_OR_PER],
  [new RegExp(`${NUMBERED}\\b${TO_THE_COUNT}(?:\\(\\s*${N_IS}|\\b)${G}\\s*(?:\\)\\s*)?(?:${MODIFIERS}${noun}\\s*)?${EACH}${NOT_SAMPLED}`, 'gi'), (m) => [m[2], m[1]], EACH_OR_PER],
  // "mice (n = 6/group, 3 groups)", "(n = 8 mice/group; 5 groups)", "(n = 6 per group; four groups including
  // vehicle)", "(four groups, n = 6 per group)", and the same brackets after what was done to them.
  // What comes first in the brackets ("6-8 weeks old, n = 10 per group, 3 groups") does not change the count.
  [new RegExp(`(?:\\b${noun}\\s*)?\\(${BRACKET_LEAD}${N_IS}${G}\\s*(?:${MODIFIERS}${noun}\\s*)?(?:\\/\\s*|per\\s+)group\\s*[,;]\\s*${G}\\s+groups\\b[^()]{0,40}?\\)`, 'gi'), (m) => [m[1], m[2]], GROUPS],
  [new RegExp(`(?:\\b${noun}\\s*)?\\(${BRACKET_LEAD}${G}\\s+groups\\s*[,;]\\s*${N_IS}${G}\\s*(?:\\/\\s*|per\\s+)group\\s*\\)`, 'gi'), (m) => [m[2], m[1]], GROUPS],
  // "(three groups, ten mice each)": read alone, the ten was taken for all of them.
  [new RegExp(`\\(${BRACKET_LEAD}${G}\\s+groups\\s*[,;]\\s*${G}\\s+(?:${MODIFIERS}${noun}\\s+)?(?:each|per\\s+group)\\s*\\)`, 'gi'), (m) => [m[2], m[1]], GROUPS],
  // Counted per group in brackets, then what each group got, three or more named: "mice (n = 10/group) received
  // intraperitoneal exosomes, PBS or dexamethasone" (3 x 10).
  // What comes first in the brackets ("7 weeks old; 8 per group"), a step before the treatment ("were depilated and
  // treated with") and what the model was made with ("sensitized with D. farinae were treated with", "were sensitized with
  // 2,4-dinitrochlorobenzene and then received") do not change the count.
  [new RegExp(`\\b${noun}${AGED}\\s*\\(${BRACKET_LEAD}(?:${N_IS})?${G}\\s*(?:${noun}\\s*)?(?:\\/\\s*|per\\s+|in\\s+each\\s+)(?:group|arm)\\s*\\)\\s+(?:(?:[\\w,()-]+\\s+){1,8}?(?:(?:were|was)\\s+)?|(?:were|was)\\s+)?(?:[\\w-]+\\s+and\\s+(?:then\\s+)?)?(?:received|(?:treated|managed)\\s+with|given|injected\\s+with)\\s+(${LISTED})`, 'gi'), (m) => [m[1], listed(m[2])], EACH_OR_PER],
  // Counted per group in brackets, then two groups given something "with or without" something more: "Mice (n = 8/group)
  // received imiquimod with or without topical exosome cream" (2 x 8).
  [new RegExp(`\\b${noun}${AGED}\\s*\\(${BRACKET_LEAD}(?:${N_IS})?${G}\\s*(?:${noun}\\s*)?(?:\\/\\s*|per\\s+|in\\s+each\\s+)(?:group|arm)\\s*\\)\\s+(?:(?:were|was)\\s+)?(?:received|(?:treated|managed)\\s+with|given|injected\\s+with)\\s+(?:[\\w-]+\\s+){1,4}?with\\s+or\\s+without\\b`, 'gi'), (m) => [m[1], '2'], EACH_OR_PER],
  // Counted per group in brackets, then the groups counted or named: "BALB/c mice (n = 8 per group) were divided into four
  // groups" (4 x 8), "rats (10/group) were randomly assigned to sham, model and exosome groups" (3 x 10).
  [new RegExp(`\\b${noun}${AGED}\\s*\\(\\s*(?:${N_IS})?${G}\\s*(?:${noun}\\s*)?(?:\\/\\s*|per\\s+|in\\s+each\\s+)(?:group|arm)\\s*\\)\\s+(?:(?:were|was)\\s+)?(?:\\w+\\s+){0,2}?(?:divided|allocated|assigned|randomi[sz]ed|split|distributed)\\s+${RATIO}(?:\\w+\\s+){0,2}?(?:into|to)\\s+(?:${G}\\s+(?:\\w+\\s+){0,2}?(?:groups|arms)|(${LISTED_OR_TWO})\\s+(?:groups|arms))\\b`, 'gi'), (m) => [m[1], m[2] ?? listed(m[3])], EACH_OR_PER],
  // "Rats were divided into three groups of 12", "mice (6-8 weeks old), randomly divided into four groups of eight",
  // "mice were assigned to 3 groups of 10":
  // the noun named before the groups.
  [new RegExp(`\\b${noun}${AGED}(?:\\s*\\([^()]{0,60}\\))?,?\\s+(?:(?:were|was)\\s+)?(?:\\w+\\s+){0,2}?(?:divided|allocated|assigned|randomi[sz]ed|split|distributed)\\s+(?:\\w+\\s+){0,2}?(?:into|to)\\s+${G}\\s+(?:equal\\s+)?groups\\s+(?:of|with)\\s+${G}\\b(?!\\s*(?:%|(?:mg|µg|ug|ng|ml|days?|weeks?|months?|years?|hours?|h|min|mm|cm)\\b))`, 'gi'), (m) => [m[2], m[1]], GROUPS_OF],
  // Groups (arms) named in a list, or two: "divided into sham, model and exosome groups, with 8 rats in each group" (3 x 8),
  // "divided into control and exosome groups, with six rabbits in each group" (2 x 6).
  [new RegExp(`${DIVIDED}(?:into|to)\\s+(${LISTED_OR_TWO})\\s+(?:groups|arms)\\b${TO_THE_COUNT}(?:\\(\\s*${N_IS}|\\b)${G}\\s*(?:\\)\\s*)?(?:${MODIFIERS}${noun}\\s*)?${EACH}${NOT_SAMPLED}`, 'gi'), (m) => [m[2], listed(m[1])], EACH_OR_PER],
  // Arms listed without the word "groups" (which the pattern above counts): "randomly assigned to topical
  // vehicle, conditioned medium, or exosomes (n = 7 per group)" (3 x 7), "to exosomes plus laser or laser alone (n = 24 each)".
  [new RegExp(`${DIVIDED}(?:into|to)\\s+(?:receive\\s+)?(${LISTED_OR_TWO})(?<!\\bgroups)\\s*\\(\\s*${N_IS}${G}\\s*(?:${noun}\\s*)?(?:(?:\\/\\s*|per\\s+|in\\s+each\\s+|each\\s+)(?:group|arm)|each)\\s*\\)`, 'gi'), (m) => [m[2], listed(m[1])], EACH_OR_PER],
  // The same with the count after a comma: "randomized to exosome cream or standard care, with 20 patients per arm" (2 x 20).
  // What they got may run on before the count: "to exosome gel or vehicle gel after each of three laser sessions, with 24 per arm".
  [new RegExp(`${DIVIDED}(?:into|to)\\s+(?:receive\\s+)?(${LISTED_OR_TWO})(?<!\\bgroups)(?:\\s+[^,.;()]{1,60}?)?\\s*,?\\s+with\\s+${G}\\s+(?:${MODIFIERS}${noun}\\s+)?(?:per\\s+|in\\s+each\\s+|each\\s+)(?:group|arm)\\b`, 'gi'), (m) => [m[2], listed(m[1])], EACH_OR_PER],
  // Two groups named by their own words, one by one or clause after clause, then how many each held: "divided into a control
  // group given routine skin care and an intervention group given routine skin care plus exosome spray, 32 in each", "The control
  // group received fire needle therapy and the observation group ..., 40 cases in each group", "The reference group ...;
  // the research group added exosome gel. Each group had 45 cases", "Group 1 applied ...; group 2 applied ...; 30 cases per
  // group" (2 x each). No third group before, between or after them: in "a laser group, an exosome group and a
  // laser-exosome group, 30 in each group" there are three.
  [new RegExp(`(?<!\\b(?:groups?|arms?)\\s*,\\s*(?:and\\s+)?(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,3})${NAMED_GROUP}${NO_OTHER_GROUP}(?:\\band|;)\\s+${NAMED_GROUP}${NO_OTHER_GROUP}(?:[,;]\\s*(?:with\\s+)?|\\.\\s*(?:(?:in\\s+addition|additionally|moreover|furthermore|overall),?\\s+)?)(?:each\\s+group\\s+(?:had|included|comprised|contained|consisted\\s+of)\\s+${G}|${G}\\s+(?:${MODIFIERS}${noun}\\s+)?(?:(?:were\\s+)?in\\s+)?${EACH})`, 'gi'), (m) => [m[1] ?? m[2], '2'], EACH_OR_PER],
  // Three or four groups so named, in a list: "divided into a laser group, an exosome group and a laser-exosome group, 30 in each
  // group" (3 x 30).
  [new RegExp(`${DIVIDED}(?:in)?to\\s+((?:${NAMED_GROUP},\\s+){1,2}${NAMED_GROUP},?\\s+and\\s+${NAMED_GROUP}),\\s*(?:with\\s+)?${G}\\s+(?:${MODIFIERS}${noun}\\s+)?(?:in\\s+)?${EACH}`, 'gi'), (m) => [m[2], String((m[1].match(/\b(?:group|arm)\b/gi) ?? []).length)], EACH_OR_PER],
  // Two arms said clause by clause, the first given something, then how many each held: "Patients seen on Mondays applied
  // an exosome mask and those seen on Thursdays applied a plain mask (18 each)", "The exosome serum was applied after IPL in
  // patients treated between January and June, and a plain moisturizer in those treated between July and December (12
  // patients each)" (2 x each).
  [new RegExp(`\\b${ARM_VERB}\\b${NOSTOP}{0,100}?(?:\\band|\\bwhile|\\bwhereas|;)\\s+(?:(?:an?\\s+|the\\s+)?(?:[\\w()%.-]+\\s+){1,5}?in\\s+)?(?:those|others|the\\s+(?:others|rest)|(?:[\\w-]+\\s+)?${noun})\\b[^().;]{0,120}?\\(\\s*(?:${N_IS})?${G}\\s*(?:${MODIFIERS}${noun}\\s*)?(?:(?:\\/\\s*|per\\s+|in\\s+each\\s+|each\\s+)(?:group|arm)|each)\\s*\\)`, 'gi'), (m) => [m[1], '2'], EACH_OR_PER, ARMS_GIVEN],
  // Arms named by what they were given, not how they were allocated, each counted: "Rats received exosome or PBS
  // injections (n = 10 per group)" (2 x 10), "mice received topical exosomes, retinoic acid or vehicle, with 10 mice in each
  // group" (3 x 10), how and when they were given between ("Treg-EVs or PBS i.p. every other day (n = 8 per group)").
  // Alternatives only: "received IMQ and exosomes (n = 6 per group)" may be one arm of several.
  [new RegExp(`\\b(?:received|were\\s+(?:treated|injected)\\s+with|were\\s+(?:given|administered))\\s+(${GIVEN_ARMS})(?:\\s+(?:[A-Za-z]\\.){2}|\\s+[\\w+-]+){0,6}?\\s*(?:\\(\\s*(?:${N_IS})?${G}\\s*(?:${MODIFIERS}${noun}\\s*)?(?:(?:\\/\\s*|per\\s+|in\\s+each\\s+|each\\s+)(?:group|arm)|each)\\s*\\)|,?\\s+with\\s+${G}\\s+(?:${MODIFIERS}${noun}\\s+)?(?:per\\s+|in\\s+each\\s+|each\\s+)(?:group|arm)\\b)`, 'gi'), (m) => [m[2] ?? m[3], listed(m[1])], EACH_OR_PER, ARMS_GIVEN],
];
// Of animals, a bare n right after the groups counts each group, as "(n = 6 each)" does: "divided into four
// groups (n = 6)", "into control, UVB and UVB + exosome groups (n = 8)", "into PBS and exosome groups (n = 12)".
// Of people it may be the total.
const ANIMAL_GROUPS: ReturnType<typeof perGroup> = [
  ...perGroup(ANIMAL_NOUN),
  [new RegExp(`${NUMBERED}${BARE_N}`, 'gi'), (m) => [m[2], m[1]], GROUPS],
  [new RegExp(`${DIVIDED}(?:into|to)\\s+(${LISTED_OR_TWO})\\s+groups${BARE_N}`, 'gi'), (m) => [m[2], listed(m[1])], GROUPS],
  // Each group named with its own word: "divided into model group, low dose group and high dose group (n=8)".
  [new RegExp(`${DIVIDED}(?:into|to)\\s+((?:${ITEM}\\s+group,\\s+)*${ITEM}\\s+group,?\\s+(?:and|or)\\s+${ITEM}\\s+group)${BARE_N}`, 'gi'), (m) => [m[2], listed(m[1])], /\bgroup\b/i],
  // The count per group in brackets after the animals, then the groups listed: "BALB/c mice (six per group) in control,
  // model, exosome and dexamethasone groups" (24).
  [new RegExp(`\\b${ANIMAL_NOUN}${AGED}\\s*\\(\\s*${G}\\s+(?:${PER})\\s+group\\s*\\)\\s+(?:in|into|among)\\s+(?:the\\s+)?(${LISTED_OR_TWO})\\s+groups\\b`, 'gi'), (m) => [m[1], listed(m[2])], GROUPS],
];
const PEOPLE_GROUPS = perGroup(HUMAN_NOUN);

function groupTotals(text: RecordText, patterns: typeof ANIMAL_GROUPS, score: number) {
  const out: Candidate[] = [];
  const f = text.abstract;
  // Each pattern counts groups (cohorts, arms), or arms counted "each".
  if (!/group|cohort|arm|\beach\b/i.test(f.text)) return out;
  for (const [re, parts, needs, rule = 'sample_size.per-group'] of patterns) {
    if (!needs.test(f.text)) continue;
    for (const m of matchesOf(re, f.text)) {
      const [each, groups] = parts(m).map(parseNumber);
      if (each && groups && groups <= 20)
        out.push(fromMatch(rule, m, each * groups, score));
    }
  }
  return out;
}

/**
 * One person: "a 39-year-old male", "a man in his 40s", "a female patient aged 52", "a woman, 45 years old,", "we describe a patient",
 * "we present the case of an elderly gentleman", "an 80-year-old nursing home resident", "this report describes a child",
 * or a title naming a single case (CASE_TITLE). Persons described so in
 * one sentence are that many ("a 35-year-old woman and a 42-year-old woman" are 2).
 */
const ONE_PERSON = new RegExp(
  [
    String.raw`\b(?:an?)\s+(?:${NUMBER})[\s-]+years?[\s-]+old\s+(?:[\w-]+\s+){0,3}?(?:man|woman|male|female|patient|boy|girl|child|gentleman|lady|resident|individual|person|adult|infant|adolescent|teenager|toddler)\b`,
    // A relative named with an age beside the first person ("a 9-year-old boy and his 12-year-old sister") is a second case.
    String.raw`\band\s+(?:his|her)\s+(?:${NUMBER})[\s-]+years?[\s-]+old\s+(?:[\w-]+\s+)?(?:sister|brother|son|daughter|mother|father|wife|husband|sibling|cousin|twin)\b`,
    String.raw`\b(?:an?)\s+(?:[\w-]+\s+)?(?:man|woman|male|female|patient|boy|girl)(?:\s+(?:in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-?)?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties)|aged\s+(?:${NUMBER}))|\s*,\s*(?:aged\s+(?:${NUMBER})|(?:${NUMBER})\s+(?:years?|yrs?)(?:\s+old|\s+of\s+age)?(?=\s*,)))\b`,
    String.raw`\b(?:(?:we|here\s+we|the\s+authors)\s+(?:describe|report|present)|${THIS_REPORT_DESCRIBES})\s+(?:the\s+case\s+of\s+)?(?:a|an|one)\s+(?:[\w-]+\s+)?(?:patient|man|woman|boy|girl|child|infant|adolescent|teenager|gentleman|lady)\b`,
    // A sentence (or a clause after a semicolon) that opens on one person and what they have or what befell them: "A teenage
    // girl with hypertrophic burn scars underwent ...", "An elderly diabetic patient with bilateral heel ulcers applied ...",
    // "A woman developed an abscess after ...", "...; the patient developed erythema".
    String.raw`(?:^|(?<=[.!?;]\s+))(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|girl|boy|child|infant|adolescent|teenager|patient)\s+(?:with|who|developed|presented|had|applied|used|received|underwent|experienced|suffered|noticed|sought|complained)\b`,
  ].join('|'),
  'gi',
);
// Twins described without a number ("17-year-old monozygotic twin sisters", "a pair of twins") are two; pairs
// counted are twice their count ("three pairs of identical twins").
const TWINS = /\b(?:(?:monozygotic|dizygotic|identical|fraternal)\s+)?twin\s+(?:sisters|brothers|siblings)\b|\ba\s+pair\s+of\s+(?:[\w-]+\s+)?twins\b/gi;
const TWIN_PAIRS = new RegExp(`(${NUMBER})\\s+pairs\\s+of\\s+(?:[\\w-]+\\s+)?twins\\b`, 'gi');
// A title naming one case ("... a case report", "A case of ...") or one person treated ("... in a child", "... in a
// 35-year-old woman"; design.human_uncontrolled.one-person-title).
const CASE_TITLE =
  /\bcase\s+(?:report|study|presentation)\b|^(?:an?\s+)?(?:(?:rare|unusual|novel|unique|first|severe|fatal)\s+)?case\s+of\b|\bin\s+an?\s+(?:\d{1,3}[\s-]+(?:years?|months?)[\s-]+old\s+)?(?:[\w-]+\s+){0,2}?(?:child|boy|girl|man|woman|patient|infant|adolescent|teenager|toddler|gentleman|lady)(?![\w-])/i;
function singleCase(text: RecordText, publicationTypes: string[]) {
  const out: Candidate[] = [];
  const f = text.abstract;
  const perSentence = new Map<number, number>();
  for (const m of matchesOf(ONE_PERSON, f.text)) {
    const s = sentenceAt(f, m.index).start;
    const value = (perSentence.get(s) ?? 0) + 1;
    perSentence.set(s, value);
    out.push(fromMatch('sample_size.single-case', m, value, 1));
  }
  for (const m of matchesOf(TWINS, f.text)) out.push(fromMatch('sample_size.twins', m, 2, 1));
  for (const m of matchesOf(TWIN_PAIRS, f.text)) {
    const pairs = parseNumber(m[1]);
    if (pairs) out.push(fromMatch('sample_size.twins', m, 2 * pairs, 2));
  }
  const title = text.title.text;
  const t = CASE_TITLE.exec(title);
  // Beside its own words ("a case study"), a title that names a study, trial or series of cases names more than one.
  if (t && !/\b(?:study|trial|series|reports|cases)\b/i.test(title.slice(0, t.index) + title.slice(t.index + t[0].length)))
    out.push(fromMatch('sample_size.case-report-title', t, 1, 1, 'title'));
  if (publicationTypes.includes('Case Reports') && !out.length)
    out.push({ value: 1, score: 0, ev: { rule: 'sample_size.case-report-pubtype', field: 'publicationTypes', start: 0, end: 0, snippet: 'Case Reports' } });
  return out;
}

/**
 * The record's sample size. `planned` says which counts lie where the text says what is planned or hoped for ("a
 * randomized trial in 100 patients is planned"): not this study's people (a protocol, all plans, is design other and
 * has no sample size).
 */
export function sampleSize(text: RecordText, design: Design, publicationTypes: string[], planned: (e: Evidence) => boolean = () => false): SampleSizeResult {
  const done = (cs: Candidate[]) => cs.filter((c) => !planned(c.ev));
  let found: Candidate[];
  if (HUMAN_DESIGNS.includes(design)) {
    const counted = done(candidates(text, PEOPLE, 'sample_size.people'));
    found = [...counted, ...done([...composed(text), ...groupTotals(text, PEOPLE_GROUPS, 3), ...nEquals(text)])];
    found.push(...done(withServedControls(text, found)));
    // A count of cases outranks one case described in detail; a lone case is 1 (a count planned is none).
    if (!counted.length) found.push(...done(singleCase(text, publicationTypes)));
  } else if (design === 'animal') {
    found = done([...candidates(text, ANIMALS, 'sample_size.animals', [ENROL, ANIMAL_ENROL]).filter((c) => c.score >= 3), ...animalsNEquals(text), ...totalsOf(ANIMAL_COMPOSED, text), ...groupTotals(text, ANIMAL_GROUPS, 4), ...armTotals(text, 3)]);
  } else {
    found = [];
  }
  if (!found.length) return { value: null, evidence: [], candidates: [] };
  // Highest score wins; among equals the larger count, since parts (arms, completers) are smaller than the whole.
  found.sort((a, b) => b.score - a.score || b.value - a.value);
  return {
    value: found[0].value,
    evidence: [found[0].ev],
    candidates: found.map((c) => ({ value: c.value, score: c.score, snippet: c.ev.snippet })),
  };
}
