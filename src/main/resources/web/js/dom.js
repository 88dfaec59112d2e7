// Small DOM helpers. Data (ids, names, messages) only ever goes in through textContent.
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export const $ = id => document.getElementById(id);

export function setText(id, text) {
  $(id).textContent = text == null ? '' : String(text);
}

export function fmt(v) {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    return Math.abs(v) >= 1e5 || Number.isInteger(v) ? String(Math.round(v * 1e6) / 1e6)
      : v.toPrecision(6).replace(/\.?0+$/, '');
  }
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A table of rows (objects) with the given columns; every cell is text. */
export function table(caption, columns, rows, cellClass) {
  const head = el('tr', null, ...columns.map(c => el('th', { scope: 'col' }, c)));
  const body = rows.map((r, i) => el('tr', null, ...columns.map(c => {
    const v = r[c];
    const cls = [typeof v === 'number' ? 'num' : '', cellClass ? cellClass(r, c, i) : '']
      .filter(Boolean).join(' ');
    return el('td', { class: cls || null }, fmt(v));
  })));
  return el('div', { class: 'table-wrap' },
    el('table', null, el('caption', null, caption), el('thead', null, head),
      el('tbody', null, ...body)));
}

/** CSV of the rows: numbers in full precision (as the API sends them), lists and objects as JSON. */
export function toCsv(columns, rows) {
  const raw = v => v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const q = v => {
    const s = raw(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  return [columns.map(q).join(','), ...rows.map(r => columns.map(c => q(r[c])).join(','))]
    .join('\n') + '\n';
}
