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
const LABEL = /(?:^|(?<=[.?!)\]]\s))([A-Z][A-Za-z0-9]*(?:[ ,&/-]+[A-Za-z0-9]+)*): /g;
const CAPITALS = /^[A-Z][A-Z0-9]*(?:[ ,&/-]+[A-Z0-9]+)*$/;
const NAME = new RegExp(`^(?:${NAMED})$`, 'i');

/** A text's sections at the labels it holds: the text before the first is a section without a label. */
export function splitAbstract(ab: string): AbstractSection[] {
  const text = collapseSpace(ab);
  if (!text) return [];
  const marks = [...text.matchAll(LABEL)].filter((m) => CAPITALS.test(m[1]) || NAME.test(m[1]));
  const sections: AbstractSection[] = [];
  const head = marks.length ? text.slice(0, marks[0].index).trim() : text;
  if (head) sections.push({ label: null, category: null, text: head });
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].index : text.length;
    sections.push({ label: m[1], category: null, text: text.slice(m.index + m[0].length, end).trim() });
  });
  return sections;
}

/** An abstract without labels, split at the labels its text holds; one with labels is structured already. */
export const withInlineSections = (abstract: AbstractSection[]): AbstractSection[] =>
  abstract.some((s) => s.label) ? abstract : abstract.flatMap((s) => (s.text ? splitAbstract(s.text) : [s]));
