// Asides that add nothing a rule reads: an abbreviation defined in brackets right after
// its long form ("microneedling (MN) alone", "adipose stem cell exosomes (ADSC-Exos) were
// injected"), a group's age in brackets ("40 patients (mean age 45.2 ± 6.1 years)
// received"), a hedge before a number ("performed in approximately 17 patients"), "-based" after the vesicles,
// and "as well as" in a list, which is read as "and".
// Real abstracts are full of them, and each one broke the patterns it fell inside
// (found by rewriting the probe abstracts). They are blanked to spaces, one for one, so
// that a rule's \s+ steps over them and every offset stays true; evidence is quoted
// from the text as written.

// A short form: letters, digits and inner hyphens, up to 12 characters, with a capital.
// A "+" or a trademark sign makes it a product's name ("ASCE+"), which rules do read.
// Before a space it is blanked; before a mark, see SHORT_FORM_MARK: blanks before a comma or a full stop ("exosomes
// , PBS or saline") would break the lists that rules read, which expect the mark after a word.
const SHORT_FORM = /\(([A-Za-z][A-Za-z0-9-]{0,10}[A-Za-z0-9])\)(?=\s)/g;
// Before a hyphen the short form is a compound's first part ("ultraviolet B (UVB)-irradiated", "mesenchymal stem cell
// (MSC)-derived"): the brackets go with the hyphen, and rules read the long form as the compound written open
// ("mesenchymal stem cell derived", "ultraviolet B irradiated"), as they read authors who define nothing.
const SHORT_FORM_HYPHEN = /\(([A-Za-z][A-Za-z0-9-]{0,10}[A-Za-z0-9])\)-(?=[A-Za-z])/g;
// Before a comma, semicolon or full stop the mark moves back against the long form, and the brackets go: "bone marrow
// (BM), adipose" reads "bone marrow,      adipose", so lists that expect the mark after a word still read.
const SHORT_FORM_MARK = /\s\(([A-Za-z][A-Za-z0-9-]{0,10}[A-Za-z0-9])\)([,;.])(?!\d)/g;
// How far back a long form may begin, in words: the Schwartz-Hearst bound, min(|SF| + 5, 2|SF|).
const wordsBack = (sf: string) => Math.min(sf.length + 5, sf.length * 2);
// Where a long form is sought: the 120 characters before a short form's bracket.
const before = (text: string, at: number) => text.slice(Math.max(0, at - 120), at);

/**
 * The long form that `sf` abbreviates at the end of `before`, or null: the shortest run of words whose first begins
 * with its first letter, and in which its letters and digits follow in order.
 */
function longFormOf(sf: string, before: string): string | null {
  const chars = sf.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!/[A-Z]/.test(sf) || chars.length < 2) return null;
  // The long form ends at the bracket and begins after the last clause break before it.
  const all = before.split(/\s+/).filter(Boolean);
  const words = all.slice(all.map((w) => /[;:]$/.test(w)).lastIndexOf(true) + 1).slice(-wordsBack(sf));
  for (let first = words.length - 1; first >= 0; first--) {
    if (!words[first].replace(/^[^A-Za-z0-9]+/, '').toLowerCase().startsWith(chars[0])) continue;
    const long = words.slice(first).join(' ');
    const lower = long.toLowerCase();
    let at = 0;
    for (const c of chars) {
      at = lower.indexOf(c, at);
      if (at < 0) break;
      at++;
    }
    if (at > 0) return long;
  }
  return null;
}

const DEFINED = /\(([A-Za-z][A-Za-z0-9-]{0,10}[A-Za-z0-9])\)/g;
/** The abbreviations a text defines, short form to long form: "microneedling (MN)" gives MN: microneedling. */
export function abbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(DEFINED)) {
    const long = longFormOf(m[1], before(text, m.index));
    if (long && !out.has(m[1])) out.set(m[1], long);
  }
  return out;
}

// An age given for the people just counted, named as an age and with nothing else in the brackets: a bare
// "(12 years)" may be how long they were followed.
const AGE_ASIDE =
  /\(\s*(?:(?:mean|median|average)\s+(?:\(?\s*±?\s*SD\s*\)?\s+)?)?(?:age[sd]?|aged)\b(?:\s+range)?\s*[,:=]?\s*\d{1,2}(?:\.\d+)?(?:\s*(?:±|\+\/-|-|–|to)\s*\d{1,2}(?:\.\d+)?)?\s*(?:(?:years?|yrs?|y)(?:\s+old)?)?\s*\)(?=,?\s)/gi;

// A hedge on a count or a time: the number is what rules read. Not "over" or "more than", which rules read
// ("over 12 weeks" is a period, "over 50 years" an age).
// A number in words, as counts and hedges write it.
const NUMBER_WORD = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred`;
const HEDGE = new RegExp(
  String.raw`\b(?:approximately|approx\.|about|around|nearly|almost|roughly|circa|ca\.)(?=\s+(?:\d|(?:${NUMBER_WORD}|a\s+hundred)\b))`,
  'gi',
);

// "As well as" joins a list as "and" does ("adipose, bone marrow as well as umbilical cord MSCs"): rules read "and",
// padded to the same length.
const AS_WELL_AS = /\bas\s+well\s+as\b/gi;

// "-based" or "-containing" after the vesicles adds nothing: "an exosome-based serum" is read as "an exosome       serum".
// A look back that opens a pattern is run at every position a scan tries, and one over a list of words costs an
// abstract some 20 µs (measured); the patterns here look back only after a character their matches begin with.
const VESICLE_BASED = /-(?<=\b(?:exosom\w*|exos?|s?EVs?|vesicles?)-)(?:based|containing)\b/gi;

// An adverb between an auxiliary and its participle ("exosomes were then isolated from", "the control group was
// subsequently treated with"), or "then" before what people did ("the other side then received saline"): rules read
// the verb phrase as if it were not there. Not the adverbs rules read ("also", "additionally", "first", "previously").
const ADVERB =
  /\b(?:then|subsequently|further|finally|successfully|directly|immediately|initially|afterwards|thereafter|later)\b(?<=\b(?:was|were|is|are|been|be|being)\s+[a-z]+)(?=\s+(?:[a-z]+(?:ed|en)|put|split|cut|fed|kept|spread|made|done|run|set|sent|held|led|met|left|shown|grown|drawn)\b)|\b(?:then|subsequently)(?=\s+(?:received|underwent|applied|used|utili[sz]ed|had|got|chose|completed)\b)/gi;

// A group's treatment said in a relative clause ("the control group, which received saline", "group B, who were given
// PRP"): rules read it as if the group received it ("the control group received saline").
const WHICH_RECEIVED = /(?<=\b(?:group|arm|cohort)(?:\s+(?:[A-D]|I{1,3}|[1-4]))?),\s+(?:which|who)(?=\s+(?:received|got|underwent|used|applied|(?:was|were)\s+(?:given|treated|managed|injected|dressed))\b)/gi;

// "Diagnosed with" after people counted or named: "30 men diagnosed with androgenetic alopecia received ...", "adults
// diagnosed with atopic dermatitis and moderate pruritus": read as "with", as rules read "patients with"; and so is
// "suffering from" ("exosomes from patients suffering from melanoma" names the patients, not tumour cells).
const PEOPLE_NOUN = 'patients|pts|cases|participants|subjects|volunteers|women|men|females|males|adults|children|individuals|people|persons|adolescents|infants';
const PEOPLE = String.raw`\b(?:${PEOPLE_NOUN})`;
const PEOPLE_BEFORE = String.raw`(?<=${PEOPLE}\s+)`;
const DIAGNOSED = new RegExp(`${PEOPLE_BEFORE}(?:clinically\\s+|histologically\\s+|newly\\s+)?diagnosed(?=\\s+with\\b)`, 'gi');
const SUFFERING_FROM = new RegExp(`${PEOPLE_BEFORE}suffering\\s+from\\b`, 'gi');

// "For a period (duration) of" before a time: read as "for" ("persisting for a period of 6 weeks to 5 years", "followed
// for a period of 12 weeks after the last injection").
const PERIOD_OF =
  /(?<=\bfor\s+)(?:a\s+(?:period|duration|span)\s+of)(?=\s+(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b)/gi;

// A dose in brackets after what was given: "exosomes (100 μg/mL) were added", "EVs (1 × 10^9 particles) were injected".
const DOSE =
  /\s\((?<=\w\s\()\s*\d+(?:[.,]\d+)?(?:\s*(?:×|x)\s*10\^?\d+)?\s*(?:µg|μg|ug|mg|ng|particles|p)(?:\s*\/\s*(?:mL|ml|L|µL|μL|kg|g|well|mouse|wound|site|cm2|cm²))?\s*\)(?=\s)/g;

// Who the people just named are, in brackets: their sexes or skin types ("28 patients (both sexes) received", "20 women
// (Fitzpatrick skin types III-IV) applied"). Not a count ("(n = 20)", "(12 women and 16 men)": sample size reads
// those), nor what they got.
const SEX = String.raw`(?:wom[ae]n|m[ae]n|females?|males?|girls?|boys?)`;
const SKIN_TYPES = String.raw`(?:Fitzpatrick\s+)?(?:skin\s+)?(?:photo)?(?:types?\s+)?[IVX]+(?:\s*(?:-|–|to|and|or|,)\s*[IVX]+)*`;
const DESCRIBED = new RegExp(
  String.raw`\((?<=${PEOPLE}\s+\()(?:both\s+sexes|(?:all\s+)?${SEX}(?:\s+and\s+${SEX})?|(?=(?:Fitzpatrick|skin|photo|types?)\b)${SKIN_TYPES})\)(?=,?\s)`,
  'gi',
);

// People counted in brackets after they are named, "patients (n = 46) with melasma were enrolled", are read as if the
// count came first, "46       patients with melasma", as most abstracts write it and every rule that counts people
// reads it. The only aside that moves rather than blanks: the count takes the noun's place and the noun ends where the
// bracket did, so the whole keeps its length and offsets; evidence that cuts into it quotes it whole (FieldText.moved).
// Not after a count already said ("30 patients (n = 30)"), nor "(n = 20 per group)".
const COUNT_WORD = String.raw`(?:\d+|${NUMBER_WORD})(?:-[a-z]+)?`;
const COUNTED_AFTER = new RegExp(
  String.raw`(?<!\b${COUNT_WORD}\s+(?:[\w-]+\s+){0,3}?)\b(${PEOPLE_NOUN})\s*\(\s*[nN]\s*[=:]\s*(\d{1,6})\s*\)(?=[\s,;.])`,
  'gi',
);
const countFirst = (m: string, noun: string, n: string) => n + ' '.repeat(m.length - n.length - noun.length) + noun;
// COUNTED_AFTER opens with a look back (see VESICLE_BASED): it is run only on a text with a count in brackets.
const COUNT_IN_BRACKETS = /\(\s*[nN]\s*[=:]/;

// The ages of the people just named, said without brackets: "28 patients aged 25-60 years received laser alone", "women
// aged between 40 and 65 years with melasma", "adults aged 18 years or older", "men between 20 and 45 years of age". Rules
// read who they are and what they got.
const AGE_RANGE = String.raw`(?:between\s+)?\d{1,3}(?:\.\d+)?(?:\s*(?:-|–|to|and)\s*\d{1,3}(?:\.\d+)?)?\s*(?:years?|yrs?|y)(?:\s+old)?(?:\s+(?:or|and)\s+(?:older|above|over))?`;
// Or set off by commas: "Sixty patients, with a mean age of 34.5 years, were enrolled", "women, aged 30-55 years, applied".
const AGED = String.raw`aged\s+(?:[≥>]\s*)?${AGE_RANGE}`;
const AGE_CLAUSE = String.raw`(?:(?:with\s+an?\s+|of\s+)?(?:mean|median|average)\s+age\s+(?:of\s+)?\d{1,3}(?:\.\d+)?(?:\s*(?:±|\+\/-)\s*\d{1,2}(?:\.\d+)?)?\s*(?:years?|yrs?|y)|${AGED})`;
const AGED_PEOPLE = new RegExp(
  String.raw`(?=[ab\d])${PEOPLE_BEFORE}(?:${AGED}|(?:between\s+)?\d{1,3}\s*(?:-|–|to|and)\s*\d{1,3}\s+years\s+of\s+age)(?=[\s,;.])|,(?<=${PEOPLE}\s*,)\s+${AGE_CLAUSE},(?=\s)`,
  'gi',
);

// A figure or table cited in brackets: "boosters (Figure 1)." reads "boosters.", as if it were not there; it is not a
// product's name.
const FIGURE = /\s\((?:see\s+)?(?:Supplementary\s+)?(?:Figs?\.?|Figures?|Tables?)\s*S?\d+[A-Za-z]?(?:\s*(?:-|–|,|and)\s*S?\d*[A-Za-z]?)*\)([,;.]?)/gi;

// A copyright or licence line at the end of an abstract (MEDLINE text and some publishers put it there): it names the
// journal and publisher ("© 2024 The Authors. Journal of Cosmetic Dermatology published by Wiley Periodicals LLC."),
// which say nothing of the study. Blanked to the end, from a © in the last 500 characters, or from a sentence that
// begins "Copyright 2024" or "(c) 2024".
const COPYRIGHT = /(?:Copyright\s*)?©[^]{0,500}$|(?:^|(?<=[.!?)\]]\s))(?:Copyright\s*(?:\(c\)\s*)?|\(c\)\s*)(?=\d{4}\b)[^]{0,500}$/i;

const blank = (s: string) => ' '.repeat(s.length);
const agesBlanked = (text: string) => (/\baged?\s/i.test(text) ? text.replace(AGED_PEOPLE, blank) : text);

/** The text with its asides blanked out (the same text where it has none); `moves` gets where words were moved. */
export function maskAsides(text: string, moves: { start: number; end: number }[] = []): string {
  let plain = text.replace(HEDGE, blank);
  if (/well\s+as/i.test(plain)) plain = plain.replace(AS_WELL_AS, (m) => `and${blank(m.slice(3))}`);
  if (/-based|-containing/i.test(plain)) plain = plain.replace(VESICLE_BASED, blank);
  plain = plain.replace(ADVERB, blank);
  if (plain.includes('diagnosed')) plain = plain.replace(DIAGNOSED, blank);
  if (plain.includes(', wh')) plain = plain.replace(WHICH_RECEIVED, blank);
  plain = agesBlanked(plain);
  if (plain.includes('suffering')) plain = plain.replace(SUFFERING_FROM, (m) => `with${blank(m.slice(4))}`);
  if (plain.includes('for a ') || plain.includes('For a ')) plain = plain.replace(PERIOD_OF, blank);
  if (plain.includes('©') || /copyright|\(c\)/i.test(plain)) plain = plain.replace(COPYRIGHT, blank);
  if (!plain.includes('(')) return plain;
  // Ages again once brackets are blanked: "30 patients (both sexes) aged 25-60 years received".
  let out = agesBlanked(plain.replace(AGE_ASIDE, blank).replace(DOSE, blank).replace(DESCRIBED, blank));
  if (COUNT_IN_BRACKETS.test(out))
    out = out.replace(COUNTED_AFTER, (m: string, noun: string, n: string, at: number) => (moves.push({ start: at, end: at + m.length }), countFirst(m, noun, n)));
  out = out.replace(FIGURE, (m, mark: string) => mark + blank(m.slice(mark.length)));
  const defined = (m: string, sf: string, at: number) => (longFormOf(sf, before(out, at)) ? blank(m) : m);
  const moved = (m: string, sf: string, mark: string, at: number) => (longFormOf(sf, before(out, at)) ? mark + blank(m.slice(1)) : m);
  return out.replace(SHORT_FORM, defined).replace(SHORT_FORM_HYPHEN, defined).replace(SHORT_FORM_MARK, moved);
}
