// Defaults a user sees in the commands' help, kept apart from the stages that use
// them so that the help is printed without loading those stages.

export const DEFAULT_DB = 'data/evidence.db';
export const DEFAULT_QUERY = 'exosome-skin';
export const DEFAULT_REPORTS = 'reports';
/** Records per efetch request; NCBI asks for at most 10,000. */
export const DEFAULT_BATCH = 500;
export const MAX_BATCH = 10_000;
