// The network diagram: an ECharts graph series. Plant-product networks are two columns
// (bipartite), multi-stage and multi-tier networks one column per stage or tier.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const COLORS = { plant: '#3b6ea8', product: '#5a9e6f', high: '#d9822b', low: '#5a9e6f',
  supplier: '#7b5ea7', node: '#3b6ea8' };
// stages with other names (multi-stage networks) take a colour by their column
const PALETTE = ['#7b5ea7', '#3b6ea8', '#5a9e6f', '#b5651d', '#2a9d8f', '#8894a3'];
const colorOf = n => COLORS[n.category] || PALETTE[n.layer % PALETTE.length];

/** Nodes (id, layer, category) and links (source, target) of a stored model tree. */
export function graphOf(model) {
  const nodes = [];
  const links = [];
  const add = (id, layer, category) => nodes.push({ id: String(id), layer, category });
  const flex = (map) => {
    for (const [from, tos] of Object.entries(map || {})) {
      for (const to of tos || []) links.push({ source: String(from), target: String(to) });
    }
  };
  if (Array.isArray(model.stages)) {
    model.stages.forEach((s, i) => (s.nodes || []).forEach(n => add(n.id, i, s.name || 'stage ' + i)));
    flex(model.flexibility);
    (model.arcs || []).forEach(a => links.push({ source: String(a.from ?? a.plant), target: String(a.to ?? a.product) }));
  } else if (Array.isArray(model.nodes)) {
    const ids = model.nodes.map(n => String(n.id));
    (model.edges || []).forEach(e => links.push({ source: String(e.from), target: String(e.to) }));
    const depth = longestPathDepth(ids, links);
    model.nodes.forEach(n => add(n.id, depth.get(String(n.id)) || 0, n.kind || 'node'));
  } else {
    (model.plants || []).forEach(p => add(p.id, 0, 'plant'));
    (model.products || []).forEach(v => add(v.id, 1, v.group === 'high' || v.group === 'low' ? v.group : 'product'));
    if (Array.isArray(model.arcs)) {
      model.arcs.forEach(a => links.push({ source: String(a.plant), target: String(a.product) }));
    } else {
      flex(model.flexibility);
    }
  }
  return { nodes, links };
}

// Tier of each node of a directed acyclic supply network: 0 for sources, otherwise one more
// than its deepest supplier (Kahn's topological order).
function longestPathDepth(ids, links) {
  const indeg = new Map(ids.map(i => [i, 0]));
  const out = new Map(ids.map(i => [i, []]));
  for (const l of links) {
    if (!out.has(l.source) || !indeg.has(l.target)) continue;
    out.get(l.source).push(l.target);
    indeg.set(l.target, indeg.get(l.target) + 1);
  }
  const depth = new Map(ids.map(i => [i, 0]));
  const queue = ids.filter(i => indeg.get(i) === 0);
  while (queue.length) {
    const u = queue.shift();
    for (const v of out.get(u)) {
      depth.set(v, Math.max(depth.get(v), depth.get(u) + 1));
      indeg.set(v, indeg.get(v) - 1);
      if (indeg.get(v) === 0) queue.push(v);
    }
  }
  return depth;
}

export class Diagram {
  constructor(container) {
    this.container = container;
    this.chart = echarts.init(container, null, { renderer: 'canvas' });
    this.graph = { nodes: [], links: [] };
    this.span = { x: 1, y: 1 };
    this.labelsAll = false;
    this.relabel = 0;
    this.highlighted = new Set();
    this.found = new Set();
    this.zoom = 1;
    this.center = null;
    window.addEventListener('resize', () => this.chart.resize());
    // wheel and pinch zoom are ECharts' own; follow them so the +/- buttons go on from there
    this.chart.on('graphRoam', e => {
      if (typeof e.zoom === 'number') this.setZoom(this.zoom * e.zoom);
    });
  }

  setZoom(z) {
    this.zoom = Math.min(200, Math.max(0.2, z));
    this.container.dataset.zoom = this.zoom.toFixed(3);
    const all = this.graph.nodes.length > 150 && this.zoom >= 0.7 * this.legibleZoom();
    if (all !== this.labelsAll) {
      this.labelsAll = all;
      this.container.dataset.labels = all ? 'all' : 'marked';
      // once per animation frame at most, after the zoom itself is drawn
      if (!this.relabel) {
        this.relabel = requestAnimationFrame(() => { this.relabel = 0; this.render(false); });
      }
    }
  }

  show(graph) {
    this.graph = graph;
    this.highlighted = new Set();
    this.found = new Set();
    this.zoom = 1;
    this.container.dataset.zoom = '1.000';
    this.center = null;
    const layers = new Map();
    for (const n of graph.nodes) {
      if (!layers.has(n.layer)) layers.set(n.layer, []);
      layers.get(n.layer).push(n);
    }
    const tallest = Math.max(1, ...[...layers.values()].map(l => l.length));
    for (const l of layers.values()) {
      l.forEach((n, i) => { n.x = n.layer * 300; n.y = (i + (tallest - l.length) / 2) * 30; });
    }
    this.span = { x: Math.max(1, (layers.size - 1) * 300), y: Math.max(1, (tallest - 1) * 30) };
    this.labelsAll = false;
    this.container.dataset.nodes = String(graph.nodes.length);
    // nodes per column, left to right (e.g. "5,8,16" for suppliers, plants, products)
    this.container.dataset.layers = [...layers.keys()].sort((a, b) => a - b)
      .map(k => layers.get(k).length).join(',');
    const drawn = new Promise(resolve => {
      const done = () => { this.chart.off('finished', done); resolve(); };
      this.chart.on('finished', done);
      setTimeout(done, 10000);
    });
    this.render(true);
    return drawn;
  }

  highlight(ids) {
    this.highlighted = new Set(ids.map(String));
    this.container.dataset.highlighted = [...this.highlighted].sort().join(',');
    this.render(false);
  }

  /** Marks the nodes whose id contains the text and centres on the first; returns them. */
  search(text) {
    const q = text.trim().toLowerCase();
    const hits = q ? this.graph.nodes.filter(n => n.id.toLowerCase().includes(q)) : [];
    this.found = new Set(hits.map(n => n.id));
    if (hits.length) {
      this.center = [hits[0].x, hits[0].y];
      this.setZoom(Math.max(this.zoom, 2, this.legibleZoom()));
    }
    this.render(false, hits.length > 0);
    return hits.map(n => n.id);
  }

  /**
   * The zoom at which neighbouring nodes of a column are about 20 px apart: the whole layout
   * fits the box at zoom 1, so a 500-node column needs far more than 2 to be read.
   */
  legibleZoom() {
    const w = this.container.clientWidth || 600;
    const h = this.container.clientHeight || 400;
    const fit = Math.min(w * 0.8 / this.span.x, h * 0.8 / this.span.y);
    return 20 / (30 * fit);
  }

  zoomBy(f) {
    this.setZoom(this.zoom * f);
    // only the view changes: merge the zoom into the series, keep nodes and arcs as they are
    this.chart.setOption({ series: [{ zoom: this.zoom }] }, { lazyUpdate: false });
  }

  fit() {
    this.zoom = 1;
    this.center = null;
    this.setZoom(1);
    this.render(true);
  }

  /**
   * Draws the graph: {@code full} replaces everything (a new network, Fit); otherwise the nodes'
   * styles are merged in and the view (zoom, centre; also where the user panned or zoomed with
   * the mouse) is kept unless {@code applyView} (search centres on a match).
   */
  render(full, applyView = full) {
    if (this.relabel) {
      cancelAnimationFrame(this.relabel);
      this.relabel = 0;
    }
    const big = this.graph.nodes.length > 150;
    const anyHi = this.highlighted.size > 0;
    const data = this.graph.nodes.map(n => {
      const hi = this.highlighted.has(n.id);
      const found = this.found.has(n.id);
      return {
        name: n.id, x: n.x, y: n.y, category: n.category,
        symbolSize: hi || found ? (big ? 12 : 20) : (big ? 6 : 14),
        itemStyle: {
          color: hi ? '#d62828' : colorOf(n),
          opacity: anyHi && !hi ? 0.35 : 1,
          borderColor: found ? '#f0a202' : '#fff', borderWidth: found ? 3 : 1,
        },
        // large networks: labels of matches and highlights, all labels once zoomed in enough
        // to read them (see setZoom)
        label: { show: !big || hi || found || this.labelsAll, position: n.layer === 0 ? 'left' : 'right',
          fontWeight: hi || found ? 'bold' : 'normal' },
      };
    });
    const links = this.graph.links.map(l => ({
      source: l.source, target: l.target,
      lineStyle: this.highlighted.has(l.source) && this.highlighted.has(l.target)
        ? { color: '#d62828', width: 2, opacity: 0.9 } : { opacity: anyHi ? 0.15 : 0.4 },
    }));
    const firstOf = new Map();
    this.graph.nodes.forEach(n => { if (!firstOf.has(n.category)) firstOf.set(n.category, n); });
    const cats = [...firstOf.entries()].map(([name, n]) => ({ name, itemStyle: { color: colorOf(n) } }));
    this.chart.setOption({
      // a new network appears at once (no fade-in); highlights on small graphs animate
      animation: !big && !full,
      tooltip: { renderMode: 'richText' },
      legend: { data: cats.map(c => c.name), bottom: 0 },
      series: [{
        type: 'graph', layout: 'none', roam: true,
        ...(applyView ? { zoom: this.zoom, center: this.center || undefined } : {}),
        categories: cats, data, links,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: big ? 3 : 6,
        emphasis: { focus: 'adjacency' }, lineStyle: { color: '#8894a3', curveness: 0 },
        label: { fontSize: 11 },
        nodeScaleRatio: 0,
      }],
    }, { notMerge: full, lazyUpdate: false });
  }
}
