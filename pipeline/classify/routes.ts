// Delivery routes from the route rules' matches (taxonomy v2, 'routes'): how vesicles reach their
// target, given the design and the conditions the study targets. Pure.

import type { Design, Indication, Route } from '../types.ts';
import { ROUTES } from '../types.ts';
import type { RuleSet } from './rules.ts';
import { beyondAbstract, matchField, textBefore, type Found, type Match } from './match.ts';
import type { RecordText } from './text.ts';
import { inPaperScope, PRIMARY_DESIGNS } from './design.ts';

const PATCH = /^patch(?:es)?$/i;
const PATCH_TEST = /^patch\s+test/i;

// What the control group got is no route of the vesicles: "The control group took tranexamic acid tablets orally, and
// the treatment group was given exosomes by electroporation". Its clause runs from "control group" to a comma, a stop or
// the next group, and names no vesicles (a control arm given vesicles alone is a vesicle arm all the same).
const CONTROL_CLAUSE = /\b(?:control|reference|comparison|comparator)\s+(?:group|arm)\b((?:(?!\b(?:group|arm)\b)[^.;,]){0,100})$/i;
function inControlArm(rules: RuleSet, text: RecordText, m: Match): boolean {
  const clause = m.field === 'abstract' ? CONTROL_CLAUSE.exec(textBefore(text, m, 140)) : null;
  if (!clause) return false;
  rules.vesicles.regex.lastIndex = 0;
  return !rules.vesicles.regex.test(clause[1] + m.snippet);
}
const MICRONEEDLE_BEFORE = /micro-?needles?(?:[\s-]+arrays?)?[\s-]*$/i;

/** `keep` as in matchRule: a review keeps the routes others' studies used. */
export function chooseRoutes(rules: RuleSet, text: RecordText, design: Design, indications: Indication[], keep?: string): { routes: Route[]; found: Found } {
  const found = matchField(rules, 'routes', text, undefined, keep);
  let routes = ROUTES.filter((r) => found.has(r) && !found.get(r)!.every((m) => inControlArm(rules, text, m)));
  if (!PRIMARY_DESIGNS.includes(design)) {
    // Reviews and other non-primary records list a route only when it is what they are about: named in the title,
    // keywords or MeSH, or where the abstract says what the paper covers ("this review focuses on topical delivery").
    routes = routes.filter((r) => beyondAbstract(found.get(r)) || found.get(r)!.some((m) => inPaperScope(text, m)));
  }
  // A patch test beside another route is a test of the product ("patch testing was negative" in a case of reactions to
  // injections), not how it was given; alone it is the route (a repeat insult patch test applies it to the skin).
  if (routes.length > 1 && found.get('topical')?.every((m) => PATCH_TEST.test(m.snippet))) routes = routes.filter((r) => r !== 'topical');
  // Vesicles given during microneedling or after an energy device are not also topical.
  if (routes.includes('microneedling') || routes.includes('laser_assisted')) routes = routes.filter((r) => r !== 'topical');
  // A wound bed needs a wound.
  if (!indications.some((i) => i === 'wound_healing' || i === 'scar')) routes = routes.filter((r) => r !== 'wound_application');
  // The only patches of a study of microneedles, on a scar with no wound or named as microneedle patches, are microneedle patches.
  else if (
    routes.includes('wound_application') &&
    routes.includes('microneedling') &&
    found.get('wound_application')!.every((m) => PATCH.test(m.snippet) && (!indications.includes('wound_healing') || MICRONEEDLE_BEFORE.test(textBefore(text, m, 20))))
  ) {
    routes = routes.filter((r) => r !== 'wound_application');
  }
  // Put on a wound bed in a carrier is wound_application, not topical on intact skin; in a study of wounds, "topical"
  // names the same application ("treated with topical MSC exosomes" above "applied a gel ... to chronic wounds").
  else if (routes.includes('wound_application')) {
    if (routes.includes('topical') && indications.includes('wound_healing')) found.set('wound_application', [...found.get('wound_application')!, ...found.get('topical')!]);
    routes = routes.filter((r) => r !== 'topical');
  }
  // Topical on a wound is on the wound bed: in a study of wounds, it is wound_application; not in a review where wounds
  // are one of several conditions ("transdermal delivery in psoriasis, melanoma and wound healing").
  else if (
    routes.includes('topical') &&
    indications.includes('wound_healing') &&
    (PRIMARY_DESIGNS.includes(design) || indications.every((i) => i === 'wound_healing' || i === 'scar'))
  ) {
    found.set('wound_application', found.get('topical')!);
    routes = ROUTES.filter((r) => r === 'wound_application' || (routes.includes(r) && r !== 'topical'));
  }
  // No rule gives in_vitro: it is the route of in-vitro designs, and theirs only.
  if (design === 'in_vitro') routes = ['in_vitro'];
  return { routes, found };
}
