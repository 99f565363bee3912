// Writing CSV (RFC 4180 quoting): reading is csv-parse's job, writing a field is this.

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
