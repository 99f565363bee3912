// Writing CSV (RFC 4180 quoting): reading is csv-parse's job, writing a field is this.

export const csvField = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const csvLine = (values: readonly unknown[]): string => values.map(csvField).join(',');
