// The report's pictures as SVG, written as text (no browser): the claims ×
// tier evidence map (evidence-map.svg), and the studies of each tier by
// vesicle source (evidence-sources.svg), each study drawn once.

import { tierOf, type ReportModel } from './model.ts';
import { SOURCES } from '../types.ts';

// One colour per source code, in taxonomy order, then "not stated".
const COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b2df8a', '#fb9a99', '#33a02c', '#fdbf6f', '#cab2d6', '#6a3d9a', '#555555', '#bbbbbb'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The evidence map: claims (indications) as rows, tiers as columns, each cell's studies and people written in it. */
export function renderMapSvg(m: ReportModel): string {
  const cellW = 150, cellH = 40, left = 170, top = 64;
  const tiers = m.tiers.map((t) => t.tier);
  const width = left + tiers.length * cellW + 120;
  const height = top + Math.max(1, m.claims.length) * cellH + 40;
  const most = Math.max(1, ...m.claims.flatMap((c) => tiers.map((t) => c.counts[t.code])));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<title>Evidence map: studies and people per claim and evidence tier</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="24" font-size="15" font-weight="bold">Evidence map: claims × evidence tier</text>`,
  ];
  tiers.forEach((t, i) => out.push(`<text x="${left + i * cellW + cellW / 2}" y="${top - 10}" text-anchor="middle" font-weight="bold">${esc(t.title)}</text>`));
  out.push(`<text x="${left + tiers.length * cellW + 10}" y="${top - 10}" font-weight="bold">Certainty</text>`);
  if (!m.claims.length) out.push(`<text x="12" y="${top + 20}">No included studies.</text>`);
  m.claims.forEach((c, r) => {
    const y = top + r * cellH;
    out.push(`<text x="${left - 10}" y="${y + cellH / 2 + 4}" text-anchor="end">${esc(c.indication.replace(/_/g, ' '))}</text>`);
    tiers.forEach((t, i) => {
      const n = c.counts[t.code];
      // A claim's studies are the tiers' studies, each in the tier of its design.
      const people = c.studies.filter((s) => tierOf(s.labels.design) === t.code).reduce((a, s) => a + (s.labels.sampleSize ?? 0), 0);
      const shade = n ? 0.12 + 0.6 * (n / most) : 0;
      const x = left + i * cellW;
      out.push(`<rect x="${x + 2}" y="${y + 2}" width="${cellW - 4}" height="${cellH - 4}" rx="3" fill="#0b5cad" fill-opacity="${shade.toFixed(2)}" stroke="#d0d0d0"/>`);
      const fill = shade > 0.45 ? '#ffffff' : '#1a1a1a';
      out.push(`<text x="${x + cellW / 2}" y="${y + cellH / 2 + (people ? 0 : 4)}" text-anchor="middle" fill="${fill}">${n} ${n === 1 ? 'study' : 'studies'}</text>`);
      if (people) out.push(`<text x="${x + cellW / 2}" y="${y + cellH / 2 + 13}" text-anchor="middle" fill="${fill}" font-size="11">${people} people</text>`);
    });
    out.push(`<text x="${left + tiers.length * cellW + 10}" y="${y + cellH / 2 + 4}">${esc(c.rating.certainty)}</text>`);
  });
  out.push(`<text x="12" y="${height - 10}" font-size="11" fill="#555">Each cell counts the included studies of one tier behind one claim, and the people in those stating N; a study with several claims counts in each.</text>`, '</svg>', '');
  return out.join('\n');
}

/** Studies per tier by vesicle source, each study drawn once: one naming several sources is its own segment. */
export function renderSourcesSvg(m: ReportModel): string {
  const keys = [...SOURCES, 'several sources', 'not stated'];
  const keyOf = (sources: string[]) => (sources.length === 0 ? 'not stated' : sources.length > 1 ? 'several sources' : sources[0]);
  // Each study's key found once: a filter per key took half a second over 40,000 studies.
  const rows = m.tiers.map(({ tier, studies }) => {
    const parts = keys.map(() => 0);
    for (const s of studies) {
      const i = keys.indexOf(keyOf(s.labels.sources));
      if (i >= 0) parts[i]++;
    }
    return { title: tier.title, studies: studies.length, parts };
  });
  const used = keys.map((_, i) => rows.some((r) => r.parts[i] > 0));
  const widest = Math.max(1, ...rows.map((r) => r.parts.reduce((a, b) => a + b, 0)));
  const left = 230;
  const barArea = 440;
  const barH = 26;
  const gap = 14;
  const top = 44;
  const legendTop = top + rows.length * (barH + gap) + 10;
  const legendItems = keys.map((k, i) => ({ k, i })).filter(({ i }) => used[i]);
  const height = legendTop + Math.ceil(legendItems.length / 3) * 20 + 20;
  const width = left + barArea + 80;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="13">`,
    `<title>Included studies per evidence tier, by vesicle source, each study once</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="24" font-size="15" font-weight="bold">Included studies per evidence tier, by vesicle source</text>`,
  ];
  rows.forEach((r, ri) => {
    const y = top + ri * (barH + gap);
    out.push(`<text x="${left - 10}" y="${y + barH / 2 + 4}" text-anchor="end">${esc(r.title)}</text>`);
    let x = left;
    r.parts.forEach((n, i) => {
      if (!n) return;
      const w = (n / widest) * barArea;
      out.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${COLOURS[i]}"><title>${esc(keys[i])}: ${n}</title></rect>`);
      x += w;
    });
    out.push(`<text x="${(x + 6).toFixed(1)}" y="${y + barH / 2 + 4}">${r.studies}</text>`);
  });
  legendItems.forEach(({ k, i }, n) => {
    const x = 12 + (n % 3) * 230;
    const y = legendTop + Math.floor(n / 3) * 20;
    out.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${COLOURS[i]}"/>`, `<text x="${x + 18}" y="${y + 11}">${esc(k.replace(/_/g, ' '))}</text>`);
  });
  out.push(`<text x="12" y="${height - 6}" font-size="11" fill="#555">Each bar counts a tier's included studies (the number at its end); each study is drawn once, a study naming several sources in "several sources".</text>`, '</svg>', '');
  return out.join('\n');
}
