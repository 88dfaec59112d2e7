// Stockade workbench: networks, runs, results, what-if and compare, on the public HTTP API.
import * as api from './api.js';
import { $, el, setText, fmt, table, toCsv } from './dom.js';
import { Diagram, graphOf } from './diagram.js';
import { chartBox, disposeAll, bars } from './charts.js';
import { editor, readEditor, showFieldError, clearFieldErrors } from './editor.js';

const PARAMS = {
  sg: ['design', 'alpha', 'beta', 'gamma', 'capacity-loss', 'delta', 'service-level', 'time-limit',
    'generate', 'seed'],
  cm: ['design', 'alpha', 'beta', 'gamma', 'capacity-loss', 'underage', 'overage',
    'production-cost', 'time-limit'],
  tts: ['design', 'budget', 'service-level', 'capacity-loss', 'alpha', 'ttr', 'time-limit'],
  exposure: ['scenario', 'disrupt', 'top', 'method', 'time-limit'],
  compare: ['design', 'samples', 'test-samples', 'failure-prob', 'loss-fraction', 'fill-rate',
    'lost-sales', 'time-limit'],
  msg: ['alpha', 'beta', 'capacity-loss', 'delta', 'time-limit'],
  sourcing: ['demand', 'lost-sales', 'periods', 'seed', 'time-limit'],
  // strategies (no network); 'file:NAME' is an upload sent as files.NAME of the run request
  stockpile: ['demand', 'unit-cost', 'holding-cost', 'shortage-cost', 'file:demand'],
  'reserve-capacity': ['rate', 'ramp-up', 'duration', 'stock-cost', 'capacity-cost',
    'shortage-cost', 'ratios', 'file:duration'],
  pooling: ['demand', 'names', 'samples', 'seed', 'unit-cost', 'holding-cost', 'shortage-cost',
    'transshipment-cost', 'file:scenarios'],
  suppliers: ['model', 'alpha', 'payment', 'samples', 'seed', 'file:instance'],
  preposition: ['method', 'gap', 'time-limit', 'file:instance', 'file:scenarios'],
};
/** Options given once per item (space-separated in the field), e.g. one demand per location. */
const REPEATED = { pooling: ['demand'] };
const HINTS = { design: 'e.g. base, chain, full', 'capacity-loss': 'e.g. plants:1',
  beta: 'e.g. 2', delta: 'e.g. 5', 'service-level': 'e.g. 0.95', budget: 'e.g. 100',
  'shortage-cost': 'e.g. 10', rate: 'e.g. 10', ratios: 'e.g. 0.5,1,3' };
const KIND_HINTS = { stockpile: { demand: 'normal:100:20, or empirical with a CSV below' },
  'reserve-capacity': { duration: 'exponential:5, or empirical with a CSV below' },
  pooling: { demand: 'one per location: normal:100:20 normal:80:30' },
  suppliers: { model: 'service, cost or newsvendor' },
  preposition: { method: 'extensive, benders, both or auto' } };
const NETWORK_KIND = { sg: 'plant-product', cm: 'plant-product', tts: 'plant-product',
  compare: 'plant-product', exposure: 'exposure', msg: 'multi-stage' };

const state = { network: null, run: null, result: null, diagram: null, worst: [] };

function status(text) { setText('status-line', text); }

function problemText(e) { return e instanceof Error ? e.message : String(e); }

// ---- networks ----------------------------------------------------------------------------

async function loadExamples() {
  const { examples } = await api.getJson('/api/examples');
  $('example').replaceChildren(...examples.map(x =>
    el('option', { value: x.name }, x.name + ' — ' + x.description)));
}

async function refreshNetworks(selectId) {
  const { networks } = await api.getJson('/api/networks');
  $('networks').replaceChildren(...networks.map(n =>
    el('option', { value: n.id }, n.name + ' (' + n.kind + ', v' + n.latest_version + ')')));
  if (selectId) $('networks').value = selectId;
}

async function upload(name, blob) {
  setText('net-msg', '');
  try {
    const n = await api.postFile('/api/networks?name=' + encodeURIComponent(name), blob);
    await refreshNetworks(n.id);
    await openNetwork(n.id, n.latest_version || 1);
  } catch (e) {
    setText('net-msg', problemText(e));
  }
}

async function openNetwork(id, version) {
  const t0 = performance.now();
  delete $('diagram').dataset.drawnAtMs;
  const v = await api.getJson('/api/networks/' + encodeURIComponent(id) + '/versions/' + version);
  state.network = { id, version: v.version, kind: v.kind, model: v.model_tree };
  const g = graphOf(v.model_tree || {});
  const drawn = state.diagram.show(g);
  setText('highlight-legend', '');
  const warnings = (v.warnings || []).map(w => typeof w === 'string' ? w : JSON.stringify(w));
  setText('net-info', (v.model_tree?.name || id) + ' — ' + v.kind + ', version ' + v.version
    + ', ' + g.nodes.length + ' nodes, ' + g.links.length + ' arcs');
  // the loader's warnings folded away (a generated network can have hundreds)
  const box = $('net-warnings');
  box.hidden = !warnings.length;
  box.querySelector('summary').textContent = warnings.length + (warnings.length === 1 ? ' warning' : ' warnings');
  box.querySelector('ul').replaceChildren(...warnings.map(w => el('li', null, w)));
  if ([...$('networks').options].some(o => o.value === id)) $('networks').value = id;
  editor($('editor'), v.model_tree || {}, v.kind);
  // a model that cannot run on this network kind gives way to the first one that can
  if (NETWORK_KIND[$('kind').value] !== v.kind) {
    const fit = Object.keys(NETWORK_KIND).find(k => NETWORK_KIND[k] === v.kind);
    if (fit) { $('kind').value = fit; buildParams(); }
  }
  await drawn;
  const ms = Math.round(performance.now() - t0);
  $('diagram').dataset.renderMs = String(ms);
  // time since the navigation started (the page load plus this network drawn)
  $('diagram').dataset.drawnAtMs = String(Math.round(performance.now()));
  status('opened ' + (v.model_tree?.name || id) + ' in ' + ms + ' ms');
}

async function saveVersion() {
  clearFieldErrors($('editor'));
  setText('editor-msg', '');
  if (!state.network) return;
  const body = readEditor($('editor'), state.network.model);
  try {
    const r = await api.postFile('/api/networks/' + encodeURIComponent(state.network.id)
      + '/versions?name=edited.json', new Blob([JSON.stringify(body)], { type: 'application/json' }));
    await refreshNetworks(state.network.id);
    await openNetwork(state.network.id, r.latest_version);
    setText('editor-msg', '');
    status('saved version ' + r.latest_version);
  } catch (e) {
    if (!(e.field && showFieldError($('editor'), e.field, e.message))) {
      setText('editor-msg', problemText(e));
    }
  }
}

// ---- runs --------------------------------------------------------------------------------

function buildParams() {
  const kind = $('kind').value;
  $('params').replaceChildren(...PARAMS[kind].map(p => p.startsWith('file:')
    ? el('label', null, p.slice(5) + ' file', el('input', { type: 'file', 'data-file': p.slice(5),
      name: 'file-' + p.slice(5), accept: p === 'file:instance' ? '.yaml,.yml,.json' : '.csv' }))
    : el('label', null, p, el('input', { type: 'text', 'data-opt': p, name: p,
      placeholder: KIND_HINTS[kind]?.[p] || HINTS[p] || '' }))));
}

/** The chosen upload files as {name: text} (the run request's files). */
async function files() {
  const out = {};
  for (const i of $('params').querySelectorAll('input[data-file]')) {
    if (i.files && i.files.length) out[i.dataset.file] = await i.files[0].text();
  }
  return out;
}

async function withFiles(body) {
  const f = await files();
  if (Object.keys(f).length) body.files = f;
  return body;
}

function options() {
  const o = {};
  for (const i of $('params').querySelectorAll('input[data-opt]')) {
    const v = i.value.trim();
    if (v === '') continue;
    if ((REPEATED[$('kind').value] || []).includes(i.dataset.opt)) { o[i.dataset.opt] = v.split(/\s+/); continue; }
    o[i.dataset.opt] = /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(v) ? Number(v) : v;
  }
  return o;
}

function submission(kind, opts) {
  const body = { kind, options: opts };
  const n = state.network;
  if (n && NETWORK_KIND[kind] === n.kind) {
    body.network = n.id;
    body.version = n.version;
  } else if (['sg', 'cm', 'tts', 'compare'].includes(kind) && !opts.example && !opts.generate) {
    opts.example = 'gm';
  }
  return body;
}

function clearParamErrors() {
  clearFieldErrors($('params'));
  setText('run-msg', '');
}

/** Submits a run and follows it to its end; returns the final run view. */
async function execute(body, onProgress) {
  const run = await api.postJson('/api/runs', body);
  state.run = run;
  return api.follow(run.id, s => status('run ' + run.id + ': ' + s), onProgress);
}

async function runNow(ev) {
  ev.preventDefault();
  clearParamErrors();
  const kind = $('kind').value;
  const bar = $('progress');
  bar.removeAttribute('value');
  setText('progress-text', 'submitting');
  $('run').disabled = true;
  $('cancel').disabled = false;
  try {
    const body = await withFiles(submission(kind, options()));
    const end = await execute(body, p => {
      setText('progress-text', p);
      const pct = /(\d+(?:\.\d+)?)\s*%/.exec(p);
      if (pct) bar.value = Number(pct[1]);
    });
    bar.value = 100;
    setText('progress-text', end.status + (end.exit_code != null ? ' (exit ' + end.exit_code + ')' : ''));
    await showRun(end);
    refreshRuns();
  } catch (e) {
    bar.value = 0;
    setText('progress-text', '');
    if (!(e.field && e.field.startsWith('options.')
      && showFieldError($('params'), e.field, e.message, 'data-opt'))
      && !(e.field && e.field.startsWith('files.')
      && showFieldError($('params'), e.field.slice(6), e.message, 'data-file'))) {
      setText('run-msg', problemText(e));
    }
  } finally {
    $('run').disabled = false;
    $('cancel').disabled = true;
  }
}

async function cancelRun() {
  if (!state.run) return;
  try {
    await api.del('/api/runs/' + encodeURIComponent(state.run.id));
    status('cancel requested for ' + state.run.id);
  } catch (e) {
    setText('run-msg', problemText(e));
  }
}

async function showRun(end) {
  $('results').dataset.status = end.status;
  if (end.status === 'failed' || end.status === 'timed-out' || end.status === 'interrupted') {
    const f = end.problem?.field;
    if (!(f && f.startsWith('options.') && showFieldError($('params'), f, end.error, 'data-opt'))) {
      setText('run-msg', end.error || end.status);
    }
    return;
  }
  let result = null;
  try {
    result = await api.getJson('/api/runs/' + encodeURIComponent(end.id) + '/result');
  } catch (e) {
    setText('run-msg', end.status + ': ' + problemText(e));
    return;
  }
  renderResult(end, result);
}

async function saveScenario() {
  const name = $('scenario-name').value.trim();
  const kind = $('kind').value;
  const body = submission(kind, options());
  try {
    const s = await api.postJson('/api/scenarios', Object.assign({ name: name || kind }, body));
    setText('scenario-msg', 'saved scenario ' + (s.name || name) + ' (' + s.id + ')');
  } catch (e) {
    setText('scenario-msg', problemText(e));
  }
}

// ---- results -----------------------------------------------------------------------------

const COST_KEYS = ['cost', 'total_cost', 'total', 'worst_case_cost', 'objective', 'expected_cost',
  'pooled_cost'];
export const costOf = r => { for (const k of COST_KEYS) if (typeof r?.[k] === 'number') return r[k]; return null; };

function renderResult(run, result) {
  state.result = result;
  const charts = $('charts');
  disposeAll(charts);
  $('tables').replaceChildren();
  const c = costOf(result);
  setText('summary', run.kind + ' run ' + run.id + ': ' + run.status
    + (result.status ? ' / ' + result.status : '') + (c != null ? '; cost ' + fmt(c) : '')
    + (result.gap != null ? '; gap ' + fmt(result.gap) : '') + (run.command ? ' — ' + run.command : ''));
  exports(run);
  const inv = result.inventory;
  if (Array.isArray(inv) && inv.length && typeof inv[0] === 'object' && inv[0] !== null) {
    // plant-product results: one bar per product by variability; multi-stage: per node by stage
    if ('product' in inv[0]) inventoryChart(charts, inv, 'product', 'group');
    else if ('node' in inv[0]) inventoryChart(charts, inv, 'node', 'stage');
  }
  const worst = result.certificate || result.binding || result.binding_failures;
  if (Array.isArray(worst)) worstCases(worst);
  ttsCharts(charts, result);
  for (const [k, v] of Object.entries(result)) {
    if (k === 'certificate' || k === 'binding' || k === 'binding_failures') continue;
    if (Array.isArray(v) && v.length && typeof v[0] === 'object' && v[0] !== null) addTable(k, v);
  }
}

function exports(run) {
  const base = '/api/runs/' + encodeURIComponent(run.id) + '/result?format=';
  const btn = (label, fmt2) => el('button', { type: 'button', onclick: () =>
    api.download(base + fmt2, run.kind + '-' + run.id + '.' + fmt2).catch(e => setText('run-msg', problemText(e))) }, label);
  $('exports').replaceChildren('Export the report: ', btn('CSV', 'csv'), btn('XLSX', 'xlsx'), btn('JSON', 'json'));
}

/** CSV (written here) and XLSX (the CSV converted by POST /api/export/xlsx) buttons of a table. */
function exportButtons(name, cols, rows) {
  const csvText = () => toCsv(cols, rows);
  const csv = el('button', { type: 'button', class: 'csv', 'aria-label': 'Export ' + name + ' as CSV',
    onclick: () => api.saveBlob(new Blob([csvText()], { type: 'text/csv' }), name + '.csv') }, 'CSV');
  const xlsx = el('button', { type: 'button', class: 'xlsx', 'aria-label': 'Export ' + name + ' as XLSX',
    onclick: () => api.postForBlob('/api/export/xlsx?name=' + encodeURIComponent(name), csvText(), 'text/csv')
      .then(b => api.saveBlob(b, name + '.xlsx')).catch(e => setText('run-msg', problemText(e))) }, 'XLSX');
  return [csv, ' ', xlsx];
}

function addTable(name, rows) {
  const cols = [...new Set(rows.flatMap(r => Object.keys(r)))];
  const flat = rows.map(r => Object.fromEntries(cols.map(c => [c, r[c]])));
  $('tables').appendChild(el('div', { 'data-table': name }, el('h3', null, name, ' ',
    ...exportButtons(name, cols, flat)), table(name, cols, flat)));
}

function inventoryChart(parent, inv, idKey, groupKey) {
  const ids = inv.map(r => String(r[idKey]));
  const groupOf = r => r[groupKey] || 'other';
  const byGroup = g => inv.map(r => groupOf(r) === g ? r.inventory : '-');
  const groups = [...new Set(inv.map(groupOf))];
  const color = { high: '#d9822b', low: '#5a9e6f', other: '#3b6ea8' };
  const palette = ['#7b5ea7', '#3b6ea8', '#5a9e6f', '#d9822b', '#8894a3'];
  const title = groupKey === 'group' ? 'Inventory per product (high / low variability)'
    : 'Inventory per node, by ' + groupKey;
  chartBox(parent, 'chart-inventory', title,
    bars(ids, groups.map((g, k) => ({ name: g === 'high' ? 'high variability' : g === 'low' ? 'low variability' : g,
      type: 'bar', stack: 'inv', data: byGroup(g),
      itemStyle: { color: color[g] || palette[k % palette.length] } })), 'units'));
}

/** Nominal capacity per plant (plant-product) or per capacitated node (multi-stage). */
function nominalCapacities() {
  const m = state.network?.model || {};
  const nodes = Array.isArray(m.stages) ? m.stages.flatMap(st => st.nodes || []) : (m.plants || []);
  return new Map(nodes.filter(n => typeof n.capacity === 'number').map(n => [String(n.id), n.capacity]));
}

function plantsDown(w) {
  const cap = w.worst_case_capacity;
  const nominal = nominalCapacities();
  if (cap && typeof cap === 'object' && !Array.isArray(cap) && nominal.size) {
    return Object.entries(cap).filter(([id, c]) => nominal.has(id) && c < nominal.get(id) - 1e-9).map(([id]) => id);
  }
  return [];
}

function worstCases(list) {
  const ids = x => (Array.isArray(x) ? x : []).map(String);
  state.worst = list.map(w => ({ products: ids(w.products_short || w.short_products || w.products),
    plants: ids(w.plants || w.bottleneck_nodes),
    down: Array.isArray(w.plants_down) ? ids(w.plants_down) : plantsDown(w), raw: w }));
  const rows = state.worst.map((w, i) => el('tr', { 'data-index': i },
    el('td', null, String(i + 1)), el('td', null, w.products.join(', ')),
    el('td', null, w.down.length ? w.down.join(', ') : '(none)'), el('td', null, w.plants.join(', ')),
    el('td', { class: 'num' }, fmt(w.raw.inventory ?? w.raw.cost ?? '')),
    el('td', null, el('button', { type: 'button', class: 'show-worst', onclick: () => showWorst(i) }, 'Show on diagram'))));
  const ms = state.network?.kind === 'multi-stage';
  const wcols = ['#', 'products short', ms ? 'nodes down' : 'plants down',
    ms ? 'bottleneck nodes' : 'plants serving them', 'inventory'];
  const wrows = state.worst.map((w, i) => Object.fromEntries([[wcols[0], i + 1],
    [wcols[1], w.products.join(' ')], [wcols[2], w.down.join(' ')], [wcols[3], w.plants.join(' ')],
    [wcols[4], w.raw.inventory ?? w.raw.cost ?? '']]));
  $('tables').appendChild(el('div', { id: 'worst' }, el('h3', null, 'Binding worst cases ',
    ...exportButtons('worst-cases', wcols, wrows)),
    el('div', { class: 'table-wrap' }, el('table', null,
      el('thead', null, el('tr', null, ...[...wcols, '']
        .map(h => el('th', { scope: 'col' }, h)))), el('tbody', null, ...rows)))));
  if (state.worst.length) showWorst(0);
}

function showWorst(i) {
  const w = state.worst[i];
  for (const tr of document.querySelectorAll('#worst tr[data-index]')) {
    tr.classList.toggle('selected', tr.dataset.index === String(i));
  }
  state.diagram.highlight([...w.products, ...w.down]);
  setText('highlight-legend', 'Highlighted worst case ' + (i + 1) + ': products short '
    + w.products.join(', ') + '; ' + (state.network?.kind === 'multi-stage' ? 'nodes' : 'plants')
    + ' down ' + (w.down.length ? w.down.join(', ') : '(none)'));
}

const label = v => Array.isArray(v) ? v.map(String).join('+') : String(v);

/** TTS per facility against TTR (tts: per_facility; exposure: scenarios), and the scatter. */
function ttsCharts(parent, result) {
  for (const [k, v] of Object.entries(result)) {
    if (!Array.isArray(v) || !v.length || typeof v[0] !== 'object' || v[0] === null) continue;
    const keys = Object.keys(v[0]);
    const id = keys.find(x => ['plant_down', 'disrupted', 'node', 'plant', 'id'].includes(x));
    if (!keys.includes('tts') || !id) continue;
    const ids = v.map(r => label(r[id]));
    const hasTtr = keys.includes('ttr');
    const series = [{ name: 'TTS', type: 'bar', data: v.map(r => r.tts) }];
    if (hasTtr) series.push({ name: 'TTR', type: 'bar', data: v.map(r => r.ttr), itemStyle: { color: '#d62828' } });
    chartBox(parent, 'chart-tts-' + k, 'Time to survive' + (hasTtr ? ' against time to recover' : '') + ' (' + k + ')',
      bars(ids, series, 'periods'));
    if (!hasTtr) continue;
    const m = Math.max(1, ...v.map(r => Math.max(+r.ttr || 0, +r.tts || 0)));
    chartBox(parent, 'chart-scatter-' + k, 'TTS vs TTR (' + k + '; below the diagonal: exposed)', {
      grid: { left: 60, right: 30, top: 30, bottom: 50, containLabel: true },
      xAxis: { type: 'value', name: 'TTR' }, yAxis: { type: 'value', name: 'TTS' },
      series: [{ type: 'scatter', symbolSize: 9, data: v.map(r => ({ name: label(r[id]), value: [r.ttr, r.tts] })) },
        { type: 'line', silent: true, showSymbol: false, lineStyle: { type: 'dashed' }, data: [[0, 0], [m, m]] }],
    });
  }
}

// ---- what-if -----------------------------------------------------------------------------

async function sweep() {
  const param = $('sweep-param').value;
  const values = $('sweep-values').value.split(/[,\s]+/).filter(Boolean).map(Number);
  if (!values.length || values.some(x => !Number.isFinite(x))) {
    setText('sweep-msg', 'values: give numbers separated by commas, e.g. 1, 1.5, 2');
    return;
  }
  const kind = $('kind').value;
  const points = [];
  for (const x of values) {
    const o = options();
    if (param === 'zeta') o['capacity-loss'] = 'plants:' + x; else o[param] = x;
    setText('sweep-msg', param + ' = ' + x + ' ...');
    try {
      const end = await execute(await withFiles(submission(kind, o)), () => {});
      if (end.status !== 'done') { points.push([x, null]); continue; }
      const res = await api.getJson('/api/runs/' + encodeURIComponent(end.id) + '/result');
      points.push([x, costOf(res)]);
    } catch (e) {
      setText('sweep-msg', param + ' = ' + x + ': ' + problemText(e));
      return;
    }
  }
  setText('sweep-msg', points.length + ' runs done');
  const box = $('sweep-chart');
  box.dataset.points = JSON.stringify(points);
  disposeAll(box);
  chartBox(box, 'chart-sweep', 'Cost as ' + (param === 'zeta' ? 'the capacity-loss budget' : param) + ' moves', {
    grid: { left: 60, right: 30, top: 30, bottom: 50, containLabel: true },
    xAxis: { type: 'value', name: param, scale: true }, yAxis: { type: 'value', name: 'cost', scale: true },
    series: [{ type: 'line', data: points, connectNulls: false }],
  });
  refreshRuns();
}

// ---- compare -----------------------------------------------------------------------------

async function refreshRuns(rethrow) {
  try {
    const r = await api.getJson('/api/runs?status=done&limit=30');
    const runs = r.runs || r;
    $('run-list').replaceChildren(...runs.map(run => el('label', { class: 'row' },
      el('input', { type: 'checkbox', value: run.id, 'data-run': run.id }),
      run.kind + ' ' + run.id + ' ' + JSON.stringify(run.options || {}))));
  } catch (e) {
    setText('compare-msg', problemText(e));
    if (rethrow === true) throw e;
  }
}

async function compare() {
  // the list is newest first; the oldest selected run is the baseline
  const ids = [...$('run-list').querySelectorAll('input:checked')].map(i => i.value).reverse();
  setText('compare-msg', '');
  if (ids.length < 2) { setText('compare-msg', 'select two or more finished runs'); return; }
  const results = await Promise.all(ids.map(id => api.getJson('/api/runs/' + encodeURIComponent(id) + '/result')));
  const rows = [];
  const metric = (name, get) => rows.push(Object.fromEntries([['', name], ...ids.map((id, k) => [id, get(results[k])])]));
  metric('status', r => r.status ?? '');
  metric('cost', r => costOf(r));
  metric('lower bound', r => r.lower_bound ?? '');
  metric('gap', r => r.gap ?? '');
  const products = [...new Set(results.flatMap(r => (Array.isArray(r.inventory) ? r.inventory : []).map(x => String(x.product))))];
  for (const p of products) {
    metric('inventory ' + p, r => (Array.isArray(r.inventory) ? r.inventory : []).find(x => String(x.product) === p)?.inventory ?? '');
  }
  const differs = (a, b) => typeof a === 'number' && typeof b === 'number'
    ? Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)) : String(a) !== String(b);
  const out = $('compare-out');
  disposeAll(out);
  const cols = ['', ...ids];
  out.appendChild(el('p', null, 'Cells that differ from the first run are marked. ',
    ...exportButtons('compare', cols, rows)));
  out.appendChild(table('Runs side by side', cols, rows, (r, c) => c !== '' && c !== ids[0] && differs(r[c], r[ids[0]]) ? 'diff' : ''));
  if (products.length) {
    chartBox(out, 'chart-compare', 'Inventory per product, run by run', bars(products,
      ids.map((id, k) => ({ name: id, type: 'bar', data: products.map(p => (results[k].inventory || []).find(x => String(x.product) === p)?.inventory ?? 0) })), 'units'));
  }
}

// ---- start -------------------------------------------------------------------------------

function wire() {
  state.diagram = new Diagram($('diagram'));
  $('upload').addEventListener('click', () => {
    const f = $('file').files[0];
    if (!f) { setText('net-msg', 'choose a file first'); return; }
    upload(f.name, f);
  });
  $('load-example').addEventListener('click', async () => {
    const name = $('example').value;
    try {
      const text = await api.getText('/api/examples/' + encodeURIComponent(name));
      await upload(name + '.yaml', new Blob([text], { type: 'application/yaml' }));
    } catch (e) { setText('net-msg', problemText(e)); }
  });
  $('open-network').addEventListener('click', async () => {
    const id = $('networks').value;
    if (!id) return;
    try {
      const n = await api.getJson('/api/networks/' + encodeURIComponent(id));
      await openNetwork(id, n.latest_version);
    } catch (e) { setText('net-msg', problemText(e)); }
  });
  $('search').addEventListener('input', () => {
    const hits = state.diagram.search($('search').value);
    setText('search-msg', $('search').value.trim() ? hits.length + ' found' + (hits.length ? ': ' + hits.slice(0, 5).join(', ') : '') : '');
  });
  $('zoom-in').addEventListener('click', () => state.diagram.zoomBy(1.5));
  $('zoom-out').addEventListener('click', () => state.diagram.zoomBy(1 / 1.5));
  $('zoom-reset').addEventListener('click', () => state.diagram.fit());
  $('save-version').addEventListener('click', saveVersion);
  $('kind').addEventListener('change', buildParams);
  $('run-form').addEventListener('submit', runNow);
  $('cancel').addEventListener('click', cancelRun);
  $('save-scenario').addEventListener('click', saveScenario);
  $('sweep').addEventListener('click', () => sweep().catch(e => setText('sweep-msg', problemText(e))));
  $('refresh-runs').addEventListener('click', refreshRuns);
  $('compare').addEventListener('click', () => compare().catch(e => setText('compare-msg', problemText(e))));
  buildParams();
}

/** Lists examples, networks and runs; a 401 asks for the token (field focused, message shown). */
async function loadLists() {
  try {
    await Promise.all([loadExamples(), refreshNetworks(), refreshRuns(true)]);
    delete document.body.dataset.auth;
    status('ready');
    return true;
  } catch (e) {
    if (e instanceof api.ApiProblem && e.status === 401) {
      document.body.dataset.auth = 'needed';
      $('token').setAttribute('aria-invalid', 'true');
      $('token').focus();
    }
    status(problemText(e));
    return false;
  }
}

/** #network=ID in the address opens that stored network's latest version once the page is ready. */
async function openFromAddress() {
  const m = /(?:^#|&)network=([^&]+)/.exec(location.hash);
  if (!m) return;
  const id = decodeURIComponent(m[1]);
  try {
    const n = await api.getJson('/api/networks/' + encodeURIComponent(id));
    await openNetwork(id, n.latest_version);
  } catch (e) { setText('net-msg', problemText(e)); }
}

wire();
api.restoreToken(() => {
  $('token').removeAttribute('aria-invalid');
  loadLists().then(ok => { if (ok) openFromAddress(); });
});
loadLists().then(async ok => {
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.ready = 'true';
  if (ok) await openFromAddress();
});
