// Result charts (ECharts) with PNG and SVG export.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import { el } from './dom.js';
import { saveBlob } from './api.js';

const charts = new Set();
window.addEventListener('resize', () => charts.forEach(c => c.resize()));

/** A titled chart box with its export buttons; returns the ECharts instance. */
export function chartBox(parent, id, title, option) {
  const div = el('div', { id, class: 'chart', role: 'img', 'aria-label': title });
  const png = el('button', { type: 'button', class: 'png' }, 'PNG');
  const svg = el('button', { type: 'button', class: 'svg' }, 'SVG');
  parent.appendChild(el('figure', null, el('figcaption', { class: 'row' }, title, ' ', png, svg), div));
  const chart = echarts.init(div, null, { renderer: 'canvas' });
  const opt = Object.assign({ tooltip: { renderMode: 'richText' }, animation: false }, option);
  chart.setOption(opt);
  charts.add(chart);
  div.dataset.values = String((opt.series || []).reduce((n, x) =>
    n + (x.data || []).filter(v => v !== '-' && v != null).length, 0));
  png.addEventListener('click', () => {
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    fetch(url).then(r => r.blob()).then(b => saveBlob(b, id + '.png'));
  });
  svg.addEventListener('click', () => saveBlob(new Blob([svgOf(opt, div)],
    { type: 'image/svg+xml' }), id + '.svg'));
  return chart;
}

/** The chart drawn again by ECharts' SVG renderer (server-side-rendering mode, no DOM). */
export function svgOf(option, div) {
  const c = echarts.init(null, null, { renderer: 'svg', ssr: true,
    width: div.clientWidth || 800, height: div.clientHeight || 320 });
  c.setOption(Object.assign({}, option, { animation: false }));
  const s = c.renderToSVGString();
  c.dispose();
  return s;
}

export function disposeAll(parent) {
  for (const c of [...charts]) {
    if (parent.contains(c.getDom())) {
      c.dispose();
      charts.delete(c);
    }
  }
  parent.replaceChildren();
}

export function bars(categories, series, yName) {
  return {
    grid: { left: 60, right: 20, top: 40, bottom: 60, containLabel: true },
    legend: { top: 0 },
    xAxis: { type: 'category', data: categories, axisLabel: { rotate: categories.length > 12 ? 45 : 0 } },
    yAxis: { type: 'value', name: yName },
    dataZoom: categories.length > 40 ? [{ type: 'slider' }, { type: 'inside' }] : [],
    series,
  };
}
