// One included study as reports show it, and the evidence tiers it falls in:
// shared by the report model and the claims built from it.

import type { Confidence, Design, Evidence, LabelField, Labels, StudyDetails } from '../types.ts';

export type Tier = 'rct' | 'pilot' | 'animal' | 'in_vitro';

/** Evidence tiers of the taxonomy, strongest first. */
export const TIERS: { code: Tier; title: string; designs: Design[] }[] = [
  { code: 'rct', title: 'RCT', designs: ['rct'] },
  { code: 'pilot', title: 'Pilot / non-randomized clinical', designs: ['human_controlled', 'human_uncontrolled'] },
  { code: 'animal', title: 'Animal', designs: ['animal'] },
  { code: 'in_vitro', title: 'In vitro', designs: ['in_vitro'] },
];

/**
 * Studies written at a time, a piece of a file each (atomic.ts writes a file's pieces one after another). Few:
 * the text JSON.stringify makes of many is built of parts, and reading it (to escape it, to write it) joins
 * them, which for 1,000 real abstracts at a time took longer than the stringify itself.
 */
export const STUDIES_A_PIECE = 10;

export const tierOf = (design: Design): Tier | null => TIERS.find((t) => t.designs.includes(design))?.code ?? null;

export interface Study {
  pmid: string;
  citation: string;
  year: number | null;
  title: string;
  journal: string | null;
  labels: Labels;
  finding: string;
  /** The design as a reader names it: "split-face RCT", "case series", "animal study (mouse)". */
  designLabel: string;
  details: StudyDetails;
  /** What a citation file needs beyond title, journal and year. */
  cite: {
    authors: ({ family: string; given: string } | { literal: string })[];
    journalTitle: string | null;
    volume: string | null;
    issue: string | null;
    pages: string | null;
    doi: string | null;
  };
  flags: string[];
  /** The abstract as the classifier read it (sections led by their labels): evidence offsets point into it. */
  abstract: string;
  /** The evidence behind each label and detail (key "design", "sources:plant", "details:blinding", ...). */
  evidence: Record<string, Evidence[]>;
  confidence: Record<LabelField, Confidence>;
  /** Labels the rules are unsure of and no correction has settled, with the reason. */
  lowConfidence: { field: LabelField; reason: string }[];
}
