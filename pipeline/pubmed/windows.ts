// PubMed serves only the first 9,999 UIDs of a search, through esearch and the
// history server alike. A larger search is split into publication-date windows,
// each halved until it holds at most that many, and each window is fetched
// through its own history entry.

export const MAX_UIDS = 9999;

const DAY_MS = 86_400_000;

export function toDay(date: string): number {
  const m = /^(\d{4})(?:\/(\d{1,2}))?(?:\/(\d{1,2}))?$/.exec(date.trim());
  if (!m) throw new Error(`not a PubMed date (YYYY, YYYY/MM or YYYY/MM/DD): "${date}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const day = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2020/13/45 over into 2021; PubMed would not, so such a date is refused.
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) throw new Error(`no such day: "${date}"`);
  return Math.floor(day.getTime() / DAY_MS);
}

/** A maxdate given as YYYY or YYYY/MM means the end of that year or month. */
export function toEndDay(date: string): number {
  const first = toDay(date);
  const parts = date.trim().split('/');
  if (parts.length === 3) return first;
  const [y, m] = [Number(parts[0]), parts[1] ? Number(parts[1]) : 12];
  return Math.floor(Date.UTC(y, m, 1) / DAY_MS) - 1;
}

export function fromDay(day: number): string {
  const d = new Date(day * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
}

export interface DayRange {
  from: number;
  to: number;
}

/** Halves a range; the earlier half first so windows come out in date order. */
export function halve(r: DayRange): [DayRange, DayRange] {
  const mid = Math.floor((r.from + r.to) / 2);
  return [{ from: r.from, to: mid }, { from: mid + 1, to: r.to }];
}
