// reports/index.html, the evidence browser: one self-contained file (data,
// script and style inline; no network), written with the other reports and,
// like them, the same for the same database. The page's code is plain DOM
// (app.js) and its style is style.css, both read here and inlined.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { includedStudies, type ReportModel } from '../model.ts';
import { STUDIES_A_PIECE, TIERS, tierOf, type Study } from '../study.ts';
import { INDICATIONS, LABEL_FIELDS, ROUTES, SOURCES, DESIGNS, TAXONOMY_VERSION } from '../../types.ts';
import { ROOT } from '../../paths.ts';

const here = join(ROOT, 'pipeline/report/browser');

type Span = { field: string; start: number; end: number; label: string; rule: string };

/** A study's evidence spans in its title and abstract, in text order. */
function spansOf(s: Study): Span[] {
  const spans: Span[] = [];
  for (const [label, list] of Object.entries(s.evidence))
    for (const e of list) if (e.field === 'title' || e.field === 'abstract') spans.push({ field: e.field, start: e.start, end: e.end, label, rule: e.rule });
  return spans.sort((a, b) => a.field.localeCompare(b.field) || a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}

/**
 * What the page shows of one study: labels, details, flags, and the abstract with its evidence spans.
 * Each span is [title 0 / abstract 1, start, end, label, rule], label and rule as indexes into the page's
 * lists (app.js expands them), and confidence only where it is low: written out with their keys, spans
 * and confidence were half of a page of real abstracts.
 */
function pageStudy(s: Study, index: { labels: Map<string, number>; rules: Map<string, number> }) {
  return {
    pmid: s.pmid,
    citation: s.citation,
    year: s.year,
    title: s.title,
    journal: s.journal,
    doi: s.cite.doi,
    tier: tierOf(s.labels.design) ?? s.labels.design,
    design: s.labels.design,
    designLabel: s.designLabel,
    n: s.labels.sampleSize,
    sources: s.labels.sources,
    routes: s.labels.routes,
    indications: s.labels.indications,
    details: s.details,
    flags: s.flags,
    low: s.lowConfidence,
    // The rules' own doubts, settled by a correction or not (`low` holds those that are not).
    doubts: LABEL_FIELDS.filter((f) => s.confidence[f].level === 'low').map((f) => [f, s.confidence[f].reason]),
    abstract: s.abstract,
    spans: spansOf(s).map((x) => [x.field === 'title' ? 0 : 1, x.start, x.end, index.labels.get(x.label)!, index.rules.get(x.rule)!]),
  };
}

/**
 * JSON safe inside a <script> element: no "</script>" or "<!--" can close or open anything. The data of
 * 20,000 real abstracts is 60 million characters: replaceAll of a string is twice as fast there as a
 * regex, and the line separators, which a script may not hold raw, are seldom there at all.
 */
function scriptJson(x: unknown): string {
  let json = JSON.stringify(x).replaceAll('<', '\\u003c');
  for (const c of ['\u2028', '\u2029']) if (json.includes(c)) json = json.replaceAll(c, `\\u${c.charCodeAt(0).toString(16)}`);
  return json;
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page in pieces, in order (atomic.ts writes them one after another): the studies' data, most of the page,
 * a lot of studies at a time. Joined, the pieces are the page with its data written as one JSON text.
 */
export function* renderBrowser(m: ReportModel): Generator<string> {
  const studies = includedStudies(m).sort((a, b) => Number(a.pmid) - Number(b.pmid));
  const f = m.flow;
  // Every span label and rule once, sorted, so that the same database gives the same page.
  const [labelSet, ruleSet] = [new Set<string>(), new Set<string>()];
  for (const s of studies)
    for (const [label, list] of Object.entries(s.evidence)) {
      labelSet.add(label);
      for (const e of list) ruleSet.add(e.rule);
    }
  const [spanLabels, spanRules] = [[...labelSet].sort(), [...ruleSet].sort()];
  const index = { labels: new Map(spanLabels.map((x, i) => [x, i])), rules: new Map(spanRules.map((x, i) => [x, i])) };
  const data = {
    tiers: [...TIERS.map((t) => ({ code: t.code, title: t.title })), { code: 'review', title: 'Reviews' }, { code: 'other', title: 'Other' }],
    codes: { design: DESIGNS, source: SOURCES, route: ROUTES, indication: INDICATIONS },
    claims: Object.fromEntries(m.claims.map((c) => [c.indication, { certainty: c.rating.certainty, reasons: c.rating.reasons }])),
    labelFields: LABEL_FIELDS,
    spanLabels,
    spanRules,
    studies: [],
  };
  const about = [
    f.search ? `Query "${f.search.queryName}", searched ${f.search.startedAt.slice(0, 10)}` : 'Records imported from files',
    `rules ${f.rulesVersions.join(', ') || 'none'}`,
    `taxonomy ${TAXONOMY_VERSION}`,
    `${f.included} included of ${f.records} records`,
  ].join(' · ');
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Evidence browser: extracellular vesicles in dermatology</title>
<style>
${readFileSync(join(here, 'style.css'), 'utf8').trim()}
</style>
</head>
<body>
<header>
<h1>Evidence browser: extracellular vesicles in dermatology</h1>
<p class="about">${esc(about)}</p>
<p class="about">Labels are made by rules and can be wrong: a label the rules are unsure of is marked <span class="low">low confidence</span>, with the reason. Tiers keep findings apart: a cell or animal result is not evidence that a product works in people.</p>
</header>
<main>
<section aria-labelledby="map-title">
<h2 id="map-title">Claims × evidence tier</h2>
<p class="hint">Each cell counts the studies of a tier behind a claim, and the people in them. Choose a cell to list its studies below; choose it again to clear.</p>
<div id="map"></div>
</section>
<section aria-labelledby="studies-title">
<h2 id="studies-title">Studies</h2>
<form id="filters" role="search" aria-label="Filter the studies"></form>
<p id="count" role="status" aria-live="polite"></p>
<table id="studies">
<caption class="visually-hidden">Included studies; choose a column heading to sort, and a study's button to read its abstract with the evidence behind each label.</caption>
<thead></thead>
<tbody></tbody>
</table>
<p id="more"></p>
</section>
</main>
<script type="application/json" id="data">`;
  // The data's keys before the studies, then the studies, in the order JSON.stringify of the whole would write them.
  const json = scriptJson(data);
  yield json.slice(0, json.length - ']}'.length);
  for (let i = 0; i < studies.length; i += STUDIES_A_PIECE) {
    const lot = scriptJson(studies.slice(i, i + STUDIES_A_PIECE).map((s) => pageStudy(s, index)));
    yield `${i ? ',' : ''}${lot.slice(1, -1)}`;
  }
  yield ']}';
  yield `</script>
<script>
${readFileSync(join(here, 'app.js'), 'utf8').trim()}
</script>
</body>
</html>
`;
}
