// The evidence browser's code, inlined into reports/index.html: plain DOM, no
// library, no network. The filter state lives in the URL hash
// (#tier=rct&indication=scar), so a view can be shared and reloaded.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var studies = data.studies;
  // Spans come as [title 0 / abstract 1, start, end, label, rule] with indexes into the page's lists, and
  // confidence as the labels the rules doubt ([field, reason]): the page's data is half the size so.
  studies.forEach(function (s) {
    s.spans = s.spans.map(function (x) { return { field: x[0] ? 'abstract' : 'title', start: x[1], end: x[2], label: data.spanLabels[x[3]], rule: data.spanRules[x[4]] }; });
    s.confidence = {};
    data.labelFields.forEach(function (f) { s.confidence[f] = { level: 'high', reason: null }; });
    s.doubts.forEach(function (d) { s.confidence[d[0]] = { level: 'low', reason: d[1] }; });
  });
  var tiers = data.tiers;
  var tierTitle = {};
  tiers.forEach(function (t) { tierTitle[t.code] = t.title; });
  var MAP_TIERS = ['rct', 'pilot', 'animal', 'in_vitro'];
  var FLAGS = [
    ['low', 'low confidence', function (s) { return s.low.length > 0; }],
    ['retracted', 'retracted', function (s) { return s.flags.indexOf('retracted') >= 0; }],
    ['commercial', 'commercial product', function (s) { return s.details.commercial_product === true; }],
    ['industry', 'industry ties', function (s) { return s.details.industry_ties === true; }]
  ];
  var FACETS = [
    ['tier', 'Tier', tiers.map(function (t) { return t.code; }), function (s) { return [s.tier]; }],
    ['design', 'Design', data.codes.design, function (s) { return [s.design]; }],
    ['source', 'Source', data.codes.source, function (s) { return s.sources; }],
    ['route', 'Route', data.codes.route, function (s) { return s.routes; }],
    ['indication', 'Claim (indication)', data.codes.indication, function (s) { return s.indications; }]
  ];
  var COLUMNS = [
    ['study', 'Study', function (s) { return s.citation; }],
    ['year', 'Year', function (s) { return s.year === null ? -1 : s.year; }],
    ['title', 'Title', function (s) { return s.title; }],
    ['tier', 'Tier', function (s) { return tiers.findIndex(function (t) { return t.code === s.tier; }); }],
    ['design', 'Design', function (s) { return s.designLabel; }],
    ['n', 'N', function (s) { return s.n === null ? -1 : s.n; }],
    ['source', 'Source', function (s) { return s.sources.join(', '); }],
    ['route', 'Route', function (s) { return s.routes.join(', '); }],
    ['indication', 'Claim', function (s) { return s.indications.join(', '); }],
    ['flags', 'Flags', function (s) { return s.flags.join(', '); }]
  ];
  var words = function (code) { return String(code).replace(/_/g, ' '); };
  var el = function (tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  };

  // ---- state <-> URL hash
  var state;
  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var list = function (k) { return (params.get(k) || '').split(',').filter(Boolean); };
    state = {
      tier: list('tier'), design: list('design'), source: list('source'), route: list('route'), indication: list('indication'),
      flag: list('flag'), from: params.get('from') || '', to: params.get('to') || '', q: params.get('q') || '',
      sort: params.get('sort') || 'tier', dir: params.get('dir') === 'desc' ? 'desc' : 'asc'
    };
  }
  function writeHash() {
    var params = new URLSearchParams();
    ['tier', 'design', 'source', 'route', 'indication', 'flag'].forEach(function (k) { if (state[k].length) params.set(k, state[k].join(',')); });
    ['from', 'to', 'q'].forEach(function (k) { if (state[k]) params.set(k, state[k]); });
    if (state.sort !== 'tier' || state.dir !== 'asc') { params.set('sort', state.sort); params.set('dir', state.dir); }
    var hash = params.toString();
    if (hash !== location.hash.replace(/^#/, '')) history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }

  function matches(s) {
    for (var i = 0; i < FACETS.length; i++) {
      var chosen = state[FACETS[i][0]];
      if (chosen.length && !FACETS[i][3](s).some(function (v) { return chosen.indexOf(v) >= 0; })) return false;
    }
    if (state.from && (s.year === null || s.year < Number(state.from))) return false;
    if (state.to && (s.year === null || s.year > Number(state.to))) return false;
    for (var j = 0; j < FLAGS.length; j++) if (state.flag.indexOf(FLAGS[j][0]) >= 0 && !FLAGS[j][2](s)) return false;
    if (state.q) {
      var q = state.q.toLowerCase();
      if ((s.title + ' ' + s.abstract).toLowerCase().indexOf(q) < 0) return false;
    }
    return true;
  }

  // ---- the claims x tier map
  function renderMap() {
    var host = document.getElementById('map');
    host.textContent = '';
    var claims = data.codes.indication.filter(function (c) { return studies.some(function (s) { return s.indications.indexOf(c) >= 0; }); });
    var most = 1;
    var cells = {};
    claims.forEach(function (c) {
      MAP_TIERS.forEach(function (t) {
        var these = studies.filter(function (s) { return s.tier === t && s.indications.indexOf(c) >= 0; });
        var people = these.reduce(function (n, s) { return n + (s.n || 0); }, 0);
        cells[c + '|' + t] = { n: these.length, people: people };
        most = Math.max(most, these.length);
      });
    });
    var head = el('tr', {}, [el('th', { scope: 'col', text: 'Claim' })].concat(MAP_TIERS.map(function (t) { return el('th', { scope: 'col', text: tierTitle[t] }); })).concat([el('th', { scope: 'col', text: 'Certainty' })]));
    var rows = claims.map(function (c) {
      var tds = MAP_TIERS.map(function (t) {
        var cell = cells[c + '|' + t];
        var pressed = state.indication.length === 1 && state.indication[0] === c && state.tier.length === 1 && state.tier[0] === t;
        var text = cell.n + (cell.n === 1 ? ' study' : ' studies') + (cell.people ? ' · ' + cell.people + ' people' : '');
        var shade = cell.n ? 0.12 + 0.6 * (cell.n / most) : 0;
        var b = el('button', {
          type: 'button', 'data-indication': c, 'data-tier': t, 'aria-pressed': pressed ? 'true' : 'false',
          'aria-label': words(c) + ', ' + tierTitle[t] + ': ' + text, disabled: cell.n === 0,
          style: 'background: rgba(11, 92, 173, ' + shade.toFixed(2) + ')' + (shade > 0.45 ? '; color: #fff' : '')
        }, [text]);
        b.addEventListener('click', function () {
          if (pressed) { state.indication = []; state.tier = []; } else { state.indication = [c]; state.tier = [t]; }
          update();
        });
        return el('td', {}, [b]);
      });
      var claim = data.claims[c];
      return el('tr', {}, [el('th', { scope: 'row', text: words(c) })].concat(tds).concat([el('td', { class: 'certainty', text: claim ? claim.certainty : '' })]));
    });
    host.appendChild(el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)]));
  }

  // ---- filters
  function renderFilters() {
    var form = document.getElementById('filters');
    form.textContent = '';
    FACETS.forEach(function (f) {
      var select = el('select', { id: 'filter-' + f[0], name: f[0] }, [el('option', { value: '', text: 'any' })].concat(f[2].map(function (code) {
        return el('option', { value: code, text: f[0] === 'tier' ? tierTitle[code] : words(code), selected: state[f[0]].length === 1 && state[f[0]][0] === code });
      })));
      select.addEventListener('change', function () { state[f[0]] = select.value ? [select.value] : []; update(); });
      form.appendChild(el('label', { for: 'filter-' + f[0] }, [f[1], select]));
    });
    ['from', 'to'].forEach(function (k) {
      var input = el('input', { id: 'filter-' + k, type: 'number', name: k, min: '1900', max: '2100', value: state[k] || null });
      input.addEventListener('change', function () { state[k] = input.value; update(); });
      form.appendChild(el('label', { for: 'filter-' + k }, [k === 'from' ? 'Year from' : 'Year to', input]));
    });
    var flags = el('fieldset', {}, [el('legend', { text: 'Flags' })]);
    FLAGS.forEach(function (f) {
      var box = el('input', { id: 'flag-' + f[0], type: 'checkbox', name: 'flag', value: f[0], checked: state.flag.indexOf(f[0]) >= 0 });
      box.addEventListener('change', function () {
        state.flag = state.flag.filter(function (x) { return x !== f[0]; });
        if (box.checked) state.flag.push(f[0]);
        update();
      });
      flags.appendChild(el('label', { for: 'flag-' + f[0] }, [box, f[1]]));
    });
    form.appendChild(flags);
    var q = el('input', { id: 'filter-q', type: 'search', name: 'q', value: state.q || null, placeholder: 'words in title or abstract' });
    q.addEventListener('input', function () { state.q = q.value.trim(); update(true); });
    form.appendChild(el('label', { for: 'filter-q' }, ['Search', q]));
    var reset = el('button', { type: 'button', text: 'Clear filters' });
    reset.addEventListener('click', function () { location.hash = ''; readHash(); update(); });
    form.appendChild(reset);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
  }

  // ---- the study table
  function highlighted(text, spans) {
    // Evidence spans may overlap: cut the text at every span edge and mark each piece with the labels covering it.
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (x, i, a) { return x >= 0 && x <= text.length && a.indexOf(x) === i; }).sort(function (a, b) { return a - b; });
    var out = [];
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var cover = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      var piece = text.slice(a, b);
      if (!cover.length) { out.push(piece); continue; }
      var labels = cover.map(function (s) { return s.label; }).filter(function (x, k, arr) { return arr.indexOf(x) === k; });
      out.push(el('mark', { 'data-label': labels.join(' '), title: cover.map(function (s) { return s.label + ' (' + s.rule + ')'; }).join('; ') }, [piece, el('span', { class: 'tag', text: labels.join(', ') })]));
    }
    return out;
  }
  function detailRow(s) {
    var list = el('dl', { class: 'labels' });
    var add = function (k, v, key) {
      var conf = s.confidence[key];
      list.appendChild(el('dt', { text: k }));
      var rules = Object.keys(s.spans.reduce(function (acc, x) { if (x.label === key || x.label.indexOf(key + ':') === 0) acc[x.rule] = 1; return acc; }, {}));
      list.appendChild(el('dd', {}, [v || '–', conf && conf.level === 'low' ? el('span', { class: 'low', text: ' low confidence: ' + conf.reason }) : (conf ? ' (high confidence)' : ''), rules.length ? ' · rules: ' + rules.join(', ') : '']));
    };
    add('Design', s.designLabel, 'design');
    add('N', s.n === null ? '' : String(s.n), 'sample_size');
    add('Sources', s.sources.map(words).join(', '), 'sources');
    add('Routes', s.routes.map(words).join(', '), 'routes');
    add('Claims', s.indications.map(words).join(', '), 'indications');
    var d = s.details;
    add('Control / blinding', [d.control, d.blinding].filter(Boolean).join(' / '), 'details:control');
    add('Follow-up', d.follow_up_weeks === null ? '' : d.follow_up_weeks + ' weeks', 'details:follow_up_weeks');
    add('Adverse events', d.adverse_events || '', 'details:adverse_events');
    add('EV characterization', d.ev_characterization.join(', '), 'details:ev_characterization');
    var titleSpans = s.spans.filter(function (x) { return x.field === 'title'; });
    var abstractSpans = s.spans.filter(function (x) { return x.field === 'abstract'; });
    var link = el('a', { href: 'https://pubmed.ncbi.nlm.nih.gov/' + s.pmid + '/', text: 'PubMed ' + s.pmid });
    var box = el('div', { class: 'abstract' }, [
      el('h3', {}, highlighted(s.title, titleSpans)),
      el('p', {}, [link, s.doi ? ' · doi:' + s.doi : '', s.journal ? ' · ' + s.journal : '']),
      list,
      el('p', {}, s.abstract ? highlighted(s.abstract, abstractSpans) : ['No abstract.'])
    ]);
    return el('tr', { class: 'detail', 'data-detail': s.pmid }, [el('td', { colspan: String(COLUMNS.length + 1) }, [box])]);
  }
  // The table lists the first PAGE matching studies in the chosen order, and more on request: a row for every
  // study of a synthesis of tens of thousands was millions of nodes (42,000 studies took 41 s to open, 5-10 s a filter).
  var PAGE = 200;
  var listed = PAGE;
  var order = [];
  function studyRow(s) {
    var open = el('button', { type: 'button', class: 'open', 'aria-expanded': 'false', 'aria-label': 'Abstract and evidence of PMID ' + s.pmid, text: '▸' });
    var row = el('tr', { 'data-pmid': s.pmid }, [el('td', {}, [open])].concat([
      el('td', {}, [el('a', { href: 'https://pubmed.ncbi.nlm.nih.gov/' + s.pmid + '/', text: s.citation })]),
      el('td', { text: s.year === null ? '–' : String(s.year) }),
      el('td', { text: s.title }),
      el('td', { text: tierTitle[s.tier] || s.tier }),
      el('td', { text: s.designLabel }),
      el('td', { text: s.n === null ? '–' : String(s.n) }),
      el('td', { text: s.sources.map(words).join(', ') || '–' }),
      el('td', { text: s.routes.map(words).join(', ') || '–' }),
      el('td', { text: s.indications.map(words).join(', ') || '–' }),
      el('td', {}, s.flags.length ? s.flags.map(function (f, i) { return el('span', { class: f.indexOf('low confidence') === 0 ? 'low' : null, text: (i ? '; ' : '') + f }); }) : ['–'])
    ]));
    open.addEventListener('click', function () {
      var next = row.nextSibling;
      if (next && next.getAttribute && next.getAttribute('data-detail') === s.pmid) {
        next.parentNode.removeChild(next);
        open.setAttribute('aria-expanded', 'false');
        open.textContent = '▸';
      } else {
        row.parentNode.insertBefore(detailRow(s), row.nextSibling);
        open.setAttribute('aria-expanded', 'true');
        open.textContent = '▾';
      }
    });
    return row;
  }
  // Rows listed so far stay as they are (an abstract opened stays open); the count and the button say what is left.
  function listMore() {
    var tbody = document.querySelector('#studies tbody');
    order.slice(tbody.querySelectorAll('tr[data-pmid]').length, listed).forEach(function (s) { tbody.appendChild(studyRow(s)); });
    var shown = Math.min(listed, order.length);
    document.getElementById('count').textContent = 'Showing ' + order.length + ' of ' + studies.length + ' studies.' + (shown < order.length ? ' The first ' + shown + ' are listed.' : '');
    var more = document.getElementById('more');
    more.textContent = '';
    if (shown < order.length) {
      var b = el('button', { type: 'button', text: 'List ' + Math.min(PAGE, order.length - shown) + ' more (' + (order.length - shown) + ' not listed yet)' });
      b.addEventListener('click', function () { listed += PAGE; listMore(); });
      more.appendChild(b);
    }
  }
  function renderTable() {
    var thead = document.querySelector('#studies thead');
    thead.textContent = '';
    var head = el('tr', {}, [el('th', { scope: 'col' }, [el('span', { class: 'visually-hidden', text: 'Details' })])].concat(COLUMNS.map(function (c) {
      var sorted = state.sort === c[0];
      var b = el('button', { type: 'button', 'data-sort': c[0] }, [c[1], el('span', { class: 'dir', text: sorted ? (state.dir === 'asc' ? ' ▲' : ' ▼') : '' })]);
      b.addEventListener('click', function () {
        if (state.sort === c[0]) state.dir = state.dir === 'asc' ? 'desc' : 'asc'; else { state.sort = c[0]; state.dir = 'asc'; }
        update();
      });
      return el('th', { scope: 'col', 'aria-sort': sorted ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none' }, [b]);
    })));
    thead.appendChild(head);
    var key = COLUMNS.filter(function (c) { return c[0] === state.sort; })[0] || COLUMNS[3];
    order = studies.filter(matches).sort(function (a, b) {
      var x = key[2](a), y = key[2](b);
      var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      if (c === 0) c = Number(a.pmid) - Number(b.pmid);
      return state.dir === 'asc' ? c : -c;
    });
    document.querySelector('#studies tbody').textContent = '';
    listed = PAGE;
    listMore();
  }

  function update(keepFilters) {
    writeHash();
    renderMap();
    if (!keepFilters) renderFilters();
    renderTable();
  }

  readHash();
  update();
  window.addEventListener('hashchange', function () { readHash(); update(); });
})();
