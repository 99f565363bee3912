// Section labels written into an abstract's text, split out as the sections a
// structured abstract has. MEDLINE's AB field holds a structured abstract's
// labels inline ("BACKGROUND: ... METHODS: ..."), and some publishers' XML
// gives one unlabelled AbstractText that holds them ("... Methods: Exosomes
// were isolated ... Results: ..."). Both formats are split alike, so the same
// article reads the same whichever way it came: the classifier takes a
// background for others' work, and the report a conclusion for the finding.

import type { AbstractSection } from '../types.ts';
import { collapseSpace } from './inline-text.ts';

// The usual names of sections, as publishers capitalise them in running text.
const NAMED = [
  '(?:The )?(?:Background|Introduction|Context|Rationale|Summary|Objectives?|Aims?|Purpose|Hypothes[ei]s)(?: and (?:objectives?|aims?|purpose))?',
  '(?:(?:Materials?|Patients|Subjects) ?(?:and|&) )?Methods?(?: and results)?|Methodology|(?:Study |Research )?design|Setting|Patients|Participants|Subjects',
  'Interventions?|Measurements|Main outcome measures?|Data sources|Study selection|Data extraction',
  'Results?|(?:Key )?findings|Conclusions?(?: and relevance)?|Limitations|Significance|Implications|Interpretation|Discussion',
  'Case (?:report|presentation|summary|description)s?',
].join('|');
// A label opens the abstract or follows a sentence end, and is written in capitals (MEDLINE's way) or is a
// section's usual name (publishers' way): another capitalised phrase before a colon is text ("See Fig. 2: ...").
// Sought back from each ": " over the 80 characters before it: run from every sentence start, the phrase's words
// were a third of the time it takes to parse a record.
const LABEL_BEFORE = /(?:^|(?<=[.?!)\]]\s))[A-Z][A-Za-z0-9]*(?:[ ,&/-]+[A-Za-z0-9]+)*$/;
const REACH = 80;
const CAPITALS = /^[A-Z][A-Z0-9]*(?:[ ,&/-]+[A-Z0-9]+)*$/;
const NAME = new RegExp(`^(?:${NAMED})$`, 'i');

/** Where each label of a text begins and what it says, in order. */
function labelsIn(text: string): { index: number; label: string }[] {
  const out: { index: number; label: string }[] = [];
  for (let colon = text.indexOf(': '); colon >= 0; colon = text.indexOf(': ', colon + 2)) {
    const from = Math.max(0, colon - REACH);
    const m = LABEL_BEFORE.exec(text.slice(from, colon));
    // Cut from inside the text, the slice's start is no sentence's.
    if (!m || (m.index === 0 && from > 0 && !/[.?!)\]]\s$/.test(text.slice(from - 2, from)))) continue;
    if (CAPITALS.test(m[0]) || NAME.test(m[0])) out.push({ index: from + m.index, label: m[0] });
  }
  return out;
}

/** A text's sections at the labels it holds: the text before the first is a section without a label. */
export function splitAbstract(ab: string): AbstractSection[] {
  const text = collapseSpace(ab);
  if (!text) return [];
  const marks = labelsIn(text);
  const sections: AbstractSection[] = [];
  const head = marks.length ? text.slice(0, marks[0].index).trim() : text;
  if (head) sections.push({ label: null, category: null, text: head });
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].index : text.length;
    sections.push({ label: m.label, category: null, text: text.slice(m.index + m.label.length + 2, end).trim() });
  });
  return sections;
}

/** An abstract without labels, split at the labels its text holds; one with labels is structured already. */
export const withInlineSections = (abstract: AbstractSection[]): AbstractSection[] =>
  abstract.some((s) => s.label) || !abstract.some((s) => s.text.includes(': ')) ? abstract : abstract.flatMap((s) => (s.text ? splitAbstract(s.text) : [s]));
