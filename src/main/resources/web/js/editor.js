// Table editor for plant-product networks: plants, products and arcs as rows of inputs whose
// data-field is the loader's field name (plants[0].capacity), so an API problem's `field`
// lands next to the input it names.
import { el } from './dom.js';

const TABLES = {
  plants: ['id', 'capacity'],
  products: ['id', 'mu', 'sigma', 'group'],
  arcs: ['plant', 'product'],
};

function arcsOf(model) {
  if (Array.isArray(model.arcs)) return model.arcs.map(a => ({ plant: a.plant, product: a.product }));
  const out = [];
  for (const [p, vs] of Object.entries(model.flexibility || {})) {
    for (const v of vs || []) out.push({ plant: p, product: v });
  }
  return out;
}

function row(section, cols, i, values) {
  const tr = el('tr', { 'data-row': i, 'data-orig': Object.keys(values).length ? i : null });
  for (const c of cols) {
    const field = section + '[' + i + '].' + c;
    const v = values[c];
    tr.appendChild(el('td', null, el('input', { type: 'text', 'data-field': field,
      'aria-label': field, value: v == null ? '' : String(v) })));
  }
  tr.appendChild(el('td', null, el('button', { type: 'button', 'aria-label': 'Remove ' + section + ' row ' + (i + 1),
    onclick: () => { tr.remove(); } }, '×')));
  return tr;
}

function renumber(body, section, cols) {
  [...body.children].forEach((tr, i) => {
    tr.dataset.row = String(i);
    [...tr.querySelectorAll('input')].forEach((inp, k) => {
      const f = section + '[' + i + '].' + cols[k];
      inp.dataset.field = f;
      inp.setAttribute('aria-label', f);
    });
  });
}

export function editor(box, model, kind) {
  box.replaceChildren();
  if (kind !== 'plant-product' && !Array.isArray(model.plants)) {
    box.appendChild(el('p', null, 'The table editor covers plant-product networks; upload a new'
      + ' version of this ' + kind + ' network as a file.'));
    return;
  }
  const data = { plants: model.plants || [], products: model.products || [], arcs: arcsOf(model) };
  for (const [section, cols] of Object.entries(TABLES)) {
    const body = el('tbody', { 'data-section': section });
    data[section].forEach((v, i) => body.appendChild(row(section, cols, i, v)));
    const add = el('button', { type: 'button', onclick: () => {
      body.appendChild(row(section, cols, body.children.length, {}));
    } }, 'Add a row to ' + section);
    box.appendChild(el('div', { class: 'table-wrap' }, el('table', null, el('caption', null, section),
      el('thead', null, el('tr', null, ...cols.map(c => el('th', { scope: 'col' }, c)), el('th', null, ''))),
      body)));
    box.appendChild(add);
  }
}

const asValue = s => {
  const t = s.trim();
  return t !== '' && /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(t) ? Number(t) : t;
};

/** The model with the edited tables (arcs as an explicit list), other sections kept. */
export function readEditor(box, model) {
  const out = Object.assign({}, model);
  delete out.flexibility;
  for (const [section, cols] of Object.entries(TABLES)) {
    const body = box.querySelector('tbody[data-section="' + section + '"]');
    if (!body) return out;
    renumber(body, section, cols);
    out[section] = [...body.children].map(tr => {
      const o = section === 'arcs' ? {} : Object.assign({}, (tr.dataset.orig != null ? (model[section] || [])[Number(tr.dataset.orig)] : null) || {});
      [...tr.querySelectorAll('input')].forEach((inp, k) => {
        const v = asValue(inp.value);
        if (v === '') delete o[cols[k]]; else o[cols[k]] = v;
      });
      return o;
    });
  }
  return out;
}

export function clearFieldErrors(box) {
  box.querySelectorAll('.field-error').forEach(e => e.remove());
  box.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
}

/** Shows the message next to the input for `field`; false when no input matches. */
export function showFieldError(box, field, message, attr) {
  const key = attr === 'data-opt' ? field.replace(/^options\./, '') : field;
  const input = [...box.querySelectorAll('[' + (attr || 'data-field') + ']')]
    .find(i => i.getAttribute(attr || 'data-field') === key);
  if (!input) return false;
  input.setAttribute('aria-invalid', 'true');
  const msg = el('span', { class: 'field-error', role: 'alert' }, message);
  const id = 'err-' + Math.random().toString(36).slice(2);
  msg.id = id;
  input.setAttribute('aria-describedby', id);
  input.insertAdjacentElement('afterend', msg);
  input.focus();
  return true;
}
