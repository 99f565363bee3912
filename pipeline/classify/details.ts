// Study details (taxonomy v2): control, blinding, follow-up, adverse events for
// studies that treat people with vesicles; a commercial product and how the
// vesicles were characterized for primary studies of vesicles. Cues come from
// data/rules/details.json; this module turns them into one value per detail,
// for the designs where the detail applies, with its evidence and confidence,
// and reads the follow-up from the durations the abstract gives. Pure.

import type { Confidence, DetailField, Evidence, Labels, StudyDetails } from '../types.ts';
import { DETAIL_FIELDS, EV_CHARACTERIZATION, HIGH_CONFIDENCE } from '../types.ts';
import { abbreviations } from './asides.ts';
import { toEvidence, type Match } from './match.ts';
import { low } from './confidence.ts';
import { HUMAN_DESIGNS, PRIMARY_DESIGNS } from './design.ts';
import { NUMBER, parseNumber } from './sample-size.ts';
import { matchesOf, NOSTOP, sentenceAt, wholeWords, type RecordText } from './text.ts';

export interface DetailsResult {
  details: StudyDetails;
  evidence: Record<string, Evidence[]>;
  confidence: Record<DetailField, Confidence>;
}

// A duration: "12 weeks", "six-month", "90 days", "1 year", "9.5 months", and ordinal time points, "the 6th month".
// "28 d" only after a number and a space, never "3D" (a 3-D culture).
const UNIT = '(days?|d(?<=\\d\\s{1,2}d)|weeks?|wks?|months?|mos?|years?|yrs?)';
// "3 consecutive (successive) months" is 3 months; "12 further (additional, more) weeks" are weeks after a span (FURTHER).
const DURATION = new RegExp(`(\\d{1,3}\\.\\d(?!\\d)|${NUMBER}|\\d+(?=st|nd|rd|th))(?:st|nd|rd|th)?(?:\\s+(?:consecutive|successive|further|additional|more))?[\\s-]*${UNIT}\\b`, 'gi');
const FURTHER = /\s(?:further|additional|more)\s/i;
// A follow-up summarized with its range: "median follow-up was 14 months (range 6-30)", "followed up for a mean of
// 14.5 months (range, 6-24 months)": the range's end is the longest.
const UNIT_WORD = UNIT.replace('(', '(?:');
const SUMMARY_RANGE = new RegExp(`\\b(?:(?:median|mean|average)\\s+(?:duration\\s+of\\s+)?follow[\\s-]*up\\s+(?:(?:was|of|time|period)\\s+)?|followed(?:[\\s-]+up)?\\s+(?:for\\s+)?(?:a\\s+)?(?:median|mean|average)\\s+(?:(?:duration|period|time)\\s+)?of\\s+)(?:\\d{1,3}(?:\\.\\d)?|${NUMBER})\\s*${UNIT}\\s*\\(\\s*range\\s*[:,]?\\s*\\d{1,3}(?:\\.\\d)?\\s*(?:${UNIT_WORD}\\s*)?(?:-|–|to)\\s*(\\d{1,3})\\s*(?:${UNIT_WORD}\\s*)?\\)`, 'gi');
// Halves of a unit: "half a year", "a half-year", "one and a half years", "a year and a half" (whole, then the half).
const HALF = new RegExp(`\\b(?:(?:a\\s+)?half[\\s-]+(?:an?[\\s-]+)?${UNIT}|(an?|${NUMBER})\\s+and\\s+a\\s+half[\\s-]+${UNIT}|(an?|${NUMBER})[\\s-]+${UNIT}\\s+and\\s+a\\s+half)\\b`, 'gi');
// Courses of treatment, counted and each given its length, as Chinese trials state them: "after 2 courses of treatment
// (4 weeks per course)", "4 weeks as a course, 3 courses in total". Their product is the treatment's time.
const COURSES = new RegExp(
  `(${NUMBER})\\s+(?:treatment\\s+)?courses?(?:\\s+of\\s+(?:treatment|therapy))?\\s*[(,]\\s*(${NUMBER})[\\s-]*${UNIT}\\s+(?:per|each|a|for\\s+(?:each|one))\\s+course\\b` +
    `|(${NUMBER})[\\s-]*${UNIT}\\s+(?:as|was|were|for|per)\\s+(?:a|one)\\s+(?:treatment\\s+)?course\\b${NOSTOP}{0,60}?\\b(${NUMBER})\\s+(?:treatment\\s+)?courses\\b`,
  'gi',
);
// A crossover's two periods and the washout between them: "applied A or B for 4 weeks each, in random order, separated by a
// 2-week washout" (10 weeks), "two 6-week periods with a washout period of 4 weeks" (16).
const WASHOUT = `(?:(${NUMBER})[\\s-]*${UNIT}[\\s-]+wash[\\s-]*out|wash[\\s-]*out\\s+(?:period\\s+)?of\\s+(${NUMBER})[\\s-]*${UNIT})\\b`;
const CROSSOVER = new RegExp(
  `\\b(?:for|over)\\s+(?:an?\\s+|a\\s+total\\s+of\\s+)?(${NUMBER})[\\s-]*${UNIT}(?:\\s+period)?\\s+each\\b${NOSTOP}{0,80}?\\b${WASHOUT}` +
    `|\\b(?:two|2)\\s+(${NUMBER})[\\s-]*${UNIT}\\s+(?:(?:treatment|therapy)\\s+)?periods\\b${NOSTOP}{0,80}?\\b${WASHOUT}`,
  'gi',
);
// One more unit, its number unsaid: "followed for another year", "for an additional month" (after the span: AFTER_SPAN).
const ANOTHER_UNIT = /(?<=\b(?:another|an?\s+(?:further|additional))\s+)(day|week|month|year)\b/gi;
// A mean with its spread before the unit: "7.2 ± 2.1 months" (the spread alone is no duration: NOT_TIMING_BEFORE).
const MEAN_SPREAD = new RegExp(`(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:±|\\+\\s*\\/\\s*-|\\+-)\\s*\\d{1,3}(?:\\.\\d{1,2})?[\\s-]*${UNIT}\\b`, 'gi');
// A time point named by its unit first: "week 16", "at month 6", "day 90", "the week-16 visit", or a list of them ending in
// and, or, to: "at weeks 4, 8 and 16" (its last is the latest), or by commas alone to the sentence's end ("at wk 0, 2, 4.";
// not "at week 4, 12 patients"). A number that a per cent sign or decimals follow is a
// result, not a time point: "73% at month 3 and 59% at month 6" names months 3 and 6.
const NOT_A_VALUE = String.raw`(?!\s*(?:%|per\s?cent\b|percent\b)|\.\d)`;
const TIME_POINT = new RegExp(`\\b${UNIT}[\\s-]+(\\d{1,3}(?:(?:\\s*,\\s*\\d{1,3})*\\s*,?\\s*(?:and|or|to|-|–)\\s*\\d{1,3}${NOT_A_VALUE}|(?:\\s*,\\s*\\d{1,3})+(?=\\s*[.;)]))?)\\b${NOT_A_VALUE}`, 'gi');
// Sentences that time the study: follow-up, assessment, treatment period, a result reached "by 6 months", the time
// those who stayed completed ("Thirty-one completed 12 weeks").
const TIMING = /\b(?:follow(?:ed)?[\s-]*up|followed|after|following|at|over|for|during|until|up\s+to|post|period|phases?|duration|course|lasted|later|completed|completing|finished|visits?|assess\w*|evaluat\w*|measur\w*|baseline|days?\s+\d+|weeks?\s+\d+|months?\s+\d+|by\s+(?:the\s+end\s+of\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?))\b/i;
// A duration that names the study's length: "in a 4-week clinical study", "a 12-week open-label trial", "a 12-week
// prospective, double-blind, randomized, split-face trial" (or "a 16-week, randomized, placebo-controlled study"); or the
// treatment's: "completed 12 weeks of twice-daily application" (not weeks of a treatment before the study).
const STUDY_LENGTH = /^\s*,?\s*(?:[\w-]+,?\s+|\([^()]{1,30}\)[\w-]*,?\s+){0,5}?(?:study|trial|RCT)\b|^\s+of\s+(?!(?:[\w-]+\s+){0,3}?(?:prior|previous|earlier|failed)\b)(?:[\w-]+\s+){0,3}?(?:treatment|therapy|applications?|use|injections?|supplementation|intake)\b/i;
// How far after a duration its words are read, in the abstract and the title: a trial's kinds may run long before
// its noun ("a 12-week prospective, double-blind, randomized, split-face trial").
const AFTER_DURATION = 80;
// Sentences whose durations are not the study's time: when an adverse event began, how long the vesicles keep.
// "Stable" says how long the vesicles keep where they (their size, their cargo) "were stable"; "stable vitiligo" is who
// was enrolled, and "repigmentation was stable in 14" a result.
const NOT_TIMING_SENTENCE =
  /\bonset\b|\blatency\b|\b(?:stored|storage|shelf[\s-]+life|stability)\b|\b(?:exosom\w*|s?EVs?|vesicles?|nanovesicles?|particles?|they|it|products?|formulations?|preparations?|serums?|gels?|creams?|solutions?|suspensions?|samples?|cargo|proteins?|RNAs?|size|sizes|distribution|concentrations?|integrity|morphology)\s+(?:\w+\s+)?(?:remained|remain|remains|were|was|is|are|be)\s+stable\b/i;
// Durations that are not the study's time: ages, disease history, a washout before enrolment, intervals between sessions, gestation,
// and the span over which a series or review gathered its cases ("this 8-year series with 101 patients").
const NOT_TIMING = /^(?:[\s-]*old\b|\s+of\s+age\b|\s+ago\b|\s+(?:before|prior\s+to)\s+(?:the\s+)?(?:study|trial|enrol\w*|inclusion|baseline|screening|entry|recruitment|randomi[sz]ation|participation)\b|\s+prior\b(?!\s+to\b)|\s+apart\b|\s+intervals?\b|\s+of\s+(?:gestation|pregnancy|age|history|disease|duration)|\s+(?:(?:disease|medical|clinical)\s+)?(?:history|duration)\b|\s+post-?partum\b|\s+(?:(?:case|retrospective|clinical|chart)\s+)?(?:series|review|audit)\b(?!\s+of\s+(?:\w+\s+)?(?:treatments?|sessions?|injections?|applications?|procedures?)\b))/i;
// A case's history, told before its treatment: "presented with an ulcer 2 years after radiotherapy", "developed keloids 6
// months after surgery". The time since an earlier event in a sentence that presents the case is not the study's.
const SINCE_EARLIER = /^\s+(?:after|following|since)\s+(?:(?:the|her|his|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:radiotherapy|radiation|irradiation|surgery|operation|excision|resection|mastectomy|thyroidectomy|injury|trauma|burns?|accident|delivery|childbirth|pregnancy|diagnosis|onset|chemotherapy|transplant\w*|vaccination|infection)\b/i;
const PRESENTS = /\b(?:presented|presenting|presents|developed|referred|admitted|complained|noticed|history|diagnosed)\b/i;
// What a wound or a treated skin does in the time a study measures as its result (below: "healing time of 12 days").
const HARM_OR_HEALING = String.raw`healing|(?:wound\s+)?closure|recovery|re-?epitheliali[sz]ation`;
// The start of a range whose end is the duration read: "6 weeks to" in "persisting for 6 weeks to 5 years".
const RANGE_START = String.raw`(?:(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)?\s*(?:to|-|–|and)\s*)?`;
// Durations written after these are not the study's time either, nor the end of a range they begin ("persisting for
// 6 weeks to 5 years", "had acne scars for 2 to 10 years"); of follow-up visits "ranging from 3.5 to 7 months" the end is the last.
const NOT_TIMING_BEFORE = new RegExp(
  [
    String.raw`\b(?:aged|age|ages|every|each|interval\s+of|intervals\s+of|history\s+of|lasting|(?:older|younger)\s+than|(?:present|persist\w*|stable|existing)\s+(?:for\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+)?|duration\s+of\s+(?:disease|alopecia|melasma|acne|symptoms)|for\s+over|more\s+than)\s*${RANGE_START}$|\b(?:range|ranging\s+from)\s*$`,
    String.raw`\bonce\s+(?:a|every)\s*$`,
    // the spread after a mean: "45.2 +/- 8.1 years"
    String.raw`(?:±|\+\s*\/\s*-|\+-)\s*$`,
    // a disease's duration: "disease duration 6.2 years"
    String.raw`\b(?:disease|symptoms?|condition|scars?|lesions?)\s+duration\s*(?:of|was|:|=)?\s*$`,
    // how long a harm or a healing took, a result and not the study's time: "mean erythema duration was 4.1 days",
    // "swelling lasted a mean of 5 days", "time to re-epithelialization was 9 days", "healing time of 12 days"
    String.raw`\b(?:erythema|edema|oedema|swelling|redness|crusting|bruising|pain|itch(?:ing)?|downtime|${HARM_OR_HEALING})\s+(?:(?:duration|time|lasted|persisted)\s*(?:was|were|of|:|=)?|(?:lasted|persisted)\s+(?:for\s+)?)\s*(?:(?:an?\s+)?(?:mean|median|average)\s+(?:of\s+)?|about\s+|approximately\s+|up\s+to\s+)?$`,
    String.raw`\b(?:duration|time)\s+(?:of|to)\s+(?:complete\s+)?(?:erythema|edema|oedema|swelling|redness|crusting|downtime|${HARM_OR_HEALING})\s*(?:was|were|of|:|=)?\s*(?:(?:an?\s+)?(?:mean|median|average)\s+(?:of\s+)?|about\s+|approximately\s+)?$`,
    // a treatment people were on before and beside the study (not its own: "remained on exosome therapy for 6 months"),
    // and a disease held still: "20 were on oral finasteride for at least 1 year", "stable vitiligo (no new lesions for 12 months)"
    String.raw`\b(?:were|was|been|being|remained|stayed)\s+on\s+(?:(?!(?:the|this|these|their|study|exos?|exosom\w*|vesicles?|s?EVs?|secretome)\b)[\w-]+\s+){1,4}?for\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?${RANGE_START}$|\bno\s+new\s+(?:[\w-]+\s+)?(?:lesions?|patches|macules|activity|progression)\s+(?:for|in|over|during|within)\s+(?:the\s+(?:past|last|previous|preceding)\s+)?(?:at\s+least\s+)?${RANGE_START}$`,
    // how long people had their condition (not a treatment they had): "had acne scars for at least 2 years"
    String.raw`\b(?:had|has|having|suffered\s+from)\s+(?:(?!(?:sessions?|treatments?|injections?|applications?|exosomes?|therapy|follow-up)\b)[\w-]+\s+){0,3}?for\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?${RANGE_START}$`,
  ].join('|'),
  'i',
);
// How long people had what brought them, said as "the duration of" it before a verb: "the mean duration of melasma was
// 6 years", "the mean duration of UV-induced skin aging complaints was" (not of a treatment, a follow-up or the study).
// Read, like HAD_CONDITION_FOR, over more words than NOT_TIMING_BEFORE's 40 characters.
const CONDITION_DURATION = new RegExp(
  String.raw`\bduration\s+of\s+(?:(?!(?:treatments?|therapy|therapies|follow[\s-]*up|study|trial|intervention|observation|applications?|use|sessions?|course|exposure|administration|supplementation|injections?|regimen|dosing|period|exosomes?|vesicles?|EVs?)\b)[\w'’-]+\s+){1,5}?(?:was|were|of|:|=)\s*(?:(?:an?\s+)?(?:mean|median|average)\s+(?:of\s+)?|about\s+|approximately\s+)?${RANGE_START}$`,
  'i',
);
// How long someone has had their condition, named after who they are: "a woman with stable vitiligo on the hands for
// 6 years", "patients with melasma for at least one year" (not "patients with melasma were treated for 8 weeks", nor
// "patients with melasma took oral tranexamic acid twice daily for 12 weeks", "treated with the gel BID for 3 weeks"; nor
// people named as those who did it, "applied by 30 women with photoaging for 8 weeks").
const HAD_CONDITION_FOR = new RegExp(
  String.raw`\b(?<!\bby\s+(?:[\w-]+\s+){0,3})(?:patients?|pts|wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|adults?|individuals?|subjects?|participants?|volunteers?|cases?|old|aged|years),?\s+with\s+(?:(?!(?:sessions?|treatments?|treated|therapy|exosomes?|vesicles?|EVs?|injections?|applications?|follow-up|received|receiving|underwent|undergoing|used|utili[sz]ed|applied|took|taking|given|daily|twice|thrice|once|nightly|weekly|monthly|bid|tid|qid|qd|orally|gel|cream|serum|ointment|lotion|spray|dressing|and|were|was|who|had|has)\b)[\w'’-]+\s+){1,8}?for\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|approximately\s+|nearly\s+|almost\s+)?${RANGE_START}$`,
  'i',
);
const WEEKS: Record<string, number> = { d: 1 / 7, w: 1, m: 4.35, y: 52 };
// Treatment given in sessions at an interval: "six sessions at 2-week intervals", "once every 4 weeks",
// "four sessions one month apart", "three monthly sessions", "four microneedling sessions", "three monthly intradermal
// exosome injections" (or "... small extracellular vesicle injections": five words between), "treated 3 times at
// intervals of 8 weeks", "three times every 3 weeks" (not "three times a week", nor "three times every week").
const SESSIONS = new RegExp(`(${NUMBER})(?:\\s*(?:to|-|–|or)\\s*(${NUMBER}))?\\s+(?:(?!(?:days?|weeks?|months?|years?|after|of|between|and|or|per|in|for|to|the|received|receiving|underwent|undergoing|had|got|were|was|patients|participants|subjects|volunteers|women|men|cases|adults|children|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)[A-Za-z][\\w-]*\\s+){0,5}?(?:sessions|treatments|sittings|injections|applications|administrations|infusions|procedures|times\\b(?!\\s+(?:a|an|per|daily|weekly|monthly|each|every(?!\\s+(?:\\d|two|three|four|five|six|eight)\\b))\\b))\\b`, 'gi');
// Sessions counted by an adverb: "treated thrice at 3-week intervals" (not "twice a week").
const TIMES_ADVERB = /\b(twice|thrice)\b(?!\s+(?:a|an|per|daily|weekly|monthly|each|every)\b)/gi;
const ADVERB_SESSIONS: Record<string, number> = { twice: 2, thrice: 3 };
const INTERVAL = new RegExp(`\\b(?:every|interval\\s+of|intervals\\s+of|once\\s+every)\\s+(${NUMBER})[\\s-]*${UNIT}|\\b(${NUMBER})[\\s-]*${UNIT}\\s+(?:intervals?|apart)\\b|\\b(?:once\\s+(?:a|per)\\s+|every\\s+)(week|month)\\b|\\b(weekly|monthly|fortnightly|biweekly)\\b`, 'gi');
// A follow-up counted from the end of treatment: "after (following) the last session", "after the third session" (of
// three), "after treatment ended", "after stopping",
// "post-treatment" or "3 months after treatment" (not "after treatment initiation").
const AFTER_LAST = new RegExp(`^${NOSTOP}{0,40}\\b(?:after|following)\\s+(?:the\\s+)?(?:last|final|end\\s+of|completion|cessation|stopping|discontinu\\w*|finishing|completing|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|\\d+(?:st|nd|rd|th))\\s+(?:and\\s+(?:last|final)\\s+)?(?:session|treatment|therapy|injection|application|administration|infusion|procedure|visit)s?)\\b|^${NOSTOP}{0,20}\\b(?:after|following)\\s+(?:the\\s+)?(?:treatment|therapy)\\b(?!\\s+(?:initiation|start|onset|began|begun|commenced|with|of)\\b)|^${NOSTOP}{0,40}\\b(?:after|following)\\s+(?:the\\s+)?(?:treatment|therapy)\\s+(?:ended|stopped|was\\s+(?:stopped|completed|discontinued))\\b|^\\s+(?:after|following)\\s+(?:it|they|(?:the\\s+)?therapy)\\s+(?:had\\s+)?(?:ended|stopped|finished|was\\s+(?:stopped|completed|discontinued))\\b|^${NOSTOP}{0,20}\\bpost-?(?:treatment|therapy)\\b`, 'i');
// A time of its own between a duration and the "after" that follows it.
const ANOTHER_TIME = new RegExp(`(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[\\s-]*${UNIT}\\b`, 'i');
// "A visit 4 weeks later" follows the treatment named before it, but "at baseline and 12 weeks later" follows the baseline.
const LATER = /^\s+later\b/i;
const FROM_BASELINE = /\b(?:baseline|before\s+(?:the\s+)?(?:first\s+)?(?:treatment|therapy|session|injection|application)s?|pre-?treatment)\b/i;
// A treatment period: "applied the cream for 12 weeks", "the treatment lasted 12 weeks", "injections over 8 weeks", "a
// 12-week treatment period" (phase), "applied over a 12-week period", "for a period of 12 weeks", "the course of treatment was 12 weeks", "the treatment period was 6 months", a span of its own ("over" not in years: "patients over 50 years" is an age).
const PERIOD = new RegExp(`\\b(?:for|lasted|over(?!\\s+\\S+[\\s-]*(?:years?|yrs?)\\b)|(?:course|duration|period)\\s+of\\s+(?:the\\s+)?(?:treatment|therapy|intervention)\\s+was)\\s+(?:a\\s+total\\s+of\\s+)?(${NUMBER})[\\s-]*${UNIT}\\b|(${NUMBER})[\\s-]*${UNIT}\\s+(?:(?:treatment|therapy|application|intervention)(?:\\s+(?:period|phase))?|period|phase)\\b|\\ba\\s+period\\s+of\\s+(${NUMBER})\\s*${UNIT}\\b|\\b(?:treatment|therapy|intervention)\\s+(?:period|phase|duration|course)\\s+(?:was|lasted)\\s+(?:a\\s+total\\s+of\\s+)?(${NUMBER})[\\s-]*${UNIT}\\b`, 'gi');
// What makes a duration a span ("for 8 weeks", "over an 8-week period", "for a period of 8 weeks"), not a time after one.
const SPAN_BEFORE = /\s*\b(?:(?:for|over|during)(?:\s+(?:an?|the|a\s+total\s+of))?|period\s+of)\s*$/i;
// A time after the treatment's span: "a 12-week treatment period followed by a 12-week follow-up", "treated for
// two months and observed for a further (an additional, another) two months", "for 12 weeks, and then a 4-week follow-up".
const AFTER_SPAN = /\b(?:followed\s+by|(?:and\s+)?then)\s+(?:an?\s+)?$|\b(?:an?\s+)?(?:further|additional)\s*$|\banother\s*$/i;
// The same said with an adverb, "were then (subsequently) followed up for 12 weeks", read as written: the text the rules
// read blanks an adverb between an auxiliary and its participle (asides.ts).
const THEN_FOLLOWED = /\b(?:then|subsequently|thereafter)\s+(?:followed|observed|monitored)(?:[\s-]+up)?(?:\s+(?:for|over|during)(?:\s+(?:an?|the|a\s+total\s+of|a\s+period\s+of))?)?\s*$/i;
// "for 8 weeks, with a 4-week follow-up without treatment", "a 16-week treatment phase and an 8-week treatment-free
// phase": the follow-up comes after the span too.
const WITH_A = /\b(?:with|and)\s+an?\s*$/i;
// The time after treatment named before its number: "the treatment period was 6 months and the observation period after
// treatment 3 months" (9 months in all), "the treatment phase lasted 8 weeks, followed by a treatment-free phase of 4 weeks",
// "treatment lasted 4 weeks and follow-up lasted 3 months".
const AFTER_TREATMENT_LEAD =
  /\b(?:observation|follow[\s-]*up|(?:treatment|therapy)[\s-]*free)\s+(?:period|phase)\s+(?:after|following)\s+(?:the\s+)?(?:end\s+of\s+)?(?:treatment|therapy)\s+(?:was\s+|of\s+|lasted\s+)?$|\b(?:followed\s+by|then)\s+an?\s+(?:[\w-]+\s+)?(?:follow[\s-]*up|observation|(?:treatment|therapy)[\s-]*free)\s+(?:period|phase)\s+(?:of|lasting)\s+$|\band\s+(?:the\s+)?(?:follow[\s-]*up|observation)(?:\s+(?:period|phase))?\s+lasted\s+$/i;
const FOLLOW_UP_NEXT = /^[\s-]*(?:follow[\s-]*up|(?:treatment|therapy)[\s-]*free|observation)\b/i;
// "followed up for", "follow-up for" and plain "followed for", with whom: "we followed patients for".
const FOLLOWED_UP = /\b(?:followed(?:[\s-]*up)?|follow[\s-]*up)(?:\s+(?:the\s+|all\s+)?(?:patients|pts|participants|subjects|volunteers|women|men|children|them))?\s*$/i;
const TREATING = /\b(?:appl(?:y|ied|ication)|receiv\w*|treat\w*|therap\w*|used|utili[sz]ed|given|administ\w*|inject\w*|managed\s+with|randomi[sz](?:ed|ation)|assigned|allocated)\b/i;

const toWeeks = (n: number, unit: string) => n * WEEKS[unit[0].toLowerCase()];
const ADVERB_WEEKS: Record<string, number> = { weekly: 1, fortnightly: 2, biweekly: 2, monthly: WEEKS.m };
// Reduced, not spread into Math.max: a hostile list of time points may be longer than a call's arguments.
const latest = (list: string) => list.split(/\D+/).reduce((a, b) => Math.max(a, Number(b)), 0);

interface FollowUp {
  weeks: number;
  evidence: Evidence;
}

// A follow-up of less than a week, or of more than ten years, is a misreading, not the study's time.
const plausibleWeeks = (weeks: number) => weeks >= 1 && weeks <= 520;

/**
 * The longest time from first treatment to last assessment, in whole weeks: the longest duration or
 * time point that times the study; a follow-up counted "after the last session" adds the span of the
 * treatment before it ((sessions - 1) x interval, or a period the treatment was given for).
 */
export function followUpWeeks(text: RecordText): FollowUp | null {
  const f = text.abstract;
  // Typed by a cast, not an annotation: consider() assigns it, and TypeScript would otherwise narrow it to null here.
  let best = null as FollowUp | null;
  let span = 0;
  const counted = [...matchesOf(SESSIONS, f.text), ...matchesOf(TIMES_ADVERB, f.text)];
  for (const m of counted) {
    const sessions = ADVERB_SESSIONS[m[1].toLowerCase()] ?? Math.max(parseNumber(m[1]) ?? 0, m[2] ? (parseNumber(m[2]) ?? 0) : 0);
    if (sessions < 2 || sessions > 52) continue;
    const s = sentenceAt(f, m.index);
    const near = f.text.slice(s.start, Math.min(f.text.length, s.end + 200));
    const iv = matchesOf(INTERVAL, near)[0];
    if (!iv) continue;
    const interval = iv[5] ? toWeeks(1, iv[5]) : iv[6] ? ADVERB_WEEKS[iv[6].toLowerCase()] : toWeeks(parseNumber(iv[1] ?? iv[3]) ?? 0, iv[2] ?? iv[4]);
    span = Math.max(span, (sessions - 1) * interval);
  }
  // Courses of treatment are its span too: "2 courses (14 days per course); followed up for 3 months after treatment".
  const courses = matchesOf(COURSES, f.text).flatMap((m) => {
    const [count, length, unit] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[4], m[5]];
    const [n, each] = [parseNumber(count), parseNumber(length)];
    return n && each ? [{ m, weeks: Math.round(n * toWeeks(each, unit)) }] : [];
  });
  for (const c of courses) span = Math.max(span, c.weeks);
  for (const m of matchesOf(PERIOD, f.text)) {
    // "followed up for 3 months" is the follow-up, not the treatment's span; so is "followed over a 12-week period".
    if (FOLLOWED_UP.test(wholeWords(f.text, m.index - 30, m.index).replace(/\s*\b(?:over|during|for|in)\s+(?:an?|the)\s*$/i, ''))) continue;
    const s = sentenceAt(f, m.index);
    if (TREATING.test(f.text.slice(s.start, s.end))) span = Math.max(span, toWeeks(parseNumber(m[1] ?? m[3] ?? m[5] ?? m[7]) ?? 0, m[2] ?? m[4] ?? m[6] ?? m[8]));
  }
  const consider = (index: number, length: number, n: number | null, unit: string, snippet: string) => {
    if (n === null || n <= 0) return;
    const after = wholeWords(f.text, index + length, index + length + AFTER_DURATION);
    // 40 characters as written, not counting an aside blanked out ("had acne scars (AS) for at least 2 years").
    const written = f.text.slice(Math.max(0, index - 80), index).replace(/ {2,}/g, ' ');
    const before = wholeWords(written, written.length - 40, written.length);
    const lead = wholeWords(f.text, index - 100, index);
    if (NOT_TIMING.test(after) || NOT_TIMING_BEFORE.test(before) || HAD_CONDITION_FOR.test(lead) || CONDITION_DURATION.test(lead)) return;
    // "over 50 years" is an age; "recorded over 12 weeks" is the study's time.
    if (/^y/i.test(unit) && /\bover\s*$/i.test(before)) return;
    const s = sentenceAt(f, index);
    const sentence = f.text.slice(s.start, s.end);
    if (!(TIMING.test(sentence) || STUDY_LENGTH.test(after)) || NOT_TIMING_SENTENCE.test(sentence)) return;
    if (SINCE_EARLIER.test(after) && PRESENTS.test(sentence)) return;
    // "At week 10, four weeks after the last session": the time after the last session is the other duration's.
    const ownAfter = AFTER_LAST.test(after) && !ANOTHER_TIME.test(after.slice(0, after.search(/\b(?:after\b|following\b|post)/i)));
    // A treatment period ("for", "over") is the span itself, not a follow-up after it; a follow-up "for" a time after it is one.
    const fromEnd =
      (ownAfter && (!SPAN_BEFORE.test(before) || FOLLOWED_UP.test(before.replace(SPAN_BEFORE, '')))) ||
      (LATER.test(after) && !FROM_BASELINE.test(f.text.slice(s.start, index))) ||
      AFTER_SPAN.test(before) ||
      THEN_FOLLOWED.test(wholeWords(f.shown, index - 40, index)) ||
      FURTHER.test(snippet) ||
      (WITH_A.test(before) && FOLLOW_UP_NEXT.test(after)) ||
      AFTER_TREATMENT_LEAD.test(before);
    const weeks = Math.round(toWeeks(n, unit) + (fromEnd ? span : 0));
    if (!plausibleWeeks(weeks)) return;
    if (!best || weeks > best.weeks) best = { weeks, evidence: { rule: 'details.follow_up.duration', field: 'abstract', start: index, end: index + length, snippet } };
  };
  const valueOf = (n: string) => (/^\d+\.\d$/.test(n) ? Number(n) : parseNumber(n));
  for (const m of matchesOf(DURATION, f.text)) consider(m.index, m[0].length, valueOf(m[1]), m[2], m[0]);
  for (const m of matchesOf(MEAN_SPREAD, f.text)) consider(m.index, m[0].length, Number(m[1]), m[2], m[0]);
  for (const m of matchesOf(ANOTHER_UNIT, f.text)) consider(m.index, m[0].length, 1, m[1], m[0]);
  for (const m of matchesOf(TIME_POINT, f.text)) consider(m.index, m[0].length, latest(m[2]), m[1], m[0]);
  for (const m of matchesOf(SUMMARY_RANGE, f.text)) consider(m.index, m[0].length, Number(m[2]), m[1], m[0]);
  for (const m of matchesOf(HALF, f.text)) {
    const whole = m[2] ?? m[4];
    const n = whole === undefined ? 0 : /^an?$/i.test(whole) ? 1 : parseNumber(whole);
    if (n !== null) consider(m.index, m[0].length, n + 0.5, m[1] ?? m[3] ?? m[5], m[0]);
  }
  for (const { m, weeks } of courses) consider(m.index, m[0].length, weeks, 'weeks', m[0]);
  for (const m of matchesOf(CROSSOVER, f.text)) {
    // Each alternative: the period and its unit, then the washout's number and unit written before or after "washout".
    const g = m[1] ? 1 : 7;
    const [period, periodUnit, washout, washoutUnit] = [m[g], m[g + 1], m[g + 2] ?? m[g + 4], m[g + 3] ?? m[g + 5]];
    const [p, w] = [parseNumber(period), parseNumber(washout)];
    if (p && w) consider(m.index, m[0].length, 2 * toWeeks(p, periodUnit) + toWeeks(w, washoutUnit), 'weeks', m[0]);
  }
  // Sessions alone do not say when the last assessment was: no follow-up stated.
  const titled = studyLengthInTitle(text);
  return titled && (!best || titled.weeks > best.weeks) ? titled : best;
}

/** A study's length given in its title ("a 16-week clinical trial"): its time, though the abstract may not repeat it. */
function studyLengthInTitle(text: RecordText): FollowUp | null {
  const t = text.title.text;
  for (const m of matchesOf(DURATION, t)) {
    const n = parseNumber(m[1]);
    const end = m.index + m[0].length;
    if (n === null || !STUDY_LENGTH.test(wholeWords(t, end, end + AFTER_DURATION))) continue;
    const weeks = Math.round(toWeeks(n, m[2]));
    if (plausibleWeeks(weeks)) return { weeks, evidence: { rule: 'details.follow_up.duration', field: 'title', start: m.index, end, snippet: m[0] } };
  }
  return null;
}

// "The control group received negative pressure wound therapy, and the study group received exosome gel combined with
// negative pressure wound therapy", or "a control group (43 cases, fractional CO2 laser) and an observation group (43
// cases, fractional CO2 laser + ADSC exosomes)": what the control group got, the vesicle arm got too, so the comparison
// is that co-intervention alone (untreated), however active it is. Groups may be lettered: "group A (exosomes +
// microneedling) and group B (microneedling)", "Group A: minoxidil; Group B: minoxidil plus exosomes", "Group A (36 cases) was
// treated with picosecond laser, and group B (36 cases) with picosecond laser followed by exosome application"; a "single"
// (monotherapy, conventional, routine, laser) group beside a combined one; named after what they got ("the NB-UVB group
// received NB-UVB phototherapy", "24 received triamcinolone injection (conventional group)"), or sides ("the control side was covered with petrolatum gauze only"); the vesicle arm may get it
// "after (each) ALA-PDT" or before it, or have it named second ("exosome gel and petrolatum gauze"). What the control
// group got runs to the end of its clause or to its schedule ("ALA-PDT once every 10 days"): in "routine nursing and
// hydrocolloid dressings", the routine nursing shared with the vesicle arm is not all of it. A single treatment is shared
// where its distinctive word is ("intralesional triamcinolone acetonide injection" and "combined with triamcinolone",
// "PRP injections" and "PRP plus exosome injections"); two joined ("hyaluronic acid dressing after laser") are shared
// only whole.
// What a group got, up to six words, and where that ends: at punctuation, a schedule or "only", or the next group.
const GROUP_GOT = String.raw`(?:the\s+|a\s+)?((?:[\w-]+\s+){0,5}?[\w-]+)`;
const GOT_ENDS = String.raw`\s*[,;.(]|\s+(?:while|whereas|only|alone|once|twice|thrice|three\s+times|every|daily|weekly|monthly|for|at|in|per)\b`;
const NEXT_GROUP = String.raw`\s+and\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:group|arm|side|cohort)\b`;
const LETTERED = String.raw`(?:group|cohort)\s+(?:[A-D1-4]|I{1,3})`;
const CONTROL_GOT = new RegExp(
  [
    // "the control group (n = 20) received routine care", "the control side was covered with petrolatum gauze", "the control group used silicone gel"
    String.raw`\b(?:(?:control|reference|comparison|comparator|single|monotherapy|conventional|routine)\s+(?:side|area|half|site)|(?!(?:combination|combined|observation|study|experimental|treatment|therapy|research|test|intervention|exosomes?|vesicles?|s?EVs?|the|each|one|other|both|either)\b)[\w-]+\s+(?:group|arm))\s+(?:\([^()]{0,20}\)\s+)?(?:received|receives|underwent|undergoes|used|uses|utili[sz]ed|applied|applies|(?:was|is)\s+(?:treated|managed|covered|dressed)\s+with|(?:was|is)\s+given)\s+${GROUP_GOT}(?=${GOT_ENDS}|${NEXT_GROUP})`,
    // "Group A: minoxidil"
    String.raw`\b${LETTERED}\s*:\s*((?:[\w%.-]+\s+){0,5}?[\w%.-]+?)(?=${GOT_ENDS})`,
    // "group B (microneedling)", "a control group (43 cases, fractional CO2 laser)": not a bracket of the group's count alone
    String.raw`\b(?:(?:control|comparison|reference|comparator|single|monotherapy|conventional|routine|laser|[\w-]+-only)\s+(?:group|arm)|${LETTERED}\b)\s*\((?:[^(),]{0,20},\s*)?(?!\s*n\s*=|\s*(?:${NUMBER})\s+(?:cases|patients|participants|subjects|pts)\s*\))([^()]{3,60}?)(?:,\s*n\s*=\s*\d+|\s+(?:once|twice|thrice|three\s+times|every|daily|weekly|monthly)\b[^()]*)?\)`,
    // "24 received triamcinolone injection (conventional group)"
    String.raw`\b(?:received|underwent|were\s+(?:given|administered)|were\s+(?:treated|managed)\s+with)\s+((?:[\w-]+\s+){0,5}?[\w-]+)\s*\((?:the\s+)?(?:control|conventional|reference|comparison|standard)\s+(?:group|arm)\)`,
    // "Group A (36 cases) was treated with picosecond laser", "patients in group A took tranexamic acid", "cohort A had standard FUE"
    String.raw`\b${LETTERED}\s*(?:\([^()]{0,20}\)\s*)?(?:received|receives|underwent|undergoes|took|had|used|applied|(?:was|is)\s+(?:treated|managed)\s+with|(?:was|is)\s+given)\s+${GROUP_GOT}(?=${GOT_ENDS}|${NEXT_GROUP})`,
    // "and twenty applied adapalene gel only", "the others used minoxidil solution alone", "40 had transplantation alone", "the
    // remaining patients used adapalene gel only": an arm named by its count, or as the rest, and by a treatment it got alone
    String.raw`(?:\b(?:${NUMBER})\s+(?:(?:other|remaining)\s+)?(?:(?:patients|pts|participants|subjects|volunteers|women|men|children|cases)\s+)?|\b(?:the\s+)?(?:others|controls|remainder|rest|remaining\s+(?:patients|pts|participants|subjects|volunteers|women|men|children|cases))\s+)(?:had|received|applied|used|utili[sz]ed|underwent|were\s+(?:given|treated\s+with))\s+${GROUP_GOT}(?=\s+(?:only|alone)\b)`,
    // "were compared with 30 patients receiving microneedling": the people the vesicle arm is compared with, by what they got
    String.raw`\bcompared\s+(?:with|to|against)\s+(?:those\s+of\s+)?(?:${NUMBER})\s+(?:[\w-]+\s+)?(?:patients|pts|participants|subjects|volunteers|women|men|children|cases)\s+(?:receiving|given|treated\s+with|who\s+(?:received|underwent|had))\s+${GROUP_GOT}(?=${GOT_ENDS})`,
  ].join('|'),
  'gi',
);
const ADDED_TO = String.raw`(?:\b(?:combined\s+with|in\s+combination\s+with|plus|in\s+addition\s+to|together\s+with|along\s+with|on\s+the\s+basis\s+of|on\s+top\s+of|(?:after|before|following|prior\s+to)(?:\s+(?:each|every))?)\s+|\+\s*)(?:the\s+|a\s+)?`;
const VESICLE = String.raw`(?:exosom|\bexos?\b|\bs?EVs?\b|vesicles?)`;
const VESICLE_WORD = new RegExp(VESICLE, 'i');
// The vesicles named after what they are given with: "exosomes", "small extracellular vesicles".
const VESICLES_NAMED = String.raw`(?:(?:small\s+)?extracellular\s+)?${VESICLE}`;
// A treatment's strength and form may stand between its name and the vesicles ("adapalene 0.1% gel plus an exosome serum").
const WITH_VESICLES = String.raw`(?:\s+\d+(?:\.\d+)?\s*%)?(?:\s+(?:gel|cream|serum|solution|lotion|foam|ointment|tablets?|capsules?))?\s*(?:\+|plus|(?:combined|in\s+combination)\s+with|followed\s+by|and)\s*(?:[\w-]+\s+){0,5}?${VESICLES_NAMED}`;
// "FUE with exosome-soaked grafts" (with grafts held in MSC exosome solution) shares FUE, but "compared PRP with
// exosomes" shares nothing.
const NAMED_WITH_VESICLES = String.raw`\s+with\s+(?:[\w-]+\s+){0,8}?${VESICLES_NAMED}`;
const NOT_COMPARED = String.raw`(?<!\b(?:compar\w*|versus|vs\.?|than)\s+(?:[\w-]+\s+){0,3})`;
// "exosome-assisted microneedling" is microneedling with the vesicles.
const VESICLES_WITH = String.raw`${VESICLE}(?:[\w\s-]{0,30}?\s(?:\+|plus|(?:combined|in\s+combination)\s+with|with|and)\s+|\w*[\s-]+(?:assisted|enhanced|augmented|combined)\s+)(?:the\s+|a\s+)?`;
// Words that name no treatment of their own: how or how often it was given.
const GENERIC = /^(?:therapy|treatments?|injections?|intralesional|intradermal|topical|local|conventional|routine|standard|usual|basic|regular|sessions?|applications?|once|twice|thrice|daily|weekly|monthly|times)$/i;
// A short word is distinctive as an acronym (PRP, NB-UVB), not as a word (gel, oil).
const ACRONYM = /^[A-Z][A-Z0-9-]{2,}$/;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sameTreatment = (a: string, b: string) => a.toLowerCase().endsWith(b.toLowerCase()) || b.toLowerCase().endsWith(a.toLowerCase());
function sharedCoIntervention(text: RecordText): Match | null {
  const t = text.abstract.text;
  const defined = abbreviations(text.abstract.shown);
  for (const m of matchesOf(CONTROL_GOT, t)) {
    const got = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]).trim();
    // A group named by its vesicles is the vesicle arm, not the control.
    if (VESICLE_WORD.test(got)) continue;
    const what = escaped(got).replace(/\s+/g, '\\s+');
    const words = /\b(?:and|or|after|before|with|plus|following|combined|combination)\b|\+/i.test(got) ? [] : got.split(/\s+/).filter((w) => (w.length >= 5 || ACRONYM.test(w)) && !GENERIC.test(w)).map(escaped);
    // The same treatment under the short form the abstract defines for it: "microneedling (MN)" and "MN combined with exosomes".
    const aka = [...defined].flatMap(([short, long]) => (sameTreatment(got, long) ? [short] : got === short ? [long] : [])).map((a) => escaped(a).replace(/\s+/g, '\\s+'));
    const names = [what, ...words, ...aka].join('|');
    // Sought outside the control's own words ("hyaluronic acid dressing after laser" does not share itself).
    const rest = t.slice(0, m.index) + ' '.repeat(m[0].length) + t.slice(m.index + m[0].length);
    if (new RegExp(`${ADDED_TO}(?:${names})\\b|\\b(?:${names})${WITH_VESICLES}|${NOT_COMPARED}\\b(?:${names})${NAMED_WITH_VESICLES}|${VESICLES_WITH}(?:${names})\\b`, 'i').test(rest))
      return { rule: 'details.control.untreated', value: 'control:untreated', weight: 1, field: 'abstract', start: m.index, end: m.index + m[0].length, snippet: m[0] };
  }
  return null;
}

// The species an animal study treats, by their common names.
const SPECIES: [string, RegExp][] = [
  ['mouse', /\b(?:mice|mouse|murine)\b/i], ['rat', /\brats?\b/i], ['rabbit', /\brabbits?\b/i],
  ['pig', /\b(?:pigs?|piglets?|minipigs?|swine|porcine)\b(?![\s-]+(?:\w+[\s-]+)?(?:extracellular\s+matrix|dermis|collagen|gelatin|skin\s+explants?))/i],
  ['zebrafish', /\bzebrafish\b/i], ['dog', /\b(?:dogs?|canine)\b/i], ['guinea pig', /\bguinea[\s-]+pigs?\b/i], ['hamster', /\bhamsters?\b/i],
  ['sheep', /\bsheep\b/i], ['monkey', /\b(?:monkeys?|macaques?|non-?human\s+primates?)\b/i], ['horse', /\b(?:horses?|equine)\b/i],
];
function animalSpecies(text: RecordText): string[] {
  const t = `${text.title.text} ${text.abstract.text}`;
  return SPECIES.filter(([, re]) => re.test(t)).map(([name]) => name);
}

/**
 * Which detail cues a record's labels make worth seeking: industry ties for every record, the
 * comparison, blinding and harms for human studies, the product and vesicle characterization for
 * primary studies of vesicles. The rest would be read and then ignored (most records are reviews).
 */
export function detailCuesFor(design: Labels['design'], hasVesicles: boolean): (cue: string) => boolean {
  const human = HUMAN_DESIGNS.includes(design);
  const primary = hasVesicles && PRIMARY_DESIGNS.includes(design);
  return (cue) => {
    const detail = cue.slice(0, cue.indexOf(':'));
    if (detail === 'control' || detail === 'blinding' || detail === 'adverse_events') return human;
    if (detail === 'commercial_product' || detail === 'ev_characterization') return primary;
    return true;
  };
}

/**
 * `historicalControls`: the record names controls treated before its people (design.historical_controls.named). They
 * are no concurrent control, so the design is uncontrolled, but a comparison is made: what they got is the control,
 * as in a controlled design.
 */
export function studyDetails(text: RecordText, labels: Labels, found: Map<string, Match[]>, hasVesicles: boolean, historicalControls = false): DetailsResult {
  const evidence: Record<string, Evidence[]> = {};
  const confidence: Partial<Record<DetailField, Confidence>> = {};
  const cue = (v: string) => found.get(v) ?? [];
  const human = HUMAN_DESIGNS.includes(labels.design);
  const primary = hasVesicles && PRIMARY_DESIGNS.includes(labels.design);
  // The first code (by precedence) whose cue was found, its evidence kept, and low when rivals were found too.
  // `nested`: a rival found only inside the words of the code taken is no rival. Blinding's: "participants and the
  // investigators measuring TEWL were masked" is double, though its end alone reads as single. (Not so for a
  // comparison: "versus hyaluronic acid or saline" names an active and a placebo control in one match.)
  const first = <T extends string>(detail: DetailField, codes: readonly T[], nested = false): T | null => {
    const hits = codes.filter((c) => cue(`${detail}:${c}`).length);
    if (!hits.length) return null;
    const taken = cue(`${detail}:${hits[0]}`);
    const within = (m: Match) => nested && taken.some((t) => t.field === m.field && t.start <= m.start && m.end <= t.end);
    const rivals = hits.slice(1).filter((c) => !cue(`${detail}:${c}`).every(within));
    evidence[`details:${detail}`] = toEvidence(taken);
    if (rivals.length) confidence[detail] = low(`cues for ${[hits[0], ...rivals].join(' and ')}: ${hits[0]} taken`);
    return hits[0];
  };

  const details: StudyDetails = {
    control: null, blinding: null, follow_up_weeks: null, adverse_events: null, commercial_product: null, ev_characterization: [],
    industry_ties: cue('industry_ties:true').length > 0,
    animal_species: labels.design === 'animal' ? animalSpecies(text) : [],
  };
  if (details.industry_ties) evidence['details:industry_ties'] = toEvidence(cue('industry_ties:true'));
  if (human) {
    // A single arm has no comparison, whatever a sentence compares. Elsewhere the co-intervention alone
    // ("laser alone") is the comparison even where the test arm adds an active product.
    if (labels.design === 'human_uncontrolled' && !historicalControls) details.control = 'none';
    else if (!(details.control = first('control', ['placebo', 'untreated', 'active'] as const))) confidence.control = low('a comparison is made, but not what the other side got');
    if (details.control === 'active' || details.control === null) {
      const shared = sharedCoIntervention(text);
      if (shared) {
        details.control = 'untreated';
        evidence['details:control'] = toEvidence([shared]);
        delete confidence.control;
      }
    }
    details.blinding = first('blinding', ['double', 'single', 'open'] as const, true);
    details.adverse_events = first('adverse_events', ['reported', 'none'] as const);
    if (details.adverse_events === 'reported' && confidence.adverse_events) confidence.adverse_events = low('both an adverse event and "none" or "well tolerated": reported taken');
    const fu = followUpWeeks(text);
    if (fu) {
      details.follow_up_weeks = fu.weeks;
      evidence['details:follow_up_weeks'] = [fu.evidence];
    }
  }
  if (primary) {
    details.commercial_product = cue('commercial_product:true').length > 0;
    if (details.commercial_product) evidence['details:commercial_product'] = toEvidence(cue('commercial_product:true'));
    details.ev_characterization = EV_CHARACTERIZATION.filter((e) => cue(`ev_characterization:${e}`).length);
    for (const e of details.ev_characterization) evidence[`details:ev_characterization:${e}`] = toEvidence(cue(`ev_characterization:${e}`));
  }
  for (const d of DETAIL_FIELDS) confidence[d] ??= HIGH_CONFIDENCE;
  return { details, evidence, confidence: confidence as Record<DetailField, Confidence> };
}
