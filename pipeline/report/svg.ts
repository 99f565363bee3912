// The evidence map as an SVG picture, written as text (no browser): one bar per
// evidence tier, strongest first, stacked by vesicle source.

import type { ReportModel } from './model.ts';
import { SOURCES } from '../types.ts';

// One colour per source code, in taxonomy order, then "not stated".
const COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b2df8a', '#fb9a99', '#33a02c', '#fdbf6f', '#cab2d6', '#6a3d9a', '#bbbbbb'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderSvg(m: ReportModel): string {
  const keys = [...SOURCES, 'not stated'];
  const rows = m.tiers.map(({ tier, studies }) => {
    const parts = keys.map((k) => m.sourceMap.find((r) => r.label === k)?.counts[tier.code] ?? 0);
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
    `<title>Studies per evidence tier, by vesicle source</title>`,
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
  out.push(`<text x="12" y="${height - 6}" font-size="11" fill="#555">Numbers are studies; a study with several sources adds to each of its sources' segments.</text>`, '</svg>', '');
  return out.join('\n');
}
