// citation-js ships no type declarations; these are the parts the citation files use.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object[]);
    format(format: 'ris' | 'bibtex', options?: Record<string, unknown>): string | object[];
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
