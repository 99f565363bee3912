// CSV both ways: writing a field (RFC 4180 quoting), and reading a file people
// edit (overrides, a filled-in review queue, hand labels) through csv-parse, with
// the line each row starts on, for errors that name it.

import { parse } from 'csv-parse/sync';
import { UserError } from './errors.ts';

// A spreadsheet runs a cell that begins with = + - or @ as a formula ("=HYPERLINK(...)" in a crafted
// title). Text from records in a file meant for one (the exports, the review queue) is led by an
// apostrophe, which spreadsheets show as text and hide; numbers are left as they are.
const FORMULA = /^[=+\-@\t\r]/;

export const csvField = (v: unknown, forSpreadsheet = false): string => {
  let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
  if (forSpreadsheet && typeof v !== 'number' && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One line of fields; `forSpreadsheet` for files people open in a spreadsheet (see FORMULA). */
export const csvLine = (values: readonly unknown[], forSpreadsheet = false): string => values.map((v) => csvField(v, forSpreadsheet)).join(',');

/** A row read from a CSV file: its fields by column name ('' where the row is short), and the line it starts on. */
export interface CsvRow {
  fields: Record<string, string>;
  line: number;
}

/**
 * A CSV file's header and rows. Rows are numbered by the line they start on, counting the header, blank
 * and comment lines, and line breaks inside quoted fields (a note typed in a spreadsheet): counted as
 * "row index + 2", an error named the wrong line in any such file. Bad CSV is a one-line error naming the file.
 */
export function readCsv(text: string, file: string, opts: { comments?: boolean; shortRows?: boolean } = {}): { header: string[]; rows: CsvRow[] } {
  const bytes = Buffer.from(text.replace(/^\uFEFF/, ''));
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    // comment_no_infix: a comment is a whole line; "see #12" in a reason is text.
    records = parse(bytes, { info: true, skip_empty_lines: true, trim: true, comment: opts.comments ? '#' : undefined, comment_no_infix: true, relax_column_count: opts.shortRows }) as unknown as typeof records;
  } catch (e) {
    throw new UserError(`${file}: not valid CSV (${(e as Error).message.split('\n')[0]})`);
  }
  // Where each record starts: past the one before (info.bytes: where it ended, its line break included) and the
  // blank and comment lines csv-parse skipped. csv-parse's own line count takes a CRLF inside quotes for two lines.
  let at = 0;
  let line = 1;
  const placed = records.map(({ record, info }) => {
    for (;;) {
      const eol = bytes.indexOf(0x0a, at);
      if (eol === -1 || !skipped(bytes.toString('utf8', at, eol), opts.comments)) break;
      at = eol + 1;
      line++;
    }
    const start = line;
    for (let k = bytes.indexOf(0x0a, at); k !== -1 && k < info.bytes; k = bytes.indexOf(0x0a, k + 1)) line++;
    at = info.bytes;
    return { record, line: start };
  });
  const header = placed.shift()?.record ?? [];
  // A column named twice would be read from its last place only, the other one ignored without a word.
  const twice = header.find((h, k) => h && header.indexOf(h) !== k);
  if (twice !== undefined) throw new UserError(`${file}: the column "${twice}" is named twice in the header`);
  return { header, rows: placed.map(({ record, line }) => ({ fields: Object.fromEntries(header.map((h, k) => [h, record[k] ?? ''])), line })) };
}

/** Whether csv-parse passes over a line: blank, or a comment where the file may hold them. */
const skipped = (line: string, comments = false) => /^[ \t]*\r?$/.test(line) || (comments && line.startsWith('#'));
