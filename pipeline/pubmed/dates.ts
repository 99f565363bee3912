// PubMed dates come as a plain Year, or as free-text MedlineDate ("2020 Jan-Feb",
// "1990 Summer", "1998 Dec-1999 Jan"). The first four-digit year is the one cited.

export function yearFromDate(s: string | undefined | null): number | null {
  const m = /\b(1[89]\d\d|2\d\d\d)\b/.exec(s ?? '');
  return m ? Number(m[1]) : null;
}
